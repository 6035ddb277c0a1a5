#include "scene/load_report.h"

namespace bashu {

namespace {
std::string count(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
}  // namespace

std::vector<std::string> loadReportLines(const Layer& layer) {
    const LoadReport& r = layer.report;
    std::vector<std::string> lines;
    lines.push_back("Read " + count(r.featuresRead, "feature", "features") + " from " + layer.sourcePath);
    if (r.nullGeometries > 0)
        lines.push_back(count(r.nullGeometries, "feature has", "features have") +
                        " no geometry (kept, not drawn)");
    if (r.emptyGeometries > 0)
        lines.push_back(count(r.emptyGeometries, "feature has", "features have") +
                        " an empty geometry (kept, not drawn)");
    if (r.invalidGeometries > 0)
        lines.push_back(count(r.invalidGeometries, "invalid geometry", "invalid geometries") +
                        " drawn as read (even-odd fill; see below)");
    if (r.ringsClosed > 0)
        lines.push_back(count(r.ringsClosed, "ring", "rings") +
                        " not closed, closed by repeating the first position");
    if (r.skipped > 0)
        lines.push_back(count(r.skipped, "feature", "features") +
                        " skipped (kept without geometry; see below)");
    if (!r.textEncoding.empty()) lines.push_back("Text: " + r.textEncoding);
    for (const std::string& w : r.warnings) lines.push_back("Warning: " + w);
    return lines;
}

bool loadReportNeedsAttention(const Layer& layer) {
    return layer.report.invalidGeometries > 0 || layer.report.skipped > 0 || layer.report.ringsClosed > 0 ||
           !layer.report.warnings.empty();
}

}  // namespace bashu
