#include "thematic/category_colors.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "thematic/color_ramp.h"

namespace bashu {

namespace {
const Rgba8 kOther{0x96, 0x96, 0x96, 255};

// Categories the style names with their colours (a statistic's classes): all of them, in the
// style's order, even those no feature has (a cluster map shows every class); other values share
// "other".
FillLegend colorByGivenCategories(const FillStyle& fill, const Column& column, size_t n,
                                  std::vector<Rgba8>& featureColors) {
    FillLegend legend;
    legend.field = fill.field;
    legend.noDataColor = fill.noData;
    for (const auto& [value, color] : fill.categoryColors) {
        legend.categories.push_back(value);
        legend.classColors.push_back(color);
    }
    legend.classCounts.assign(legend.categories.size(), 0);
    featureColors.assign(n, fill.noData);
    std::string numberText;
    for (size_t i = 0; i < n; ++i) {
        // Text is compared where it lies; numbers are written out once.
        if (column.isNumeric() && !column.isNull(i)) numberText = column.text(i);
        const std::string& value = column.isNumeric() ? numberText : column.strings[i];
        if (column.isNull(i) || value.empty()) {
            ++legend.noDataCount;
            continue;
        }
        auto it = std::find(legend.categories.begin(), legend.categories.end(), value);
        if (it == legend.categories.end()) {
            if (legend.categories.size() == fill.categoryColors.size()) {
                legend.categories.push_back("other 其他");
                legend.classColors.push_back(kOther);
                legend.classCounts.push_back(0);
            }
            it = legend.categories.end() - 1;
        }
        const size_t c = size_t(it - legend.categories.begin());
        featureColors[i] = legend.classColors[c];
        ++legend.classCounts[c];
    }
    return legend;
}

}  // namespace

FillLegend colorByCategory(const FillStyle& fill, const Column& column, size_t featureCount,
                           std::vector<Rgba8>& featureColors) {
    const size_t n = featureCount;
    // Given categories need no counting first (a statistic's classes are restyled this way).
    if (!fill.categoryColors.empty()) return colorByGivenCategories(fill, column, n, featureColors);
    // Numbers sort as numbers, text as text.
    auto before = [&](const std::string& a, const std::string& b) {
        if (column.isNumeric()) return std::strtod(a.c_str(), nullptr) < std::strtod(b.c_str(), nullptr);
        return a < b;
    };
    std::map<std::string, size_t> counts;
    for (size_t i = 0; i < n; ++i)
        if (!column.isNull(i) && !column.text(i).empty()) ++counts[column.text(i)];
    std::vector<std::pair<std::string, size_t>> byCount(counts.begin(), counts.end());
    std::stable_sort(byCount.begin(), byCount.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    const bool other = byCount.size() > kMostCategories;
    if (other) byCount.resize(kMostCategories - 1);
    std::vector<std::string> shown;
    for (const auto& [value, count] : byCount) shown.push_back(value);
    std::sort(shown.begin(), shown.end(), before);

    const int classes = int(shown.size());
    const Ramp ramp = rampInfo(fill.ramp).kind == RampKind::Qualitative ? fill.ramp
                      : classes > 8                                     ? Ramp::Set3
                                                                        : Ramp::Set2;
    std::vector<Rgba8> colors;
    if (classes > 0) {
        const std::vector<Rgba8> sampled = rampColors(ramp, std::max(classes, 3), fill.reverse);
        colors.assign(sampled.begin(), sampled.begin() + classes);
    }
    FillLegend legend;
    legend.field = fill.field;
    legend.noDataColor = fill.noData;
    legend.categories = shown;
    legend.classColors = colors;
    legend.classCounts.assign(shown.size(), 0);
    if (other) {
        legend.categories.push_back("other 其他");
        legend.classColors.push_back(kOther);
        legend.classCounts.push_back(0);
    }
    featureColors.assign(n, fill.noData);
    for (size_t i = 0; i < n; ++i) {
        if (column.isNull(i) || column.text(i).empty()) {
            ++legend.noDataCount;
            continue;
        }
        const auto it = std::find(shown.begin(), shown.end(), column.text(i));
        const size_t c = it != shown.end() ? size_t(it - shown.begin()) : legend.categories.size() - 1;
        featureColors[i] = legend.classColors[c];
        ++legend.classCounts[c];
    }
    return legend;
}

}  // namespace bashu
