#include "ui/window_report.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "core/atomic_write.h"

namespace bashu {

namespace {

struct NamedControl {
    std::string name;
    ImVec2 min, max;
};

struct Report {
    std::string path;
    uint64_t frame = 0;
    std::vector<NamedControl> controls;
};

Report& report() {
    static Report instance = [] {
        Report r;
        if (const char* path = std::getenv("BASHU_WINDOW_REPORT")) r.path = path;
        return r;
    }();
    return instance;
}

}  // namespace

bool windowReportWanted() { return !report().path.empty(); }

void nameControl(std::string_view name, std::string_view suffix, float width) {
    if (!windowReportWanted()) return;
    ImVec2 max = ImGui::GetItemRectMax();
    if (width > 0.0f) max.x = std::min(max.x, ImGui::GetItemRectMin().x + width);
    std::string full(name);
    full += suffix;
    report().controls.push_back({std::move(full), ImGui::GetItemRectMin(), max});
}

void nameRegion(std::string_view name, float x, float y, float width, float height) {
    if (!windowReportWanted()) return;
    report().controls.push_back({std::string(name), ImVec2(x, y), ImVec2(x + width, y + height)});
}

void writeWindowReport(const WindowFacts& facts) {
    const int windowX = facts.windowX, windowY = facts.windowY;
    Report& r = report();
    if (r.path.empty()) return;
    nlohmann::ordered_json text;
    text["frame"] = ++r.frame;
    text["idle"] = facts.idle;
    text["under_way"] = facts.underWay;
    text["layers"] = facts.layers;
    text["errors"] = facts.errors;
    text["messages_newest"] = facts.newestMessage;
    text["title"] = facts.title;
    text["selected"] = facts.selected;
    text["here"] = facts.here;
    text["brushed"] = facts.brushed;
    text["units_per_pixel"] = facts.unitsPerPixel;
    text["measure"] = facts.measure;
    nlohmann::ordered_json streamed = nlohmann::ordered_json::object();
    for (const auto& [layer, features] : facts.streamedFeatures) streamed[layer] = features;
    nlohmann::ordered_json inView = nlohmann::ordered_json::object();
    for (const auto& [layer, features] : facts.viewFeatures) inView[layer] = features;
    text["streamed"] = {{"features", streamed},
                        {"view_features", inView},
                        {"reads", facts.streamedReads},
                        {"cancelled", facts.streamedCancelled},
                        {"from_cache", facts.streamedFromCache},
                        {"selected_row", facts.serverFeature}};
    text["search_hits"] = facts.searchHits;
    text["window"] = {windowX, windowY};
    // Where the window saw the pointer and whether the left button was down in this frame: a
    // driver that moved or pressed it knows the frame came after its input.
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsMousePosValid(&io.MousePos))
        text["pointer"] = {windowX + int(std::lround(io.MousePos.x)),
                           windowY + int(std::lround(io.MousePos.y))};
    text["pressed"] = io.MouseDown[ImGuiMouseButton_Left];
    nlohmann::ordered_json controls = nlohmann::ordered_json::object();
    // Screen pixels: the window's corner plus ImGui's position, rounded to whole pixels.
    for (const NamedControl& c : r.controls)
        controls[c.name] = {windowX + int(std::lround(c.min.x)), windowY + int(std::lround(c.min.y)),
                            int(std::lround(c.max.x - c.min.x)), int(std::lround(c.max.y - c.min.y))};
    text["controls"] = std::move(controls);
    r.controls.clear();
    // A report that cannot be written is the driver's problem (its folder): the window goes on.
    (void)writeTextFileAtomically(r.path, text.dump() + "\n");
}

}  // namespace bashu
