#pragma once
// `bashu join FILE TABLE[:SHEET] -o out.gpkg`: a layer with a planner's statistics joined to it,
// written as a vector file for use in other tools, with the match report on stderr.
#include <optional>
#include <string>
#include <vector>

namespace bashu {

struct JoinOptions {
    std::string layerFile;            // the data file (one layer)
    std::string table;                // TABLE or TABLE:SHEET
    std::string on;                   // COLUMN, COLUMN=LAYER_FIELD, =LAYER_FIELD or empty (found)
    std::optional<int> headerRow;     // 1-based; none: found
    std::vector<std::string> fields;  // the table's columns to join; none: every column of numbers
    std::string output;               // .gpkg, .geojson or .shp
};

/// Joins and writes; returns the process exit code (errors name the file and the problem).
int runJoin(const JoinOptions& options);

}  // namespace bashu
