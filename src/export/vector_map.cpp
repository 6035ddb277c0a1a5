#include "export/vector_map.h"

#include <algorithm>
#include <cmath>

#include "thematic/outline_visibility.h"

namespace bashu {

namespace {

// A quarter pixel: finer detail than this cannot show at the export's size, even printed.
constexpr float kDropCloserThan = 0.25f;

Rgba8 faded(Rgba8 color, float factor) {
    color.a = uint8_t(std::lround(std::clamp(float(color.a) * factor, 0.0f, 255.0f)));
    return color;
}

// Appends a ring or line of map coordinates to `path` in pixels, without the vertices too close
// to the last one kept; leaves it out when it is wholly outside `area` (grown by `reach`, what a
// stroke adds) or collapses below `minPoints`. Returns the vertices kept.
size_t appendInPixels(VectorPath& path, std::span<const double> xy, const Camera& camera,
                      const PixelBox& area, float reach, size_t minPoints) {
    const size_t start = path.points.size();
    float x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    const size_t count = xy.size() / 2;
    for (size_t i = 0; i < count; ++i) {
        double px = 0, py = 0;
        camera.mapToPixel(xy[2 * i], xy[2 * i + 1], px, py);
        const Point2 p{float(px), float(py)};
        x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
        if (path.points.size() > start) {
            const Point2 last = path.points.back();
            // The last vertex is kept (it closes a ring, ends a line) in place of the one before.
            if (std::hypot(p.x - last.x, p.y - last.y) < kDropCloserThan) {
                if (i + 1 == count && path.points.size() - start > 1) path.points.back() = p;
                continue;
            }
        }
        path.points.push_back(p);
    }
    const bool outside =
        x1 < area.x0 - reach || x0 > area.x1 + reach || y1 < area.y0 - reach || y0 > area.y1 + reach;
    if (outside || path.points.size() - start < minPoints) {
        path.points.resize(start);
        return 0;
    }
    path.ends.push_back(path.points.size());
    return path.points.size() - start;
}

struct LayerDrawing {
    VectorCanvas& canvas;
    const Camera& camera;
    const PixelBox& area;
    float pixelScale;
    VectorMapStats& stats;

    void polygons(const SceneLayer& layer) {
        const GeometryColumn& g = layer.data.geometry;
        const LayerPaint& paint = layer.paint;
        const float outlines = outlineVisibility(paint, camera, pixelScale);
        const float width = paint.strokeWidth * pixelScale;
        const bool outline = paint.strokeWidth > 0.0f && outlines > 0.0f;
        VectorPath feature, allRings;
        for (size_t f = 0; f < g.featureCount(); ++f) {
            feature.clear();
            for (uint32_t part = g.featureOffsets[f]; part < g.featureOffsets[f + 1]; ++part)
                for (uint32_t ring = g.partOffsets[part]; ring < g.partOffsets[part + 1]; ++ring)
                    stats.vertices += appendInPixels(feature, g.ring(ring), camera, area, width, 3);
            if (feature.empty()) continue;
            if (paint.drawFill && f < layer.featureColors.size()) {
                canvas.fillPath(feature, faded(layer.featureColors[f], paint.opacity));
                ++stats.paths;
            }
            if (outline && paint.strokeByFeature && f < layer.featureColors.size()) {
                canvas.strokePath(feature, true, width,
                                  faded(layer.featureColors[f], paint.opacity * outlines), LineDash{});
                ++stats.paths;
            } else if (outline) {
                // One path for the layer's outlines: fewer elements, and no darker seams where
                // neighbours' translucent borders would overlap.
                const size_t offset = allRings.points.size();
                allRings.points.insert(allRings.points.end(), feature.points.begin(), feature.points.end());
                for (size_t end : feature.ends) allRings.ends.push_back(offset + end);
            }
        }
        if (!allRings.empty()) {
            canvas.strokePath(allRings, true, width, faded(paint.strokeColor, paint.opacity * outlines),
                              LineDash{});
            ++stats.paths;
        }
    }

