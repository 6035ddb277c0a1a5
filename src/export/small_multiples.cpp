#include "export/small_multiples.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <tuple>
#include <utility>

#include "canvas/image_canvas.h"
#include "canvas/offset_canvas.h"
#include "carto/graticule_drawing.h"
#include "carto/map_font.h"
#include "carto/map_furniture.h"
#include "carto/map_layout.h"
#include "core/atomic_write.h"
#include "export/render_scene.h"
#include "export/small_multiples_grid.h"
#include "export/vector_export.h"
#include "export/vector_map.h"
#include "io/image_writer.h"
#include "scene/proportional_symbols.h"
#include "scene/value_sources.h"

namespace bashu {

namespace {

const Rgba8 kPanelTitle{0x1a, 0x1a, 0x1a, 255};
const Rgba8 kPanelFrame{0xb0, 0xb0, 0xb0, 255};
const Rgba8 kCaption{0x55, 0x55, 0x55, 255};

// The page's title, subtitle and note, set aside while the key's pieces are drawn by the
// furniture code, which would otherwise draw them again in each piece's own layout.
class PageTextHidden {
public:
    explicit PageTextHidden(MapDocument& document) : document_(document) {
        std::swap(title_, document_.title);
        std::swap(subtitle_, document_.subtitle);
        std::swap(note_, document_.note);
    }
    ~PageTextHidden() {
        std::swap(title_, document_.title);
        std::swap(subtitle_, document_.subtitle);
        std::swap(note_, document_.note);
    }
    PageTextHidden(const PageTextHidden&) = delete;
    PageTextHidden& operator=(const PageTextHidden&) = delete;

private:
    MapDocument& document_;
    std::string title_, subtitle_, note_;
};

// One piece of the key (the legend, or the scale bar under the north arrow) as the furniture code
// lays it out on a page of its own, and the box it takes there.
struct KeyPiece {
    MapLayout layout;
    ExportOptions options;
    Camera camera;
    std::optional<PixelBox> box;
    float width() const { return box ? box->x1 - box->x0 : 0.0f; }
    float height() const { return box ? box->y1 - box->y0 : 0.0f; }
};

// Where the furniture code would draw the piece: drawn on a canvas that keeps nothing.
void measurePiece(MapScene& scene, KeyPiece& piece, const FontFace& font) {
    PageTextHidden hidden(scene.document);
    NullCanvas nothing;
    const std::vector<PixelBox> boxes =
        drawFurniture(nothing, Image{}, scene, piece.layout, piece.camera, piece.options, font);
    piece.box.reset();
    if (!boxes.empty()) piece.box = boxes.front();
}

// Draws the piece with its box's top-left corner at (x, y) of the page.
void drawPiece(Canvas& canvas, MapScene& scene, const KeyPiece& piece, float x, float y,
               const FontFace& font) {
    if (!piece.box) return;
    PageTextHidden hidden(scene.document);
    OffsetCanvas moved(canvas, x - piece.box->x0, y - piece.box->y0);
    drawFurniture(moved, Image{}, scene, piece.layout, piece.camera, piece.options, font);
}

// A camera of the page's size showing what `panel` shows, in `rect` of the page.
Camera onPage(const Camera& panel, const PixelBox& rect, int pageWidth, int pageHeight) {
    Camera page = panel;
    page.width = pageWidth;
    page.height = pageHeight;
    page.centerX =
        panel.centerX - (double(rect.x0) + 0.5 * panel.width - 0.5 * pageWidth) * panel.unitsPerPixel;
    page.centerY =
        panel.centerY + (double(rect.y0) + 0.5 * panel.height - 0.5 * pageHeight) * panel.unitsPerPixel;
    return page;
}

// Everything placed on the page before anything is drawn.
struct Page {
    MapLayout layout;  // of the whole page: title band, note band, text sizes
    GridLayout grid;   // map boxes rounded to whole pixels, all mapWidth x mapHeight
    int mapWidth = 1, mapHeight = 1;
    Camera panelCamera;  // of one panel, mapWidth x mapHeight
    float panelTitleSize = 0, keyGap = 0;
    KeyPiece legend, scale;
    // A line under the legend saying that its classes and counts are those of all panels.
    std::string caption;
    float captionSize = 0, captionHeight = 0, captionWidth = 0;
};

// The camera of a panel mapWidth x mapHeight: the whole map (or the document's view), a little
// margin inside the frame.
Camera panelCameraFor(const MapScene& scene, int width, int height) {
    MapLayout layout;
    layout.width = width;
    layout.height = height;
    layout.margin = 0.03f * float(std::min(width, height));
    return fitCamera(scene, layout);
}

double mapAspect(const MapScene& scene) {
    const std::optional<MapView>& view = scene.document.view;
    if (view && view->width > 0 && view->height > 0) return view->width / view->height;
    const Extent e = shownExtent(scene.layers);
    return e.empty() || !(e.height() > 0) || !(e.width() > 0) ? 1.0 : e.width() / e.height();
}

Page planPage(MapScene& scene, const PanelPlan& plan, int columns, const ExportOptions& options,
              const FontFace* font) {
    Page page;
    page.layout = layoutFor(scene, options.width, options.height, options.pixelScale);
    const MapLayout& l = page.layout;
    page.panelTitleSize = font ? 1.15f * l.legendSize : 0.0f;
    page.keyGap = 0.6f * l.legendSize;
    GridRequest request;
    request.panels = int(plan.values.size());
    request.columns = columns;
    request.mapAspect = mapAspect(scene);
    request.area = PixelBox{l.margin, l.titleBand > 0 ? l.margin + l.titleBand + 0.5f * l.margin : l.margin,
                            float(l.width) - l.margin, furnitureBottom(l) - 0.3f * l.margin};
    request.gap = 0.6f * l.margin;
    request.titleHeight = 1.6f * page.panelTitleSize;

    auto settle = [&](const GridLayout& grid) {
        page.grid = grid;
        if (grid.maps.empty()) return;
        page.mapWidth = std::max(1, int(grid.maps.front().x1 - grid.maps.front().x0));
        page.mapHeight = std::max(1, int(grid.maps.front().y1 - grid.maps.front().y0));
        page.panelCamera = panelCameraFor(scene, page.mapWidth, page.mapHeight);
    };
    // Panels without a key first: their scale is what the scale bar is measured at.
    settle(layoutGrid(request));
    if (font && (options.legend || options.scaleBar || options.northArrow)) {
        MapLayout pieceLayout = l;
        pieceLayout.margin = pieceLayout.titleBand = pieceLayout.noteBand = 0;
        page.legend.layout = pieceLayout;
        page.legend.options = options;
        page.legend.options.scaleBar = page.legend.options.northArrow = false;
        page.legend.camera = page.panelCamera;
        if (options.legend) measurePiece(scene, page.legend, *font);
        // The scale bar is at most a quarter of its layout's width: as long as the legend is wide.
        page.scale.layout = pieceLayout;
        page.scale.layout.width = int(4 * (page.legend.box ? page.legend.width() : 0.15f * float(l.width)));
        page.scale.options = options;
        page.scale.options.legend = false;
        page.scale.camera = page.panelCamera;
        page.scale.camera.width = page.scale.layout.width;
        page.scale.camera.height = page.scale.layout.height;
        if (options.scaleBar || options.northArrow) measurePiece(scene, page.scale, *font);
        const bool both = page.legend.box && page.scale.box;
        const float gap = both ? page.keyGap : 0.0f;
        if (page.legend.box) {
            page.caption = "Classes and counts: all " + std::to_string(plan.values.size()) + " panels";
            page.captionSize = l.noteSize;
            page.captionHeight = 1.7f * page.captionSize;
            page.captionWidth = font->measure(page.caption, page.captionSize);
        }
        const float legendWidth = std::max(page.legend.width(), page.captionWidth);
        const float legendHeight = page.legend.height() + page.captionHeight;
        request.key.tallWidth = std::max(legendWidth, page.scale.width());
        request.key.tallHeight = legendHeight + gap + page.scale.height();
        request.key.wideWidth = legendWidth + gap + page.scale.width();
        request.key.wideHeight = std::max(legendHeight, page.scale.height());
        settle(layoutGrid(request));
        page.scale.camera = page.panelCamera;
        page.scale.camera.width = page.scale.layout.width;
        page.scale.camera.height = page.scale.layout.height;
    }
    // Whole pixels, so the rendered panels are copied in without resampling.
    for (size_t i = 0; i < page.grid.maps.size(); ++i) {
        PixelBox& map = page.grid.maps[i];
        map.x0 = std::round(map.x0);
        map.y0 = std::round(map.y0);
        map.x1 = map.x0 + float(page.mapWidth);
        map.y1 = map.y0 + float(page.mapHeight);
        page.grid.titles[i].x0 = map.x0;
        page.grid.titles[i].x1 = map.x1;
    }
    return page;
}

// A panel's title, centred in its strip, smaller where it is too long.
void drawPanelTitle(Canvas& canvas, const FontFace& font, const PixelBox& strip, const std::string& text,
                    float size) {
    const float room = strip.x1 - strip.x0, width = font.measure(text, size);
    if (width > room && width > 0) size = std::max(0.6f * size, size * room / width);
    const float x = std::max(strip.x0, 0.5f * (strip.x0 + strip.x1 - font.measure(text, size)));
    canvas.drawText(x, strip.y1 - 0.45f * size, text, size, kPanelTitle);
}

// Draws a panel's map into `box` of the page; the camera given sees the page, the panel's map in `box`.
using PaintMap = std::function<Status(const Camera& pageCamera, const PixelBox& box)>;

Status composePage(Canvas& canvas, MapScene& scene, const PanelPlan& plan, const PooledCounts& counts,
                   const Page& page, const ExportOptions& options, const FontFace* font,
                   const PaintMap& paintMap) {
    const float pixelScale = options.pixelScale;
    SourceKindCounts sources;  // of the values of every panel, for the page's note
    for (size_t i = 0; i < plan.values.size() && i < page.grid.maps.size(); ++i) {
        if (Status shown = showPanel(scene, plan, i); !shown) return shown;
        sources.add(scene);
        const PixelBox& box = page.grid.maps[i];
        const Camera pageCamera = onPage(page.panelCamera, box, options.width, options.height);
        if (Status painted = paintMap(pageCamera, box); !painted) return painted;
        // The graticule's lines in every panel; their degrees are left out, which would crowd
        // small panels (the panels share one extent, so one panel's lines tell the others').
        if (scene.document.graticule.shown)
            drawGraticuleLines(canvas,
                               buildGraticule(pageCamera, box, scene.toLonLat, scene.fromLonLat,
                                              scene.document.graticule.interval),
                               page.layout);
        canvas.frameRect(box.x0, box.y0, box.x1, box.y1, std::max(1.0f, pixelScale), kPanelFrame);
        if (!font) continue;
        drawPanelTitle(canvas, *font, page.grid.titles[i], plan.values[i], page.panelTitleSize);
        auto measure = [&](const std::string& text, float size) {
            return std::pair{font->measure(text, size), 1.25f * font->ascent(size)};
        };
        drawLabels(canvas, placeSceneLabels(scene, pageCamera, pixelScale, measure, {}, box), *font);
    }
    showAllPanels(scene, plan, counts);
    if (!font) return Ok{};

    // The page's title and note, then the key in its place beside the panels.
    ExportOptions bandsOnly = options;
    bandsOnly.legend = bandsOnly.scaleBar = bandsOnly.northArrow = false;
    {
        const std::string note = scene.document.note;
        scene.document.note = textWithCoverage(noteWithSources(note, sources.summary()), counts.coverage);
        drawFurniture(canvas, Image{}, scene, page.layout, page.panelCamera, bandsOnly, *font);
        scene.document.note = note;
    }
    const PixelBox& key = page.grid.key;
    // The legend at the bottom of the key over its caption, the scale bar above it or to its left.
    const float legendWidth = std::max(page.legend.width(), page.captionWidth);
    const float legendX = page.grid.keyStacked ? key.x0 : key.x1 - legendWidth;
    const float legendY = key.y1 - page.captionHeight - page.legend.height();
    drawPiece(canvas, scene, page.legend, legendX, legendY, *font);
    if (page.legend.box)
        canvas.drawText(legendX, key.y1 - 0.45f * page.captionSize, page.caption, page.captionSize, kCaption);
    if (page.grid.keyStacked)
        drawPiece(canvas, scene, page.scale, key.x0, key.y0, *font);
    else
        drawPiece(canvas, scene, page.scale, key.x0, key.y1 - page.scale.height(), *font);
    return Ok{};
}

// Pools the classes and sets the scene to describe all panels, so the page is planned with the
// shared title and the legend as it will be drawn.
Result<PooledCounts> prepareScene(MapScene& scene, const PanelPlan& plan) {
    if (Status pooled = poolClasses(scene, plan); !pooled) return pooled.error();
    Result<PooledCounts> counts = countOverPanels(scene, plan);
    if (!counts) return counts;
    showAllPanels(scene, plan, *counts);
    return counts;
}

// Circles and widths by value are drawn smaller in panels smaller than a page's map, as the map
// is: circles sized for a whole page would cover a panel a third as wide. The legend's circles
// shrink with them, so it still reads. Restored when the export ends: the window exports its own
// scene, whose document must not change.
class SymbolsScaled {
public:
    SymbolsScaled(MapScene& scene, double factor) : scene_(scene) {
        for (SceneLayer& layer : scene_.layers) {
            saved_.emplace_back(layer.spec.point.maxSize, layer.spec.stroke.maxWidth);
            if (layer.sizeLegend.values.empty()) continue;
            layer.spec.point.maxSize *= factor;
            layer.spec.stroke.maxWidth *= factor;
            (void)sizeSymbols(layer);  // sized before with these fields: cannot fail now
        }
    }
    ~SymbolsScaled() {
        for (size_t i = 0; i < scene_.layers.size() && i < saved_.size(); ++i) {
            SceneLayer& layer = scene_.layers[i];
            if (layer.spec.point.maxSize == saved_[i].first && layer.spec.stroke.maxWidth == saved_[i].second)
                continue;
            std::tie(layer.spec.point.maxSize, layer.spec.stroke.maxWidth) = saved_[i];
            (void)sizeSymbols(layer);
        }
    }
    SymbolsScaled(const SymbolsScaled&) = delete;
    SymbolsScaled& operator=(const SymbolsScaled&) = delete;

private:
    MapScene& scene_;
    std::vector<std::pair<double, double>> saved_;
};

// What symbols are scaled by in the panels of `page`: the square root of the share of a page's
// map a panel is along its larger side (a map alone fills about three quarters of a page beside
// its legend). Less than the map shrinks, as the labels do not shrink at all: a circle a
// quarter of its page size would be a dot beside its name.
double panelSymbolScale(const Page& page, const ExportOptions& options) {
    const double share = std::max(double(page.mapWidth) / std::max(1, options.width),
                                  double(page.mapHeight) / std::max(1, options.height));
    return std::clamp(std::sqrt(share / 0.75), 0.5, 1.0);
}

}  // namespace

Status checkSmallMultiplesTarget(const ExportTarget& target) {
    if (target.format == ExportFormat::GeoTiff)
        return Error{target.path +
                     ": a GeoTIFF holds one georeferenced map; write small multiples to .png, .svg or .pdf"};
    return Ok{};
}

Result<Image> renderSmallMultiples(MapScene& scene, const PanelPlan& plan, int columns,
                                   const ExportOptions& options, std::string* warning) {
    Result<PooledCounts> counts = prepareScene(scene, plan);
    if (!counts) return counts.error();
    const FontFace* font = usableMapFont(warning);
    const SymbolsScaled scaled(scene,
                               panelSymbolScale(planPage(scene, plan, columns, options, font), options));
    const Page page = planPage(scene, plan, columns, options, font);

    Image image(options.width, options.height);
    const Rgba8 background = scene.document.background;
    for (size_t i = 0; i < image.rgba.size(); i += 4) {
        image.rgba[i] = background.r;
        image.rgba[i + 1] = background.g;
        image.rgba[i + 2] = background.b;
        image.rgba[i + 3] = background.a;
    }
    std::optional<ImageCanvas> canvas;
    NullCanvas nothing;
    if (font) canvas.emplace(image, *font);
    // One renderer for every panel: a panel changes only the colours (a year, a field).
    std::optional<Result<SceneImages>> images;
    auto paintMap = [&](const Camera&, const PixelBox& box) -> Status {
        if (!images) images.emplace(SceneImages::create(scene));
        if (!*images) return images->error();
        Result<Image> panel = (*images)->render(scene, page.panelCamera, options.pixelScale);
        if (!panel) return panel.error();
        // Copied row by row into its box, which lies inside the page.
        const int x0 = int(box.x0), y0 = int(box.y0);
        for (int y = 0; y < panel->height && y0 + y < image.height; ++y) {
            if (y0 + y < 0) continue;
            const int from = std::max(0, -x0), to = std::min(panel->width, image.width - x0);
            if (to <= from) continue;
            std::copy_n(&panel->rgba[(size_t(y) * size_t(panel->width) + size_t(from)) * 4],
                        size_t(to - from) * 4,
                        &image.rgba[(size_t(y0 + y) * size_t(image.width) + size_t(x0 + from)) * 4]);
        }
        return Ok{};
    };
    Canvas& target = canvas ? static_cast<Canvas&>(*canvas) : nothing;
    if (Status composed = composePage(target, scene, plan, *counts, page, options, font, paintMap); !composed)
        return composed.error();
    return image;
}

Status exportSmallMultiples(MapScene& scene, const PanelPlan& plan, int columns, const ExportOptions& options,
                            const ExportTarget& target, std::string* warning) {
    if (Status format = checkSmallMultiplesTarget(target); !format) return format;
    const std::string& path = target.path;
    if (target.format == ExportFormat::Png) {
        Result<Image> image = renderSmallMultiples(scene, plan, columns, options, warning);
        if (!image) return image.error();
        return writePng(*image, path, options.dpi);
    }
    Result<PooledCounts> counts = prepareScene(scene, plan);
    if (!counts) return counts.error();
    const FontFace* font = usableMapFont(warning);
    const SymbolsScaled scaled(scene,
                               panelSymbolScale(planPage(scene, plan, columns, options, font), options));
    const Page page = planPage(scene, plan, columns, options, font);
    Result<std::unique_ptr<VectorCanvas>> canvas = vectorCanvas(
        target.format == ExportFormat::Pdf ? VectorFormat::Pdf : VectorFormat::Svg, options, font);
    if (!canvas) return Error{path + ": " + canvas.error().message};
    VectorCanvas& vectors = **canvas;
    if (scene.document.background.a > 0)
        vectors.fillRect(0, 0, float(options.width), float(options.height), scene.document.background);
    auto paintMap = [&](const Camera& pageCamera, const PixelBox& box) -> Status {
        drawMapVectors(vectors, scene, pageCamera, options.pixelScale, box);
        return Ok{};
    };
    if (Status composed = composePage(vectors, scene, plan, *counts, page, options, font, paintMap);
        !composed)
        return composed;
    Result<std::string> document = vectors.finish();
    if (!document) return Error{path + ": " + document.error().message};
    return writeTextFileAtomically(path, *document);
}

}  // namespace bashu
