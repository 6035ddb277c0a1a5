#include "app/overview_command.h"

#include <chrono>
#include <cstdio>
#include <iostream>

#include "app/exit_codes.h"
#include "core/data_path.h"
#include "scene/postgis_layer.h"

namespace bashu {

namespace {

std::string grouped(size_t n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

}  // namespace

int runOverview(const std::string& source, const std::string& table) {
    if (!isDatabasePath(source)) {
        std::cerr << "error: " << source
                  << ": an overview is built in a PostGIS database; name a connection (PG:service=...)\n";
        return kExitUsage;
    }
    const auto start = std::chrono::steady_clock::now();
    Result<PostgisOverviewSummary> built = buildPostgisOverview(
        source, table, [](const std::string& step) { std::cerr << "overview: " << step << "...\n"; });
    if (!built) {
        std::cerr << "error: " << built.error().message << "\n";
        return kExitBadInput;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << table << ": overview of " << grouped(built->tableRows) << " rows built in "
              << int(seconds + 0.5) << " s\n";
    if (built->levels.empty())
        std::cout << "  no level: at " << built->firstCells
                  << " cells across, the table keeps more than a quarter of its rows (its features are "
                     "bigger than the cells), so reads of it are no slower than of a level\n";
    for (const auto& [cells, rows] : built->levels) {
        char saved[32];
        std::snprintf(saved, sizeof saved, "%.1f", rows ? double(built->tableRows) / double(rows) : 0.0);
        std::cout << "  " << cells << " cells across: " << grouped(rows) << " rows (" << saved
                  << " times fewer)\n";
    }
    std::string fields;
    for (const std::string& f : built->fields) fields += (fields.empty() ? "" : ", ") + f;
    std::cout << "  the values of " << (fields.empty() ? std::string("no numeric column") : fields)
              << " for the classes\n"
              << "Maps of the whole table now read these until the table changes; run this again then.\n";
    return kExitOk;
}

}  // namespace bashu
