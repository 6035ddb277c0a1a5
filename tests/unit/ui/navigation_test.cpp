// Navigation from input, without a window: a real ImGui context fed the input a window would
// give it (pointer position, buttons, wheel, keys), one frame at a time.
#include "ui/navigation.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <cmath>

#include "ui/layer_operations.h"
#include "ui/map_view_state.h"

namespace bashu {
namespace {

// A layer of one feature from (x0, y0) to (x1, y1).
SceneLayer layerSpanning(double x0, double y0, double x1, double y1) {
    SceneLayer layer;
    layer.data.geometry.addVertex(x0, y0);
    layer.data.geometry.addVertex(x1, y1);
    layer.data.geometry.endRing();
    layer.data.geometry.endPart();
    layer.data.geometry.endFeature();
    layer.extent = layer.data.geometry.extent();
    return layer;
}

class Navigation : public ::testing::Test {
protected:
    void SetUp() override {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(800, 600);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // NewFrame needs a built font atlas
        state.camera.width = 800;
        state.camera.height = 600;
        state.camera.unitsPerPixel = 10.0;
        state.mapArea = MapArea{0, 0, 800, 600, 1.0};
        state.scene.layers.push_back(layerSpanning(-1000, -1000, 1000, 1000));  // what Home fits
    }
    void TearDown() override { ImGui::DestroyContext(); }

    // One frame with the pointer at (x, y), the left button as given, and what else happened.
    bool frame(float x, float y, bool down, float wheel = 0.0f, PointerPress press = {},
               std::vector<KeyPress> keys = {}) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = ImVec2(x, y);
        io.MouseDown[0] = down;
        io.MouseWheel = wheel;
        ImGui::NewFrame();
        state.input.keys = std::move(keys);
        const bool changed = applyNavigation(state, press);
        ImGui::EndFrame();
        return changed;
    }

    // Where a map point is on screen now.
    std::pair<double, double> pixelOf(double x, double y) const {
        double px = 0, py = 0;
        state.camera.mapToPixel(x, y, px, py);
        return {px, py};
    }

