#include "carto/paper_size.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "core/ascii_case.h"

namespace bashu {

namespace {

constexpr double kMmPerInch = 25.4;

// ISO 216 and ANSI sizes; the North American ones are defined in inches (8.5 x 11 and so on).
constexpr std::array<Paper, 9> kPapers{{
    {"A5", 148, 210},
    {"A4", 210, 297},
    {"A3", 297, 420},
    {"A2", 420, 594},
    {"A1", 594, 841},
    {"A0", 841, 1189},
    {"Letter", 8.5 * kMmPerInch, 11 * kMmPerInch},
    {"Legal", 8.5 * kMmPerInch, 14 * kMmPerInch},
    {"Tabloid", 11 * kMmPerInch, 17 * kMmPerInch},
}};

int pixelsFor(double mm, int dpi) { return int(std::lround(mm / kMmPerInch * double(dpi))); }

std::string knownNames() {
    std::string names;
    for (const Paper& p : kPapers) names += (names.empty() ? "" : ", ") + std::string(p.name);
    return names;
}

}  // namespace

std::span<const Paper> paperSizes() { return kPapers; }

Result<PrintSize> printSize(std::string_view paper, int dpi, Orientation orientation) {
    const auto found = std::find_if(kPapers.begin(), kPapers.end(),
                                    [&](const Paper& p) { return equalsIgnoreCase(p.name, paper); });
    if (found == kPapers.end())
        return Error{"unknown paper size '" + std::string(paper) + "' (" + knownNames() + ")"};
    if (dpi < kMinPrintDpi || dpi > kMaxPrintDpi)
        return Error{"resolution " + std::to_string(dpi) + " dpi is outside " + std::to_string(kMinPrintDpi) +
                     ".." + std::to_string(kMaxPrintDpi)};
    const int shortSide = pixelsFor(found->widthMm, dpi), longSide = pixelsFor(found->heightMm, dpi);
    PrintSize size;
    size.width = orientation == Orientation::Portrait ? shortSide : longSide;
    size.height = orientation == Orientation::Portrait ? longSide : shortSide;
    size.pixelScale = float(double(dpi) / kReferenceDpi);
    auto fitsLimits = [&](int atDpi) {
        const long long s = pixelsFor(found->widthMm, atDpi), l = pixelsFor(found->heightMm, atDpi);
        return l <= kMaxExportSide && s * l <= kMaxExportPixels;
    };
    if (!fitsLimits(dpi)) {
        // The highest resolution that fits, so the message says what to do.
        int fits = dpi;
        while (fits > kMinPrintDpi && !fitsLimits(fits)) --fits;
        return Error{std::string(found->name) + " at " + std::to_string(dpi) + " dpi is " +
                     std::to_string(size.width) + " x " + std::to_string(size.height) +
                     " pixels, more than an " + "export may have (" + std::to_string(kMaxExportSide) +
                     " a side, " + std::to_string(kMaxExportPixels / 1000000) +
                     " million in all); use at most " + std::to_string(fits) + " dpi"};
    }
    return size;
}

}  // namespace bashu
