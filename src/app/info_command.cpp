#include "app/info_command.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <tuple>

#include "app/exit_codes.h"
#include "app/table_info.h"
#include "app/table_join_option.h"
#include "core/data_path.h"
#include "core/file_extension.h"
#include "io/sheet_reader.h"
#include "io/vector_reader.h"
#include "proj/transform.h"
#include "scene/document_inputs.h"
#include "scene/postgis_layer.h"

namespace bashu {

namespace {

nlohmann::json extentJson(const Extent& e) {
    if (e.empty()) return nullptr;
    return {e.minX, e.minY, e.maxX, e.maxY};
}

std::string extentText(const Extent& e) {
    if (e.empty()) return "empty";
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, "%.6f, %.6f - %.6f, %.6f", e.minX, e.minY, e.maxX, e.maxY);
    return buffer;
}

nlohmann::json describeLayer(const VectorFile& file, const Layer& layer) {
    const Extent extent = layer.geometry.extent();
    Extent lonLat;
    if (!layer.crs.empty() && !extent.empty()) {
        if (Result<Transform> t = Transform::create(layer.crs, "EPSG:4326"))
            lonLat = t->transformedExtentOf(layer.geometry.xy);
    }
    nlohmann::json fields = nlohmann::json::array();
    for (const Column& c : layer.attributes.columns)
        fields.push_back({{"name", c.name}, {"type", fieldTypeName(c.type)}});
    const LoadReport& r = layer.report;
    nlohmann::json crs = nullptr;
    if (!layer.crs.empty())
        crs = {{"name", layer.crsName}, {"epsg", layer.epsg ? nlohmann::json(layer.epsg) : nullptr}};
    return {
        {"path", file.path},
        {"driver", file.driver},
        {"name", layer.name},
        {"feature_count", layer.featureCount()},
        {"geometry_type", layer.isTable ? "None" : geometryKindName(layer.geometry.kind)},
        {"vertex_count", layer.geometry.vertexCount()},
        {"crs", crs},
        {"extent", extentJson(extent)},
        {"extent_wgs84", extentJson(lonLat)},
        {"fields", fields},
        {"text_encoding", r.textEncoding.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.textEncoding)},
        {"geometries",
         {{"read", r.featuresRead},
          {"null", r.nullGeometries},
          {"empty", r.emptyGeometries},
          {"invalid", r.invalidGeometries},
          {"skipped", r.skipped},
          {"rings_closed", r.ringsClosed}}},
        {"warnings", r.warnings},
        {"nothing_to_draw",
         r.nothingToDraw.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.nothingToDraw)}};
}

void printFields(const nlohmann::json& layer) {
    std::cout << "    fields:";
    if (layer["fields"].empty()) std::cout << " none";
    for (const auto& f : layer["fields"])
        std::cout << " " << f["name"].get<std::string>() << " (" << f["type"].get<std::string>() << ")";
    std::cout << "\n";
}

void printTextEncoding(const nlohmann::json& layer) {
    if (!layer["text_encoding"].is_null())
        std::cout << "    text: " << layer["text_encoding"].get<std::string>() << "\n";
}

void printText(const nlohmann::json& layer) {
    if (layer["geometry_type"] == "None") {
        std::cout << "  table '" << layer["name"].get<std::string>() << "': " << layer["feature_count"]
                  << " rows, no geometry\n";
        printFields(layer);
        printTextEncoding(layer);
        return;
    }
    std::cout << "  layer '" << layer["name"].get<std::string>() << "': " << layer["feature_count"]
              << " features, " << layer["geometry_type"].get<std::string>() << ", " << layer["vertex_count"]
              << " vertices\n";
    if (layer["crs"].is_null())
        std::cout << "    CRS: none\n";
    else
        std::cout << "    CRS: " << layer["crs"]["name"].get<std::string>()
                  << (layer["crs"]["epsg"].is_null() ? "" : " (EPSG:" + layer["crs"]["epsg"].dump() + ")")
                  << "\n";
    auto extent = [](const nlohmann::json& e) {
        Extent x;
        if (!e.is_null())
            x = {e[0].get<double>(), e[1].get<double>(), e[2].get<double>(), e[3].get<double>()};
        return extentText(x);
    };
    std::cout << "    extent: " << extent(layer["extent"]) << "\n";
    std::cout << "    extent lon/lat: " << extent(layer["extent_wgs84"]) << "\n";
    printFields(layer);
    printTextEncoding(layer);
    const auto& g = layer["geometries"];
    std::cout << "    read: " << g["read"] << " features; geometries: " << g["null"] << " null, "
              << g["empty"] << " empty, " << g["invalid"] << " invalid (drawn as read), " << g["skipped"]
              << " skipped"
              << (g["rings_closed"] > 0 ? ", " + g["rings_closed"].dump() + " rings closed" : "") << "\n";
}

}  // namespace

