#pragma once
// Rendering a scene into an image offscreen: the one path used by `bashu render`, the GUI's
// export and the render tests.
#include "core/camera.h"
#include "core/image.h"
#include "core/result.h"

#include <string>

#include "carto/export_options.h"
#include "export/export_target.h"
#include "render/map_renderer.h"
#include "scene/map_scene.h"

namespace bashu {

/// The camera an export uses: the whole scene (or the document's view) in the map area below
/// the title, at the options' pixel size; an export whose legend goes beside the map draws it a
/// little narrower (renderMapExport's `cameraUsed`).
Camera fitCamera(const MapScene& scene, const ExportOptions& options);

/// Images larger than this many pixels a side (or than the GPU allows) are drawn in tiles of at
/// most this size: any size renders, and memory stays bounded. A software renderer holds the
/// triangles of a whole draw binned to the target's tiles until it is done, and a tile draws only
/// the chunks it shows (a 1024 x 1024 tile with 4x multisampling takes 32 MB): a 2048 x 1536
/// export of 10^7 hexagons peaked at 1.03-1.10 GB drawn at once, 0.75 GB in four tiles, in as
/// many seconds.
inline constexpr int kRenderTileSide = 1024;

/// Renders `scene` as seen by `camera` into an image of the camera's size, multisampled; the map
/// only. Needs a current OpenGL 3.3 core context. `pixelScale` scales line widths and symbols.
Result<Image> renderSceneImage(const MapScene& scene, const Camera& camera, float pixelScale = 1.0f);

/// renderSceneImage again and again for one scene whose colours change between images (the
/// panels of small multiples): its meshes are uploaded, and the shaders compiled, once.
class SceneImages {
public:
    /// Uploads the scene's layers; needs a current OpenGL 3.3 core context for its whole life.
    static Result<SceneImages> create(const MapScene& scene);
    /// The same for a scene drawn once (`bashu render`'s map): each layer's meshes are let go as
    /// soon as they are uploaded, as the GPU then holds all an image needs of them (at 10^7
    /// hexagons, about 130 MB of the export's peak). The scene is drawn with these images only.
    static Result<SceneImages> uploadAndRelease(MapScene& scene);
    /// The image renderSceneImage would give, with the layers' colours, sizes and paints as they
    /// are now. `scene` is the one given to create(), its layers neither added nor removed since.
    /// `tileSide` (tests): tiles of that size instead of kRenderTileSide.
    Result<Image> render(const MapScene& scene, const Camera& camera, float pixelScale, int tileSide = 0);

private:
    explicit SceneImages(MapRenderer renderer) : renderer_(std::move(renderer)) {}
    MapRenderer renderer_;
};

/// A finished map of options.width x options.height pixels: the map fitted below the title band,
/// then title, subtitle and the furniture the options ask for (legend, scale bar, north arrow),
/// all scaled by options.pixelScale. The legend lies where it hides no feature, else beside the map
/// (withRoomForLegend), which is then drawn narrower: `cameraUsed` (when given) is told the camera
/// the map was drawn with. Without a usable font the furniture is left out and `warning` says why.
/// `uploaded`: the scene's layers uploaded before (SceneImages::uploadAndRelease), drawn with them.
Result<Image> renderMapExport(const MapScene& scene, const ExportOptions& options, std::string* warning,
                              Camera* cameraUsed = nullptr, SceneImages* uploaded = nullptr);

/// The camera exportMap draws a map in `format` with: the map area below the title for images and
/// vectors, the whole image for a GeoTIFF (which has no furniture).
Camera exportCamera(const MapScene& scene, const ExportOptions& options, ExportFormat format);

/// Whether an image of width x height pixels may be exported (kMaxExportSide, kMaxExportPixels);
/// the error gives the size and the limit.
Status checkExportSize(int width, int height);

/// For a scene drawn once in `format`: where it is an image (.png, .tif), the coordinates of the
/// layers without labels are let go, as the meshes hold all an image needs of them (at 10^6
/// polygons, 208 MB of the export's peak memory). Vector formats draw from the coordinates: kept.
void releaseCoordinatesNotDrawn(MapScene& scene, ExportFormat format);

/// Writes the map to the target in its format: PNG, renderMapExport (with the DPI in the file
/// when options.dpi is set); GeoTIFF, the map alone (no title or furniture) with its geotransform
/// and the map CRS; SVG and PDF, the same finished map as vectors (vectorMapDocument). Written
/// atomically: an existing file is replaced only by a complete new one. Sizes checkExportSize
/// refuses are refused, naming the file. `uploaded`: as for renderMapExport.
Status exportMap(const MapScene& scene, const ExportOptions& options, const ExportTarget& target,
                 std::string* warning, SceneImages* uploaded = nullptr);

}  // namespace bashu
