#include "ui/measure_tool.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "proj/geodesic_measure.h"
#include "thematic/number_format.h"
#include "ui/map_view_state.h"
#include "ui/window_report.h"

namespace bashu {

namespace {
constexpr double kSquareMetresPerHectare = 10000.0;    // 公顷
constexpr double kSquareMetresPerMu = 10000.0 / 15.0;  // 亩: 1/15 公顷
constexpr double kFinishPixels = 6.0;                  // a second click this near the last point finishes
const ImU32 kLine = IM_COL32(255, 120, 0, 255);
const ImU32 kFill = IM_COL32(255, 120, 0, 50);

// The measure's points in longitude/latitude, the pointer's too while it is not finished.
std::vector<LonLat> lonLats(const MapViewState& state) {
    std::vector<LonLat> out;
    if (!state.scene.toLonLat) return out;
    const MeasureState& m = state.measure;
    std::vector<std::array<double, 2>> points = m.points;
    if (!m.finished && state.navigation.cursorOverMap) {
        std::array<double, 2> pointer{};
        state.camera.pixelToMap(state.navigation.cursorX, state.navigation.cursorY, pointer[0], pointer[1]);
        points.push_back(pointer);
    }
    for (auto [x, y] : points) {
        state.scene.toLonLat(x, y);
        if (std::isfinite(x) && std::isfinite(y)) out.push_back(LonLat{x, y});
    }
    return out;
}
}  // namespace

std::string formatMeasuredLength(double metres) {
    if (metres < 1000.0) return formatNumber(metres, 0) + " m";
    return formatNumber(metres / 1000.0, metres < 100000.0 ? 2 : 1) + " km";
}

std::string formatMeasuredArea(double squareMetres) {
    const std::string hectares =
        formatNumber(squareMetres / kSquareMetresPerHectare, squareMetres < 1e6 ? 2 : 0);
    const std::string mu = formatNumber(squareMetres / kSquareMetresPerMu, squareMetres < 1e6 ? 2 : 0);
    const std::string main = squareMetres < 1e6 ? formatNumber(squareMetres, 0) + " m²"
                                                : formatNumber(squareMetres / 1e6, 2) + " km²";
    return main + " · " + hectares + " 公顷 · " + mu + " 亩";
}

std::string measureText(const MapViewState& state) {
    const std::vector<LonLat> points = lonLats(state);
    if (state.measure.mode == MeasureState::Mode::Distance && points.size() >= 2)
        return formatMeasuredLength(geodesicLength(points));
    if (state.measure.mode == MeasureState::Mode::Area && points.size() >= 3) {
        const GeodesicArea a = geodesicArea(points);
        return formatMeasuredArea(a.area) + " (perimeter " + formatMeasuredLength(a.perimeter) + ")";
    }
    return "";
}

void startMeasure(MapViewState& state, MeasureState::Mode mode) {
    state.measure = MeasureState{};
    state.measure.mode = mode;
    state.messages.say(
        mode == MeasureState::Mode::Area
            ? "measuring an area: click its corners; Enter or a second click finishes, Esc ends"
            : "measuring a distance: click along the path; Enter or a second click finishes, Esc ends");
}

void takeMeasureInput(MapViewState& state) {
    MeasureState& m = state.measure;
    const FrameInput& input = state.input;
    if (!ImGui::GetIO().WantTextInput) {
        if (input.pressedWith(Key::M, false, false)) startMeasure(state, MeasureState::Mode::Distance);
        if (input.pressedWith(Key::M, false, true)) startMeasure(state, MeasureState::Mode::Area);
    }
    if (m.mode == MeasureState::Mode::Off) return;
    if (input.pressed(Key::Escape)) {
        m = MeasureState{};
        return;
    }
    if (input.pressed(Key::Enter) && m.points.size() >= 2) m.finished = true;
    if (input.pressed(Key::Backspace) && !m.points.empty() && !m.finished) m.points.pop_back();
    if (!state.input.clicked) return;
    state.input.clicked = false;  // a point of the measure, not a selection
    std::array<double, 2> at{};
    state.camera.pixelToMap(state.navigation.cursorX, state.navigation.cursorY, at[0], at[1]);
    if (m.finished) {  // a click after a finished measure starts the next one
        m.points.clear();
        m.finished = false;
    }
    if (!m.points.empty()) {
        double lx = 0, ly = 0;
        state.camera.mapToPixel(m.points.back()[0], m.points.back()[1], lx, ly);
        const bool again = std::hypot(lx - state.navigation.cursorX, ly - state.navigation.cursorY) <=
                           kFinishPixels * state.mapArea.pixelRatio;
        if (again && ImGui::GetTime() - m.lastClick <= ImGui::GetIO().MouseDoubleClickTime) {
            m.finished = m.points.size() >= 2;
            return;
        }
    }
    m.points.push_back(at);
    m.lastClick = ImGui::GetTime();
}

void drawMeasure(const MapViewState& state) {
    const MeasureState& m = state.measure;
    if (m.mode == MeasureState::Mode::Off || (m.points.empty() && !state.navigation.cursorOverMap)) return;
    const MapArea& area = state.mapArea;
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->PushClipRect(ImVec2(area.x, area.y), ImVec2(area.right(), area.bottom()), true);
    std::vector<ImVec2> screen;
    for (const auto& [x, y] : m.points) {
        double px = 0, py = 0;
        state.camera.mapToPixel(x, y, px, py);
        ImVec2 p;
        area.toWindow(px, py, p.x, p.y);
        screen.push_back(p);
    }
    if (!m.finished && state.navigation.cursorOverMap) {
        ImVec2 p;
        area.toWindow(state.navigation.cursorX, state.navigation.cursorY, p.x, p.y);
        screen.push_back(p);
    }
    const bool polygon = m.mode == MeasureState::Mode::Area && screen.size() >= 3;
    // ImGui fills convex polygons only: a concave area's tint spills over its outline, the figures
    // are exact.
    if (polygon) draw->AddConvexPolyFilled(screen.data(), int(screen.size()), kFill);
    if (screen.size() >= 2)
        draw->AddPolyline(screen.data(), int(screen.size()), kLine, polygon ? ImDrawFlags_Closed : 0, 2.5f);
    for (size_t i = 0; i < m.points.size(); ++i) draw->AddCircleFilled(screen[i], 4.0f, kLine);
    if (const std::string text = measureText(state); !text.empty() && !screen.empty()) {
        // Beside the last point, on a white box so it reads over any fill; left of it or above
        // it where the map's edge would cut it.
        const ImVec2 size = ImGui::CalcTextSize(text.c_str());
        ImVec2 at(screen.back().x + 12.0f, screen.back().y + 8.0f);
        if (at.x + size.x + 4.0f > area.right())
            at.x = std::max(area.x + 4.0f, screen.back().x - 12.0f - size.x);
        if (at.y + size.y + 2.0f > area.bottom()) at.y = screen.back().y - 8.0f - size.y;
        draw->AddRectFilled(ImVec2(at.x - 4, at.y - 2), ImVec2(at.x + size.x + 4, at.y + size.y + 2),
                            IM_COL32(255, 255, 255, 235), 3.0f);
        draw->AddText(at, IM_COL32(40, 40, 40, 255), text.c_str());
    }
    draw->PopClipRect();
}

}  // namespace bashu
