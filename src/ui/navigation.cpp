#include "ui/navigation.h"

#include <imgui.h>

#include <cmath>

namespace bashu {

namespace {
constexpr double kWheelStep = 1.25;      // zoom factor per wheel notch
constexpr double kKeyPanFraction = 0.1;  // of the view per arrow key press
constexpr double kClickSlop = 3.0;       // window pixels a click may move and still select
}  // namespace

bool applyNavigation(MapViewState& state, const PointerPress& press, double pixelRatio) {
    const ImGuiIO& io = ImGui::GetIO();
    Camera& camera = state.camera;
    bool changed = false;
    state.cursorX = io.MousePos.x * pixelRatio;
    state.cursorY = io.MousePos.y * pixelRatio;
    state.cursorOverMap = !io.WantCaptureMouse && ImGui::IsMousePosValid();

    // A drag moves the map by the pointer's offset from where the press happened, so the point
    // grabbed stays under the pointer however the motion was split into frames.
    if (press.happened && state.cursorOverMap) {
        state.dragStart = camera;
        state.dragFromX = press.x * pixelRatio;
        state.dragFromY = press.y * pixelRatio;
    }
    state.clicked = false;
    if (state.dragStart && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        camera = *state.dragStart;
        camera.panByPixels(state.cursorX - state.dragFromX, state.cursorY - state.dragFromY);
        changed = true;
    } else if (state.dragStart) {
        // Released: a press that barely moved is a click (it selects), anything more was a drag.
        const double moved = std::hypot(state.cursorX - state.dragFromX, state.cursorY - state.dragFromY);
        state.clicked = moved <= kClickSlop * pixelRatio;
        state.dragStart.reset();
    }
    if (state.cursorOverMap) {
        if (io.MouseWheel != 0.0f) {
            camera.zoomAbout(state.cursorX, state.cursorY, std::pow(kWheelStep, double(io.MouseWheel)));
            changed = true;
        }
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
            camera.zoomAbout(state.cursorX, state.cursorY, 2.0);
            changed = true;
        }
    }
    const double w = camera.width, h = camera.height;
    for (const KeyPress& k : state.keys) {
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
        changed = true;
    }
    return changed;
}

}  // namespace bashu
