#include "scene/legend_model.h"

#include "thematic/number_format.h"

namespace bashu {

namespace {

bool drawsSomething(const SceneLayer& layer) {
    const LayerPaint& p = layer.paint;
    const bool visibleFill = p.drawFill && layer.spec.fill.color.a > 0;
    const bool visibleStroke = p.strokeWidth > 0 && layer.spec.stroke.color.a > 0;
    return p.visible && p.opacity > 0 &&
           (visibleFill || visibleStroke || layer.data.geometry.kind == GeometryKind::Point);
}

// A class reads as its limits, except an empty end class collapsed onto its break (the
// fixed-meaning classifications keep such classes, so that colours keep their meaning): it reads
// as the open range it stands for, "< b" or "> b".
std::string classLabel(const std::vector<double>& limits, size_t i, size_t count, int decimals) {
    const double lo = limits[i], hi = limits[i + 1];
    if (count == 0 && lo == hi && i == 0) return "< " + formatNumber(hi, decimals);
    if (count == 0 && lo == hi && i + 2 == limits.size()) return "> " + formatNumber(lo, decimals);
    return formatNumber(lo, decimals) + " – " + formatNumber(hi, decimals);
}

void classEntries(const SceneLayer& layer, std::vector<LegendEntry>& entries) {
    const FillLegend& legend = layer.legend;
    LegendEntry heading;
    heading.kind = LegendEntry::Kind::Heading;
    heading.label = layer.spec.name.empty() ? legend.field : layer.spec.name;
    entries.push_back(heading);
    const std::vector<double>& limits = legend.classification.limits;
    const int decimals = legendDecimals(legend.classification);
    const bool points = layer.data.geometry.kind == GeometryKind::Point;
    const Rgba8 border = points ? layer.paint.pointOutline : layer.spec.stroke.color;
    for (size_t i = 0; i + 1 < limits.size(); ++i)
        entries.push_back({points ? LegendEntry::Kind::PointSymbol : LegendEntry::Kind::FillSwatch,
                           classLabel(limits, i, legend.classCounts[i], decimals),
                           std::to_string(legend.classCounts[i]), legend.classColors[i], border, 0});
    if (legend.noDataCount > 0)
        entries.push_back({points ? LegendEntry::Kind::PointSymbol : LegendEntry::Kind::FillSwatch,
                           "no data 无数据", std::to_string(legend.noDataCount), legend.noDataColor, border,
                           0});
}

LegendEntry singleSymbol(const SceneLayer& layer) {
    LegendEntry entry;
    entry.label = layer.spec.name;
    switch (layer.data.geometry.kind) {
        case GeometryKind::Polygon:
            entry.kind = LegendEntry::Kind::FillSwatch;
            entry.fill = layer.spec.fill.color;
            entry.stroke = layer.paint.strokeWidth > 0 ? layer.spec.stroke.color : Rgba8{0, 0, 0, 0};
            entry.width = layer.paint.strokeWidth;
            break;
        case GeometryKind::Line:
            entry.kind = LegendEntry::Kind::LineSample;
            entry.stroke = layer.spec.stroke.color;
            entry.width = layer.paint.strokeWidth;
            break;
        case GeometryKind::Point:
            entry.kind = LegendEntry::Kind::PointSymbol;
            entry.fill = layer.spec.point.color;
            entry.stroke = layer.paint.pointOutline;
            entry.width = layer.paint.pointSize;
            break;
    }
    return entry;
}

}  // namespace

std::vector<LegendEntry> legendEntries(const MapScene& scene) {
    std::vector<LegendEntry> entries;
    for (auto it = scene.layers.rbegin(); it != scene.layers.rend(); ++it) {
        if (!drawsSomething(*it)) continue;
        if (it->legend.classification.classCount() > 0)
            classEntries(*it, entries);
        else
            entries.push_back(singleSymbol(*it));
    }
    return entries;
}

}  // namespace bashu
