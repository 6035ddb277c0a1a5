#include "scene/category_style.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "core/ascii_case.h"
#include "thematic/color_ramp.h"

namespace bashu {

namespace {
const Rgba8 kOther{0x96, 0x96, 0x96, 255};

bool isQualitative(const std::string& ramp) {
    for (const char* name : {"Set2", "Dark2", "Paired", "Set3"})
        if (equalsIgnoreCase(ramp, name)) return true;
    return false;
}
}  // namespace

Status restyleCategories(SceneLayer& layer, const Column& column) {
    const FillStyle& fill = layer.spec.fill;
    const size_t n = layer.data.featureCount();
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
    const std::string ramp = isQualitative(fill.ramp) ? fill.ramp : classes > 8 ? "Set3" : "Set2";
    std::vector<Rgba8> colors;
    if (classes > 0) {
        std::optional<std::vector<Rgba8>> sampled = rampColors(ramp, std::max(classes, 3), fill.reverse);
        if (!sampled) return Error{layer.spec.source + ": unknown colour ramp '" + fill.ramp + "'"};
        colors.assign(sampled->begin(), sampled->begin() + classes);
    }
    FillLegend& legend = layer.legend;
    legend = FillLegend{};
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
    layer.featureColors.assign(n, fill.noData);
    for (size_t i = 0; i < n; ++i) {
        if (column.isNull(i) || column.text(i).empty()) {
            ++legend.noDataCount;
            continue;
        }
        const auto it = std::find(shown.begin(), shown.end(), column.text(i));
        const size_t c = it != shown.end() ? size_t(it - shown.begin()) : legend.categories.size() - 1;
        layer.featureColors[i] = legend.classColors[c];
        ++legend.classCounts[c];
    }
    // A line layer's categories may each have a dash of their own (planned dotted, ...).
    const StrokeStyle& stroke = layer.spec.stroke;
    if (layer.data.geometry.kind == GeometryKind::Line && !stroke.categoryDashes.empty()) {
        layer.featureDashes.assign(n, stroke.dash);
        for (size_t i = 0; i < n; ++i)
            if (auto dash = column.isNull(i) ? stroke.categoryDashes.end()
                                             : stroke.categoryDashes.find(column.text(i));
                dash != stroke.categoryDashes.end())
                layer.featureDashes[i] = dash->second;
    }
    return Ok{};
}

}  // namespace bashu
