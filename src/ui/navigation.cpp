#include "ui/navigation.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/map_view_state.h"

namespace bashu {

namespace {
constexpr double kWheelStep = 1.25;      // zoom factor per wheel notch
constexpr double kKeyPanFraction = 0.1;  // of the view per arrow key press
constexpr double kClickSlop = 3.0;       // window pixels a click may move and still select
constexpr double kFlightSeconds = 0.6;

// The camera part way through a flight: the centre moves and the scale changes geometrically,
// eased at both ends, so the eye can follow where the map goes.
Camera inFlight(const Flight& flight, double t) {
    const double s = t * t * (3.0 - 2.0 * t);
    Camera c = flight.to;
    c.centerX = flight.from.centerX + (flight.to.centerX - flight.from.centerX) * s;
    c.centerY = flight.from.centerY + (flight.to.centerY - flight.from.centerY) * s;
    c.unitsPerPixel =
        flight.from.unitsPerPixel * std::pow(flight.to.unitsPerPixel / flight.from.unitsPerPixel, s);
    return c;
}
}  // namespace

void keepZoomInBounds(Camera& camera, const std::vector<SceneLayer>& layers, double px, double py) {
    const Extent shown = shownExtent(layers);
    if (shown.empty() || camera.width <= 0 || camera.height <= 0) return;
    double smallest = std::numeric_limits<double>::infinity();
    for (const SceneLayer& layer : layers)
        if (layer.paint.visible && !layer.extent.empty())
            if (const double size = std::max(layer.extent.width(), layer.extent.height()); size > 0)
                smallest = std::min(smallest, size);
    const double farthest = 8.0 * std::max(shown.width() / camera.width, shown.height() / camera.height);
    if (farthest > 0 && std::isfinite(farthest) && camera.unitsPerPixel > farthest)
        camera.zoomAbout(px, py, camera.unitsPerPixel / farthest);
    const double closest = smallest * 1e-7;
    if (std::isfinite(closest) && camera.unitsPerPixel < closest)
        camera.zoomAbout(px, py, camera.unitsPerPixel / closest);
}

void updateCursorLonLat(MapViewState& state) {
    NavigationState& nav = state.navigation;
    if (!nav.cursorOverMap) return;
    state.camera.pixelToMap(nav.cursorX, nav.cursorY, nav.cursorLon, nav.cursorLat);
    if (state.scene.toLonLat) state.scene.toLonLat(nav.cursorLon, nav.cursorLat);
}

void drawZoomBox(const MapViewState& state) {
    if (!state.navigation.boxFrom) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImVec2 from;
    state.mapArea.toWindow(state.navigation.boxFrom->first, state.navigation.boxFrom->second, from.x, from.y);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->AddRectFilled(from, io.MousePos, IM_COL32(0, 120, 215, 40));
    draw->AddRect(from, io.MousePos, IM_COL32(0, 90, 180, 255), 0.0f, 0, 1.5f);
}

bool applyNavigation(MapViewState& state, const PointerPress& press) {
    const ImGuiIO& io = ImGui::GetIO();
    Camera& camera = state.camera;
    const double unitsPerPixelBefore = camera.unitsPerPixel;
    bool changed = false;
    const MapArea& area = state.mapArea;
    const double pixelRatio = area.pixelRatio;
    area.toMapPixels(io.MousePos.x, io.MousePos.y, state.navigation.cursorX, state.navigation.cursorY);
    state.navigation.cursorOverMap =
        !io.WantCaptureMouse && ImGui::IsMousePosValid() && area.contains(io.MousePos.x, io.MousePos.y);
    // Presses just after a dialog closed belong to the click that closed it (a double click on a
    // file): they neither pan, select nor zoom the new map.
    const bool pressesCount = ImGui::GetTime() >= state.navigation.pressesIgnoredUntil;

    // A drag moves the map by the pointer's offset from where the press happened, so the point
    // grabbed stays under the pointer however the motion was split into frames.
    if (state.navigation.flight) {
        const double t = (ImGui::GetTime() - state.navigation.flight->start) / kFlightSeconds;
        camera = inFlight(*state.navigation.flight, std::min(t, 1.0));
        camera.resize(state.navigation.flight->to.width, state.navigation.flight->to.height);
        if (t >= 1.0) state.navigation.flight.reset();
        changed = true;
    }
    if (press.happened && state.navigation.cursorOverMap)
        state.navigation.flight.reset();  // the user takes over
    if (press.happened && state.navigation.cursorOverMap && pressesCount && press.shift) {
        double x = 0, y = 0;
        area.toMapPixels(press.x, press.y, x, y);
        state.navigation.boxFrom = std::make_pair(x, y);
    } else if (press.happened && state.navigation.cursorOverMap && pressesCount) {
        state.navigation.dragStart = camera;
        area.toMapPixels(press.x, press.y, state.navigation.dragFromX, state.navigation.dragFromY);
    }
    state.input.clicked = false;
    if (state.navigation.boxFrom && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        // A shift-click (or a sliver) is not a box: the view stays.
        const double w = std::abs(state.navigation.cursorX - state.navigation.boxFrom->first),
                     h = std::abs(state.navigation.cursorY - state.navigation.boxFrom->second);
        if (w > kClickSlop * pixelRatio && h > kClickSlop * pixelRatio) {
            camera.zoomToBox(state.navigation.boxFrom->first, state.navigation.boxFrom->second,
                             state.navigation.cursorX, state.navigation.cursorY);
            changed = true;
        }
        state.navigation.boxFrom.reset();
    }
    if (state.navigation.dragStart && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        camera = *state.navigation.dragStart;
        camera.panByPixels(state.navigation.cursorX - state.navigation.dragFromX,
                           state.navigation.cursorY - state.navigation.dragFromY);
        changed = true;
    } else if (state.navigation.dragStart) {
        // Released: a press that barely moved is a click (it selects), anything more was a drag.
        const double moved = std::hypot(state.navigation.cursorX - state.navigation.dragFromX,
                                        state.navigation.cursorY - state.navigation.dragFromY);
        state.input.clicked = moved <= kClickSlop * pixelRatio;
        state.navigation.dragStart.reset();
    }
    if (state.navigation.cursorOverMap) {
        if (io.MouseWheel != 0.0f) {
            state.navigation.flight.reset();
            camera.zoomAbout(state.navigation.cursorX, state.navigation.cursorY,
                             std::pow(kWheelStep, double(io.MouseWheel)));
            changed = true;
        }
        // (While measuring, a second click on the last point finishes the measure instead.)
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && !state.navigation.boxFrom && pressesCount &&
            state.measure.mode == MeasureState::Mode::Off) {
            camera.zoomAbout(state.navigation.cursorX, state.navigation.cursorY, 2.0);
            // The second press started a drag from the camera before the zoom: restart it from
            // the zoomed one, or the next frame would put the old view back.
            if (state.navigation.dragStart) {
                state.navigation.dragStart = camera;
                state.navigation.dragFromX = state.navigation.cursorX;
                state.navigation.dragFromY = state.navigation.cursorY;
            }
            changed = true;
        }
    }
    const double w = camera.width, h = camera.height;
    for (const KeyPress& k : state.input.keys) {
        if (k.ctrl) continue;
        switch (k.key) {
            case Key::Home:
                state.fitAll();
                break;
            case Key::Left:
                camera.panByPixels(kKeyPanFraction * w, 0);
                break;
            case Key::Right:
                camera.panByPixels(-kKeyPanFraction * w, 0);
                break;
            case Key::Up:
                camera.panByPixels(0, kKeyPanFraction * h);
                break;
            case Key::Down:
                camera.panByPixels(0, -kKeyPanFraction * h);
                break;
            case Key::Plus:
                camera.zoomAbout(0.5 * w, 0.5 * h, 2.0);
                break;
            case Key::Minus:
                camera.zoomAbout(0.5 * w, 0.5 * h, 0.5);
                break;
            default:
                continue;
        }
        state.navigation.flight.reset();
        changed = true;
    }
    // A zoom (wheel, double click, keys, box) held at the bounds, about the pointer over the map;
    // not each frame of a drag, which only moves the map.
    if (camera.unitsPerPixel != unitsPerPixelBefore && !state.navigation.flight) {
        const bool atPointer = state.navigation.cursorOverMap;
        keepZoomInBounds(camera, state.scene.layers, atPointer ? state.navigation.cursorX : 0.5 * w,
                         atPointer ? state.navigation.cursorY : 0.5 * h);
    }
    return changed;
}

}  // namespace bashu
