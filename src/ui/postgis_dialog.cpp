#include "ui/postgis_dialog.h"

#include <imgui.h>

#include <chrono>
#include <cstdio>

#include "core/data_path.h"
#include "ui/dialog_keys.h"
#include "ui/layer_loading.h"
#include "ui/map_view_state.h"
#include "ui/messages.h"
#include "ui/window_report.h"
#include "ui/workspace_layout.h"

namespace bashu {

namespace {

constexpr const char* kPostgisPopup = "Add from PostGIS";

// A password typed into the connection is refused and taken out of the field at once, so it is
// not left on the screen (nor saved with the map).
bool refusePassword(PostgisDialog& d) {
    if (!namesPassword(d.connection)) return false;
    std::snprintf(d.connection, sizeof d.connection, "%s", withoutPassword(d.connection).c_str());
    d.error =
        "a password does not belong in the connection (it would be saved with the map), so it was taken "
        "out: put it in ~/.pgpass, a service file or PGPASSWORD";
    return true;
}

void startListing(PostgisDialog& d) {
    d.error.clear();
    if (refusePassword(d)) return;
    d.tables.clear();
    d.table = -1;
    d.listedConnection = d.connection;
    d.listing = std::async(std::launch::async,
                           [source = "PG:" + d.listedConnection] { return listPostgisTables(source); });
}

void takeListing(PostgisDialog& d) {
    if (!d.listing.valid() || d.listing.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    Result<std::vector<PostgisTable>> tables = d.listing.get();
    if (!tables) {
        d.error = tables.error().message;
        return;
    }
    d.tables = std::move(*tables);
    if (d.tables.empty())
        d.error = "PG:" + d.listedConnection + ": no table with geometry that this user may read";
}

// Checks the layer the dialog describes on the server, off the UI thread (see takeCheck); the
// reason is shown instead when it names no table or query yet.
void startCheck(PostgisDialog& d) {
    d.error.clear();
    if (refusePassword(d)) return;
    LayerSpec spec;
    spec.source = "PG:" + std::string(d.connection);
    if (d.byQuery) {
        if (d.query[0] == '\0') {
            d.error = "write a query (one SELECT with a geometry column)";
            return;
        }
        spec.sql = d.query;
        spec.name = "query";
    } else {
        if (d.table < 0 || size_t(d.table) >= d.tables.size() || d.listedConnection != d.connection) {
            d.error = "connect, then choose a table";
            return;
        }
        spec.sourceLayer = d.tables[size_t(d.table)].name;
        spec.geometryColumn = d.tables[size_t(d.table)].geometryColumn;
        spec.name = spec.sourceLayer;
    }
    spec.filter = d.filter;
    d.checked = spec;
    d.checkAbandoned = false;
    d.checking = std::async(std::launch::async, [spec] { return PostgisFeed(spec).check(); });
}

// The layer checked: queued like a file's (true: the dialog closes), or the problem shown.
bool takeCheck(MapViewState& state, PostgisDialog& d) {
    if (!d.checking.valid() || d.checking.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return false;
    const Status ok = d.checking.get();
    if (d.checkAbandoned) return false;
    if (!ok) {
        d.error = ok.error().message;
        return false;
    }
    startLoadingLayers(state, d.checked.source + " " + d.checked.name, {d.checked}, false);
    return true;
}

}  // namespace

void requestPostgisDialog(MapViewState& state) { state.postgisDialog.requested = true; }

bool postgisListing(const MapViewState& state) {
    return state.postgisDialog.listing.valid() || state.postgisDialog.checking.valid();
}

void drawPostgisDialog(MapViewState& state) {
    PostgisDialog& d = state.postgisDialog;
    takeListing(d);
    const bool added = takeCheck(state, d);
    if (d.requested) {
        d.requested = false;
        d.error.clear();
        ImGui::OpenPopup(kPostgisPopup);
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + 0.5f * viewport->WorkSize.x,
                                   viewport->WorkPos.y + 0.08f * viewport->WorkSize.y),
                            ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    if (!ImGui::BeginPopupModal(kPostgisPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted(
        "Connection: a service name (service=atlas), or host=... port=... dbname=... user=...");
    ImGui::TextDisabled(
        "The password comes from ~/.pgpass, a service file or PGPASSWORD; it is never saved.");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(scaled(420));
    const bool entered = ImGui::InputText("##connection", d.connection, sizeof d.connection,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    nameControl("postgis/connection");
    ImGui::SameLine();
    if ((ImGui::Button("Connect") || entered) && !d.listing.valid()) startListing(d);
    nameControl("postgis/connect");
    if (d.listing.valid()) ImGui::TextUnformatted("connecting...");

    if (ImGui::RadioButton("Table", !d.byQuery)) d.byQuery = false;
    nameControl("postgis/by table");
    ImGui::SameLine();
    if (ImGui::RadioButton("Query", d.byQuery)) d.byQuery = true;
    nameControl("postgis/by query");
    if (!d.byQuery) {
        if (ImGui::BeginListBox("##tables", ImVec2(scaled(520), scaled(160)))) {
            for (size_t i = 0; i < d.tables.size(); ++i) {
                const PostgisTable& t = d.tables[i];
                const std::string label = t.name + "   (" + t.description + ")";
                if (ImGui::Selectable(label.c_str(), d.table == int(i))) d.table = int(i);
                nameControl("postgis/table/" + t.name);
            }
            ImGui::EndListBox();
        }
    } else {
        ImGui::InputTextMultiline("##query", d.query, sizeof d.query, ImVec2(scaled(520), scaled(120)));
        nameControl("postgis/query");
        ImGui::TextDisabled("Read in a read-only transaction: a query cannot change the database.");
    }
    ImGui::TextUnformatted("Filter (optional): kind = 'urban' AND density >= 500");
    ImGui::SetNextItemWidth(scaled(520));
    ImGui::InputText("##filter", d.filter, sizeof d.filter);
    nameControl("postgis/filter");
    if (!d.error.empty()) {
        drawErrorText(d.error);
        nameControl("postgis/error");
    }
    if (d.checking.valid()) ImGui::TextUnformatted("checking the layer on the server...");
    if (added) ImGui::CloseCurrentPopup();
    if (ImGui::Button("Add") && !d.checking.valid()) startCheck(d);
    nameControl("postgis/add");
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || dialogCancelKey()) {
        d.checkAbandoned = d.checking.valid();
        ImGui::CloseCurrentPopup();
    }
    nameControl("postgis/cancel");
    ImGui::EndPopup();
}

}  // namespace bashu
