#pragma once
// Draws map layers with OpenGL 3.3 core into whatever framebuffer is bound: the window's or an
// offscreen target. Geometry lives in GPU meshes uploaded once per layer; colours live in a
// separate per-feature table, so restyling never touches the meshes.
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "core/camera.h"
#include "core/color.h"
#include "core/line_dash.h"
#include "core/result.h"
#include "render/renderer_counters.h"
#include "tessellate/layer_meshes.h"
#include "tessellate/line_mesh.h"
#include "thematic/layer_paint.h"

namespace bashu {

/// Whether a polygon layer's opaque outlines, at least 0.75 px wide and not fading, cover its fill
/// edges whole at this view: then the fill needs no multisampling, and fills simplified within a
/// fraction of a pixel leave no visible seam between neighbours.
bool outlinesCoverFillEdges(const LayerPaint& paint, const Camera& camera, float pixelScale);

class MapRenderer {
public:
    /// Compiles the shaders; needs a current OpenGL 3.3+ core context.
    static Result<MapRenderer> create();

    MapRenderer(MapRenderer&&) noexcept;
    MapRenderer& operator=(MapRenderer&&) noexcept;
    ~MapRenderer();

    /// Uploads a layer's meshes; returns its index for the calls below. Draw order is the order
    /// layers were added (the first is at the bottom).
    size_t addLayer(const LayerMeshes& meshes);
    /// Replaces a layer's meshes (the full ones arriving after those of the first view); its
    /// colours, sizes and dashes stay.
    void replaceMeshes(size_t layer, const LayerMeshes& meshes);
    /// Removes every layer.
    void clearLayers();
    /// Removes one layer; the layers above it move down one index.
    void removeLayer(size_t layer);
    /// Moves a layer to draw position `to` (0 is the bottom); the others keep their order.
    void moveLayer(size_t from, size_t to);
    size_t layerCount() const;
    /// Changes with every call that changes what draw() would show for the same camera and
    /// paints (layers, colours, highlight), so a drawn image can tell it is out of date.
    uint64_t version() const;

    /// Sets the colour of each feature of a layer (fill for polygons and points, stroke for
    /// lines when strokeByFeature). Only this small table is rewritten.
    void setFeatureColors(size_t layer, std::span<const Rgba8> colors);

    /// Gives each point of a layer its own diameter in pixels at 1x (proportional symbols; 0
    /// draws nothing), or each line its own width (lines by value; 0 draws nothing); an empty
    /// span goes back to the paint's one size. Proportional circles are filled translucent, so
    /// overlapping ones stay readable.
    void setFeatureSizes(size_t layer, std::span<const float> diameters);

    /// Gives each line of a layer its own dash pattern (pixels at 1x; solid where both are 0):
    /// lines by category, planned ones dotted. An empty span goes back to the paint's one dash.
    void setFeatureDashes(size_t layer, std::span<const LineDash> dashes);

    /// Outlines drawn over every layer (the selected feature), in one colour and pixel width.
    void setHighlight(const LineMesh& outline, Rgba8 color, float width);
    void clearHighlight();

    /// Clears to `background` and draws every visible layer. `pixelScale` multiplies widths and
    /// sizes (2 for a 2x export).
    void draw(const Camera& camera, std::span<const LayerPaint> paints, Rgba8 background,
              float pixelScale = 1.0f);

    /// What this renderer has drawn and uploaded since it was made or since resetCounters().
    const RendererCounters& counters() const;
    void resetCounters();

    /// Whether draw() with these paints needs a multisampled target to look smooth: only fill
    /// edges do, where no opaque outline of at least 0.75 px covers them (a layer's outlines
    /// fading out, thin, translucent or off). Lines, outlines and symbols smooth their own edges
    /// in their shaders, and multisampling costs a software rasteriser a fifth of an export.
    bool needsMultisampling(const Camera& camera, std::span<const LayerPaint> paints, float pixelScale) const;

private:
    struct State;
    explicit MapRenderer(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

}  // namespace bashu
