#include "core/camera.h"

#include <algorithm>
#include <cmath>

namespace bashu {

Camera Camera::fit(const Extent& extent, int w, int h, double marginPixels) {
    Camera camera;
    camera.width = std::max(w, 1);
    camera.height = std::max(h, 1);
    if (extent.empty()) return camera;
    camera.centerX = extent.centerX();
    camera.centerY = extent.centerY();
    const double usableW = std::max(double(camera.width) - 2.0 * marginPixels, 1.0);
    const double usableH = std::max(double(camera.height) - 2.0 * marginPixels, 1.0);
    const double upp = std::max(extent.width() / usableW, extent.height() / usableH);
    // A single point (or a horizontal/vertical line) has no size to fit: pick a scale that
    // shows about a kilometre or a hundredth of a degree around it instead.
    camera.unitsPerPixel = upp > 0.0 && std::isfinite(upp) ? upp : 1.0;
    return camera;
}

void Camera::zoomToBox(double px0, double py0, double px1, double py1) {
    if (std::abs(px1 - px0) < 1.0 || std::abs(py1 - py0) < 1.0) return;
    Extent box;
    double x = 0.0, y = 0.0;
    pixelToMap(px0, py0, x, y);
    box.include(x, y);
    pixelToMap(px1, py1, x, y);
    box.include(x, y);
    *this = fit(box, width, height, 0.0);
}

void Camera::pixelToMap(double px, double py, double& x, double& y) const {
    x = centerX + (px - 0.5 * width) * unitsPerPixel;
    y = centerY - (py - 0.5 * height) * unitsPerPixel;
}

void Camera::mapToPixel(double x, double y, double& px, double& py) const {
    px = 0.5 * width + (x - centerX) / unitsPerPixel;
    py = 0.5 * height - (y - centerY) / unitsPerPixel;
}

Extent Camera::visibleExtent() const {
    Extent e;
    e.include(centerX - 0.5 * width * unitsPerPixel, centerY - 0.5 * height * unitsPerPixel);
    e.include(centerX + 0.5 * width * unitsPerPixel, centerY + 0.5 * height * unitsPerPixel);
    return e;
}

void Camera::zoomAbout(double px, double py, double factor) {
    if (!(factor > 0.0) || !std::isfinite(factor)) return;
    double x, y;
    pixelToMap(px, py, x, y);
    unitsPerPixel /= factor;
    // Put the remembered map point back under the same pixel.
    centerX = x - (px - 0.5 * width) * unitsPerPixel;
    centerY = y + (py - 0.5 * height) * unitsPerPixel;
}

void Camera::panByPixels(double dx, double dy) {
    centerX -= dx * unitsPerPixel;
    centerY += dy * unitsPerPixel;
}

void Camera::resize(int w, int h) {
    width = std::max(w, 1);
    height = std::max(h, 1);
}

ClipTransform Camera::clipTransform(double originX, double originY) const {
    const double sx = 2.0 / (unitsPerPixel * width), sy = 2.0 / (unitsPerPixel * height);
    return {float(sx), float(sy), float((originX - centerX) * sx), float((originY - centerY) * sy)};
}

}  // namespace bashu