    MapViewState state;
};

TEST_F(Navigation, ADragMovesTheMapByThePointersOffsetFromThePress) {
    const auto [x0, y0] = std::pair{400.0, 300.0};
    double mx = 0, my = 0;
    state.camera.pixelToMap(x0, y0, mx, my);
    frame(400, 300, true, 0, PointerPress{true, 400, 300, false});
    frame(430, 310, true);
    frame(470, 340, true);  // however the motion is split, only the total counts
    const auto [px, py] = pixelOf(mx, my);
    EXPECT_NEAR(px, 470.0, 1e-9);
    EXPECT_NEAR(py, 340.0, 1e-9);
    frame(470, 340, false);
    EXPECT_FALSE(state.input.clicked) << "a drag is not a click";
}

TEST_F(Navigation, APressAndReleaseInPlaceIsAClick) {
    frame(200, 200, true, 0, PointerPress{true, 200, 200, false});
    frame(201, 200, false);
    EXPECT_TRUE(state.input.clicked);
}

TEST_F(Navigation, TheWheelZoomsAboutThePointer) {
    double mx = 0, my = 0;
    state.camera.pixelToMap(600, 150, mx, my);
    EXPECT_TRUE(frame(600, 150, false, 2.0f));
    EXPECT_NEAR(state.camera.unitsPerPixel, 10.0 / (1.25 * 1.25), 1e-9) << "two notches in";
    const auto [px, py] = pixelOf(mx, my);
    EXPECT_NEAR(px, 600.0, 1e-9);
    EXPECT_NEAR(py, 150.0, 1e-9);
}

TEST_F(Navigation, ZoomingOutStopsWithTheMapAnEighthOfTheViewAndInAtFloatsPrecision) {
    // The layer's 2000 units an eighth of the 600 pixels' height: 26.7 units a pixel at most.
    double x0 = 0, y0 = 0;
    state.camera.pixelToMap(200, 100, x0, y0);
    for (int i = 0; i < 40; ++i) frame(200, 100, false, -1.0f);
    EXPECT_NEAR(state.camera.unitsPerPixel, 8 * 2000.0 / 600, 1e-9);
    double x = 0, y = 0;
    state.camera.pixelToMap(200, 100, x, y);
    EXPECT_NEAR(x, x0, 1e-6) << "held about the pointer";
    EXPECT_NEAR(y, y0, 1e-6);
    for (int i = 0; i < 200; ++i) frame(200, 100, false, 1.0f);
    EXPECT_NEAR(state.camera.unitsPerPixel, 2000 * 1e-7, 1e-15);
    frame(200, 100, false, 0.0f, {}, {KeyPress{Key::Home}});
    EXPECT_LT(state.camera.unitsPerPixel, 8 * 2000.0 / 600) << "Home is within the bounds";
    // In: the smallest layer shown sets the bound, not all of them together.
    state.scene.layers.push_back(layerSpanning(0, 0, 10, 10));
    for (int i = 0; i < 250; ++i) frame(200, 100, false, 1.0f);
    EXPECT_NEAR(state.camera.unitsPerPixel, 10 * 1e-7, 1e-15);
    // A flight ends where a zoom may go: out to a camera far beyond, it stops at the bound.
    Camera far = state.camera;
    far.unitsPerPixel = 1000;
    flyTo(state, far);
    EXPECT_NEAR(state.navigation.flight->to.unitsPerPixel, 8 * 2000.0 / 600, 1e-9);
}

TEST_F(Navigation, ThePointerCountsFromTheMapsAreaBesideTheSidebar) {
    // The map drawn right of a 300-unit sidebar and below a 20-unit menu bar, on a screen of two
    // framebuffer pixels per unit: window point (500, 170) is camera pixel (400, 300).
    state.mapArea = MapArea{300, 20, 400, 300, 2.0};
    double mx = 0, my = 0;
    state.camera.pixelToMap(400, 300, mx, my);
    EXPECT_TRUE(frame(500, 170, false, 1.0f));
    const auto [px, py] = pixelOf(mx, my);
    EXPECT_NEAR(px, 400.0, 1e-9) << "the wheel zooms about the point under the pointer";
    EXPECT_NEAR(py, 300.0, 1e-9);
    const double scale = state.camera.unitsPerPixel;
    EXPECT_FALSE(frame(150, 170, false, 1.0f)) << "over the sidebar the wheel is not the map's";
    EXPECT_FALSE(state.navigation.cursorOverMap);
    EXPECT_DOUBLE_EQ(state.camera.unitsPerPixel, scale);
}

TEST_F(Navigation, AShiftDragZoomsToTheBoxOnRelease) {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    state.camera.pixelToMap(100, 100, x0, y0);
    state.camera.pixelToMap(300, 250, x1, y1);
    frame(100, 100, true, 0, PointerPress{true, 100, 100, true});
    EXPECT_FALSE(frame(300, 250, true)) << "the map stays while the box is drawn";
    EXPECT_TRUE(state.navigation.boxFrom.has_value());
    EXPECT_TRUE(frame(300, 250, false));
    // The 200 x 150 box has the view's 4:3 shape: it fills the 800 x 600 view, 4 times larger.
    EXPECT_NEAR(state.camera.unitsPerPixel, 2.5, 1e-9);
    const auto [ax, ay] = pixelOf(x0, y0);
    const auto [bx, by] = pixelOf(x1, y1);
    EXPECT_NEAR(ax, 0.0, 1e-6);
    EXPECT_NEAR(ay, 0.0, 1e-6);
    EXPECT_NEAR(bx, 800.0, 1e-6);
    EXPECT_NEAR(by, 600.0, 1e-6);
    EXPECT_FALSE(state.navigation.boxFrom.has_value());
}

TEST_F(Navigation, PressesJustAfterADialogClosedAreNotTheMaps) {
    // The second click of a double click on a dialog's Open lands on the new map: no click, no
    // drag, no double-click zoom. Once the double-click time has passed, presses count again.
    state.navigation.pressesIgnoredUntil = 1e9;
    frame(200, 200, true, 0, PointerPress{true, 200, 200, false});
    frame(200, 200, false);
    EXPECT_FALSE(state.input.clicked);
    EXPECT_FALSE(state.navigation.dragStart.has_value());
    EXPECT_DOUBLE_EQ(state.camera.unitsPerPixel, 10.0);
    state.navigation.pressesIgnoredUntil = 0.0;
    frame(200, 200, true, 0, PointerPress{true, 200, 200, false});
    frame(201, 200, false);
    EXPECT_TRUE(state.input.clicked);
}

TEST_F(Navigation, AShiftClickIsNotABox) {
    frame(100, 100, true, 0, PointerPress{true, 100, 100, true});
    EXPECT_FALSE(frame(101, 101, false));
    EXPECT_DOUBLE_EQ(state.camera.unitsPerPixel, 10.0);
}

TEST_F(Navigation, ADoubleClickZoomsInAboutThePointer) {
    double mx = 0, my = 0;
    state.camera.pixelToMap(500, 200, mx, my);
    frame(500, 200, true, 0, PointerPress{true, 500, 200, false});
    frame(500, 200, false);
    // The second press of a double click: ImGui reports the double click on the press's frame.
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 0.05f;
    frame(500, 200, true, 0, PointerPress{true, 500, 200, false});
    frame(500, 200, true);
    frame(500, 200, false);
    EXPECT_NEAR(state.camera.unitsPerPixel, 5.0, 1e-9) << "twice as close";
    const auto [px, py] = pixelOf(mx, my);
    EXPECT_NEAR(px, 500.0, 1e-9);
    EXPECT_NEAR(py, 200.0, 1e-9);
}

TEST_F(Navigation, KeysPanZoomAndShowEverything) {
    frame(0, 0, false, 0, {}, {KeyPress{Key::Right}});
    EXPECT_NEAR(state.camera.centerX, 0.1 * 800 * 10.0, 1e-9) << "a tenth of the view to the east";
    frame(0, 0, false, 0, {}, {KeyPress{Key::Plus}});
    EXPECT_NEAR(state.camera.unitsPerPixel, 5.0, 1e-9);
    frame(0, 0, false, 0, {}, {KeyPress{Key::Home}});
    EXPECT_NEAR(state.camera.centerX, 0.0, 1e-9);
    EXPECT_NEAR(state.camera.unitsPerPixel, 2000.0 / (600 - 2 * state.navigation.margin), 1e-9)
        << "all of the extent";
    EXPECT_FALSE(frame(0, 0, false, 0, {}, {KeyPress{Key::Home, true}})) << "Ctrl+Home is not Home";
}

TEST_F(Navigation, HomeFitsTheLayersShownNowNotThoseTheMapOpenedWith) {
    // A second layer far to the east, then hidden: Home shows the first layer alone. (Removing
    // a layer left its extent behind before: Home fitted a layer no longer on the map.)
    state.scene.layers.push_back(layerSpanning(50000, -1000, 52000, 1000));
    frame(0, 0, false, 0, {}, {KeyPress{Key::Home}});
    EXPECT_NEAR(state.camera.centerX, 25500.0, 1e-9) << "both layers";
    state.scene.layers.back().paint.visible = false;
    frame(0, 0, false, 0, {}, {KeyPress{Key::Home}});
    EXPECT_NEAR(state.camera.centerX, 0.0, 1e-9) << "the hidden layer does not count";
    state.scene.layers.erase(state.scene.layers.begin());
    frame(0, 0, false, 0, {}, {KeyPress{Key::Home}});
    EXPECT_NEAR(state.camera.centerX, 51000.0, 1e-9) << "with none shown, every layer left counts";
}

TEST_F(Navigation, AFlightEndsExactlyAtItsTarget) {
    Camera target = state.camera;
    target.centerX = 5000;
    target.unitsPerPixel = 1.0;
    flyTo(state, target);
    frame(0, 0, false);
    EXPECT_GT(state.camera.centerX, 0.0);
    EXPECT_LT(state.camera.centerX, 5000.0) << "part of the way after a frame";
    for (int i = 0; i < 60; ++i) frame(0, 0, false);  // a second of frames
    EXPECT_DOUBLE_EQ(state.camera.centerX, 5000.0);
    EXPECT_DOUBLE_EQ(state.camera.unitsPerPixel, 1.0);
    EXPECT_FALSE(state.navigation.flight.has_value());
}

TEST_F(Navigation, PressingTheMapStopsAFlight) {
    Camera target = state.camera;
    target.centerX = 5000;
    flyTo(state, target);
    frame(0, 0, false);
    frame(400, 300, true, 0, PointerPress{true, 400, 300, false});
    EXPECT_FALSE(state.navigation.flight.has_value());
}

}  // namespace
}  // namespace bashu
