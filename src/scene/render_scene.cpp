#include "scene/render_scene.h"

#include <algorithm>

#include "render/offscreen_target.h"

namespace bashu {

Camera fitCamera(const MapScene& scene, int width, int height) {
    const double margin = 0.04 * double(std::min(width, height));
    return Camera::fit(scene.extent, width, height, margin);
}

Result<Image> renderSceneImage(const MapScene& scene, const Camera& camera, float pixelScale) {
    Result<MapRenderer> renderer = MapRenderer::create();
    if (!renderer) return renderer.error();
    std::vector<LayerPaint> paints;
    for (const SceneLayer& layer : scene.layers) {
        const size_t index = renderer->addLayer(layer.meshes);
        renderer->setFeatureColors(index, layer.featureColors);
        paints.push_back(layer.paint);
    }
    Result<OffscreenTarget> target = OffscreenTarget::create(camera.width, camera.height, 4);
    if (!target) return target.error();
    target->bind();
    renderer->draw(camera, paints, scene.document.background, pixelScale);
    return target->read();
}

}  // namespace bashu
