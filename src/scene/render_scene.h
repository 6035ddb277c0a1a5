#pragma once
// Rendering a scene into an image offscreen: the one path used by `bashu render`, the GUI's
// export and the render tests.
#include "core/camera.h"
#include "core/image.h"
#include "core/result.h"

#include <string>
#include "scene/map_scene.h"

namespace bashu {

/// The camera an export of w x h pixels uses: the whole scene in the map area below the title.
Camera fitCamera(const MapScene& scene, int width, int height);

/// Renders `scene` as seen by `camera` into an image of the camera's size, multisampled; the map
/// only. Needs a current OpenGL 3.3 core context. `pixelScale` scales line widths and symbols.
Result<Image> renderSceneImage(const MapScene& scene, const Camera& camera, float pixelScale = 1.0f);

/// A finished map of w x h pixels: the map fitted below the title band, then title, subtitle
/// and legend. Without a usable font the furniture is left out and `warning` says why.
Result<Image> renderMapExport(const MapScene& scene, int width, int height, float pixelScale,
                              std::string* warning);

/// renderMapExport, then the PNG written atomically to `path` (an existing file is replaced
/// only by a complete new one).
Status exportMapPng(const MapScene& scene, int width, int height, float pixelScale, const std::string& path,
                    std::string* warning);

}  // namespace bashu
