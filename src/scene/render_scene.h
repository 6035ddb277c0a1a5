#pragma once
// Rendering a scene into an image offscreen: the one path used by `bashu render`, the GUI's
// export and the render tests.
#include "core/camera.h"
#include "core/image.h"
#include "core/result.h"
#include "scene/map_scene.h"

namespace bashu {

/// The camera that shows the whole scene in a w x h image with a margin proportional to size.
Camera fitCamera(const MapScene& scene, int width, int height);

/// Renders `scene` as seen by `camera` into an image of the camera's size, multisampled.
/// Needs a current OpenGL 3.3 core context. `pixelScale` scales line widths and symbol sizes.
Result<Image> renderSceneImage(const MapScene& scene, const Camera& camera, float pixelScale = 1.0f);

}  // namespace bashu
