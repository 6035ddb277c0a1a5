#pragma once
// A FeatureCollection around its features: whether GDAL's GeoJSON driver takes the file for one,
// where its "features" array starts, and the members beside it (the layer's name, its CRS).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "io/geojson_file_window.h"

namespace bashu::geojson {

/// How much of a file GDAL's GeoJSON driver looks at to tell what it is (GeoJSONFileIsObject).
constexpr size_t kIdentifyBytes = 6000;

/// Whether GDAL's GeoJSON driver, looking at these first bytes of a file, takes it for a
/// FeatureCollection as only it reads them: `"type": "FeatureCollection"` found as its
/// IsTypeSomething finds it, no TopoJSON "Topology", nothing ESRI JSON has.
bool gdalSeesFeatureCollection(std::string_view firstBytes);

/// The offset just after the '[' of the top-level object's "features" array, found by skipping
/// the members before it. Nothing when the file does not start with an object holding one there,
/// when a key before it is escaped, or when what comes before it is longer than `maxBefore` bytes.
std::optional<uint64_t> findFeaturesArray(FileWindow& window, uint64_t maxBefore);

struct CollectionMembers {
    bool typed = false;               // "type" is "FeatureCollection"
    std::optional<std::string> name;  // "name", which GDAL names the layer after
    bool crs84 = false;               // "crs" names OGC's CRS84, which GDAL reads as EPSG:4326
};

/// The top-level members, given the text before the features array (up to its '[') and the text
/// from its ']' on. Nothing when the text is not one JSON object, or holds members GDAL reads in
/// a way the fast reader does not: "type" other than "FeatureCollection", another "crs", "name"
/// not a string, a member given twice, any member but these and "bbox". ("type" may be missing:
/// the text after the array may not be known yet.)
std::optional<CollectionMembers> parseCollectionMembers(std::string_view before, std::string_view after);

}  // namespace bashu::geojson