namespace {
// A map document: its layers and their sources, checked to exist; drawing it is `render`'s job.
bool describeDocument(const std::string& path, bool json, nlohmann::json& fileList) {
    Result<MapDocument> document = loadMapDocument(path);
    if (!document) {
        std::cerr << "error: " << document.error().message << "\n";
        return false;
    }
    nlohmann::json layers = nlohmann::json::array();
    bool sourcesFound = true;
    if (!json)
        std::cout << path << ": map document" << (document->title.empty() ? "" : " '" + document->title + "'")
                  << ", " << document->layers.size() << (document->layers.size() == 1 ? " layer" : " layers")
                  << " (bashu render draws it; bashu " << path << " opens it in the window)\n";
    for (const LayerSpec& layer : document->layers) {
        std::error_code ec;
        const bool found = !dataPath(layer.source).local() || std::filesystem::exists(layer.source, ec);
        sourcesFound = sourcesFound && found;
        if (!found)
            std::cerr << "error: " << path << ": layer '" << layer.name << "': no such file " << layer.source
                      << "\n";
        if (!json)
            std::cout << "  layer '" << layer.name << "': " << layer.source
                      << (layer.join ? ", joined with " + layer.join->table : std::string()) << "\n";
        layers.push_back({{"name", layer.name}, {"source", layer.source}, {"found", found}});
    }
    fileList.push_back({{"path", path},
                        {"driver", "map document"},
                        {"layer_count", document->layers.size()},
                        {"document_layers", layers}});
    return sourcesFound;
}
// A PostGIS connection: the tables with geometry its user may read, as a document names them.
bool describeConnection(const std::string& path, bool json, nlohmann::json& fileList) {
    Result<std::vector<PostgisTable>> tables = listPostgisTables(path);
    if (!tables) {
        std::cerr << "error: " << tables.error().message << "\n";
        return false;
    }
    nlohmann::json listed = nlohmann::json::array();
    for (const PostgisTable& t : *tables)
        listed.push_back({{"name", t.name}, {"geometry_column", t.geometryColumn}, {"holds", t.description}});
    if (!json) {
        std::cout << path << ": PostGIS, " << tables->size() << (tables->size() == 1 ? " table" : " tables")
                  << " with geometry this user may read (a layer's \"source_layer\")\n";
        for (const PostgisTable& t : *tables) std::cout << "  " << t.name << "   " << t.description << "\n";
    }
    fileList.push_back(
        {{"path", path}, {"driver", "PostGIS"}, {"layer_count", tables->size()}, {"tables", listed}});
    return true;
}

}  // namespace

int runInfo(const std::vector<std::string>& files, bool json) {
    nlohmann::json layers = nlohmann::json::array(), fileList = nlohmann::json::array();
    int status = kExitOk;
    for (const std::string& path : files) {
        if (isMapDocument(path)) {
            if (!describeDocument(path, json, fileList)) status = kExitBadInput;
            continue;
        }
        if (isDatabasePath(path)) {
            if (!describeConnection(path, json, fileList)) status = kExitBadInput;
            continue;
        }
        // Statistics tables as a join reads them: sheets, the header found, columns. One sheet is
        // named as a join names it: FILE:SHEET.
        std::string tablePath = path, sheet;
        if (const auto split = splitTableAndSheet(path);
            split && !split->second.empty() && isTableFile(split->first))
            std::tie(tablePath, sheet) = *split;
        auto describeTable = [&] {
            Result<nlohmann::json> table = describeTableFile(tablePath, sheet);
            if (!table) {
                std::cerr << "error: " << table.error().message << "\n";
                status = kExitBadInput;
            } else if (json) {
                fileList.push_back(std::move(*table));
            } else {
                printTableDescription(*table);
            }
        };
        // A workbook always (GDAL would take each sheet's first row, a yearbook's title, for its
        // header); a text table GDAL cannot read (a title line without a comma is not CSV to it).
        const std::string ext = lowerExtension(tablePath);
        if (!sheet.empty() || ext == ".xlsx" || ext == ".xls" || ext == ".ods") {
            describeTable();
            continue;
        }
        Result<VectorFile> file = readVectorFile(path);
        if (!file && isTableFile(path)) {
            describeTable();
            continue;
        }
        if (!file) {
            std::cerr << "error: " << file.error().message << "\n";
            status = kExitBadInput;
            continue;
        }
        if (!json)
            std::cout << path << ": " << file->driver << ", " << file->layers.size()
                      << (file->layers.size() == 1 ? " layer\n" : " layers\n");
        fileList.push_back({{"path", path}, {"driver", file->driver}, {"layer_count", file->layers.size()}});
        for (const Layer& layer : file->layers) {
            nlohmann::json description = describeLayer(*file, layer);
            // A table where a map layer was expected (a GeoPackage of attributes only) is said
            // so; a CSV is a table by nature.
            if (layer.isTable && file->driver != "CSV")
                description["warnings"].push_back(layer.report.nothingToDraw);
            for (const auto& w : description["warnings"])
                std::cerr << "warning: " << path << ": " << (layer.isTable ? "table '" : "layer '")
                          << layer.name << "': " << w.get<std::string>() << "\n";
            if (!json) printText(description);
            layers.push_back(std::move(description));
        }
        // A text table is also described as a join of statistics reads it.
        if (isTableFile(path)) {
            if (Result<nlohmann::json> table = describeTableFile(path)) {
                if (json) {
                    fileList.back()["table"] = (*table)["sheets"];
                } else {
                    std::cout << "  as a statistics table (bashu render --join):\n";
                    printTableDescription(*table);
                }
            }
        }
    }
    if (json) std::cout << nlohmann::json{{"files", fileList}, {"layers", layers}}.dump(2) << "\n";
    return status;
}

}  // namespace bashu