    void lines(const SceneLayer& layer) {
        const GeometryColumn& g = layer.data.geometry;
        const LayerPaint& paint = layer.paint;
        const bool byWidth = !layer.featureSizes.empty();
        if (paint.strokeWidth <= 0.0f && !byWidth) return;
        const LineDash dash = paint.dash.scaled(pixelScale);
        // The casing first (solid, wider) under every line, then the lines: as the renderer does.
        const float casing = 2.0f * paint.casingWidth * pixelScale;
        for (const bool casingPass : {true, false}) {
            if (casingPass && casing <= 0.0f) continue;
            VectorPath path;
            // Features of one colour, width and dash share a path; another starts one.
            Rgba8 pathColor{};
            float pathWidth = 0.0f;
            LineDash pathDash;
            auto flush = [&] {
                if (path.empty()) return;
                canvas.strokePath(path, false, pathWidth, faded(pathColor, paint.opacity), pathDash);
                ++stats.paths;
                path.clear();
            };
            for (size_t f = 0; f < g.featureCount(); ++f) {
                const float base = byWidth ? (f < layer.featureSizes.size() ? layer.featureSizes[f] : 0.0f)
                                           : paint.strokeWidth;
                if (!(base > 0.0f)) continue;  // no value to set the width by: not drawn
                const float width = base * pixelScale + (casingPass ? casing : 0.0f);
                const Rgba8 color = casingPass ? paint.casingColor
                                    : paint.strokeByFeature && f < layer.featureColors.size()
                                        ? layer.featureColors[f]
                                        : paint.strokeColor;
                // Lines by category may each have a dash of their own; casings are solid.
                const LineDash featureDash = casingPass ? LineDash{}
                                             : f < layer.featureDashes.size()
                                                 ? layer.featureDashes[f].scaled(pixelScale)
                                                 : dash;
                if (!(color == pathColor) || width != pathWidth || !(featureDash == pathDash)) flush();
                pathColor = color;
                pathWidth = width;
                pathDash = featureDash;
                for (uint32_t part = g.featureOffsets[f]; part < g.featureOffsets[f + 1]; ++part)
                    for (uint32_t ring = g.partOffsets[part]; ring < g.partOffsets[part + 1]; ++ring)
                        stats.vertices += appendInPixels(path, g.ring(ring), camera, area, width, 2);
            }
            flush();
        }
    }

    void points(const SceneLayer& layer) {
        const GeometryColumn& g = layer.data.geometry;
        const LayerPaint& paint = layer.paint;
        const bool bySize = !layer.featureSizes.empty();
        for (size_t f = 0; f < g.featureCount(); ++f) {
            const float diameter =
                bySize ? (f < layer.featureSizes.size() ? layer.featureSizes[f] : 0.0f) * pixelScale
                       : paint.pointSize * pixelScale;
            if (!(diameter > 0.0f)) continue;  // no value to scale by: no symbol
            const float radius = 0.5f * diameter;
            // Proportional symbols are translucent, so overlapping circles stay readable.
            const Rgba8 fill = faded(f < layer.featureColors.size() ? layer.featureColors[f] : Rgba8{},
                                     paint.opacity * (bySize ? 0.75f : 1.0f));
            for (uint32_t part = g.featureOffsets[f]; part < g.featureOffsets[f + 1]; ++part) {
                const std::span<const double> xy = g.ring(g.partOffsets[part]);
                if (xy.size() < 2) continue;
                double px = 0, py = 0;
                camera.mapToPixel(xy[0], xy[1], px, py);
                if (px + radius < area.x0 || px - radius > area.x1 || py + radius < area.y0 ||
                    py - radius > area.y1)
                    continue;
                // A one-pixel rim, as the renderer draws it, keeps light symbols visible on light fills.
                canvas.circle(float(px), float(py), radius, fill, faded(paint.pointOutline, paint.opacity),
                              1.0f);
                ++stats.circles;
            }
        }
    }
};

}  // namespace

VectorMapStats drawMapVectors(VectorCanvas& canvas, const MapScene& scene, const Camera& camera,
                              float pixelScale, const PixelBox& area) {
    VectorMapStats stats;
    LayerDrawing drawing{canvas, camera, area, pixelScale, stats};
    canvas.beginClip(area.x0, area.y0, area.x1, area.y1);
    for (const SceneLayer& layer : scene.layers) {
        if (!layer.paint.visible) continue;
        switch (layer.data.geometry.kind) {
            case GeometryKind::Polygon:
                drawing.polygons(layer);
                break;
            case GeometryKind::Line:
                drawing.lines(layer);
                break;
            case GeometryKind::Point:
                drawing.points(layer);
                break;
        }
    }
    canvas.endClip();
    return stats;
}

}  // namespace bashu
