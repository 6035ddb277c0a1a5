#pragma once
// Data > Add from PostGIS...: a connection as libpq reads it (a service name, or host, port,
// dbname and user; the password from ~/.pgpass, a service file or PGPASSWORD, never typed here),
// the tables with geometry its user may read, or a read-only query, and a filter. The layer is
// added like a file's (off the UI thread), then follows the view (ui/layer_streaming.h).
#include <future>
#include <string>
#include <vector>

#include "core/result.h"
#include "scene/postgis_layer.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

struct PostgisDialog {
    bool requested = false;
    char connection[512] = "service=";
    char query[4096] = "";
    char filter[512] = "";
    bool byQuery = false;
    std::vector<PostgisTable> tables;  // of the connection last listed
    std::string listedConnection;
    int table = -1;
    std::string error;
    std::future<Result<std::vector<PostgisTable>>> listing;  // valid while connecting
    // Add checks the layer on the server first (the connection, the table or query, the filter's
    // columns), so a mistake is shown here with the dialog still open: valid while checking.
    LayerSpec checked;
    std::future<Status> checking;
    bool checkAbandoned = false;  // Cancel while checking: nothing is added when the check ends
};

void requestPostgisDialog(MapViewState& state);

/// Draws the dialog when open; Add queues the layer's load.
void drawPostgisDialog(MapViewState& state);

/// Whether the dialog waits for the server (the window keeps drawing).
bool postgisListing(const MapViewState& state);

}  // namespace bashu
