#pragma once
// Reading vector files (anything GDAL/OGR opens) into flat core layers.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/layer.h"
#include "core/result.h"

namespace bashu {

/// Which part of a file to read.
struct ReadOptions {
    std::string layerName;        // only this layer; empty reads all layers
    std::string attributeFilter;  // OGR SQL WHERE clause applied while reading; empty reads all
    bool validate = true;         // look for invalid polygons (counted and named; drawn as they are)
    bool arrowStream = true;      // through the driver's Arrow stream where it makes one natively
    bool fastGeoJson = true;      // local GeoJSON without GDAL where it reads alike (geojson_reader.h)
    // Only these attribute fields are read (the others are neither parsed nor kept: a one-off
    // export needs only what its style uses). Ignored with an attribute filter, and where the
    // layer lacks one of them (every field is read, so a message can list them). Unset: all.
    std::optional<std::vector<std::string>> fields;
    // Called now and then while features are read (total 0 when the format cannot tell it
    // cheaply); returning false stops the read with "loading cancelled". May be empty.
    std::function<bool(size_t featuresRead, size_t featuresTotal)> progress;
};

/// A file as read: the driver that read it and its layers.
struct VectorFile {
    std::string path;
    std::string driver;  // GDAL short name, e.g. "GeoJSON", "ESRI Shapefile", "GPKG"
    std::vector<Layer> layers;
};

/// Reads the layers of a vector file into flat storage. The "file" may be a folder GDAL opens as
/// one dataset (an Esri File Geodatabase, a folder of Shapefiles: a layer per file), a zip
/// archive (`data.zip`, read in place through /vsizip/ from the place inside it that holds the
/// data, a subfolder included) or a /vsizip/ path into a local archive. A local .geojson or .json
/// FeatureCollection without GDAL where that gives what GDAL gives (geojson_reader.h), else through the
/// driver's Arrow stream where it makes one natively (GeoPackage, FlatGeobuf), else feature by feature.
/// Invalid polygons (polygon_validity.h) are kept as they are, counted and named in each layer's report; null
/// and empty geometries are kept as features without geometry. A layer mixing geometry kinds is read as one
/// layer per kind (kind_layers.h: "roads (polygons)", "roads (lines)", "roads (points)"), each holding its
/// kind's features and their attributes, and a layerName may name one of them. A
/// longitude/latitude CRS that does not fit the coordinates (GeoJSON always reports WGS 84) is
/// dropped with a warning, leaving `crs` empty. Fails with one message naming the file and the
/// problem when the file cannot be opened, a requested layer does not exist or a filter is invalid.
Result<VectorFile> readVectorFile(const std::string& path, const ReadOptions& options = {});

}  // namespace bashu

namespace bashu {

/// Names of the layers of a vector file, in the order a map draws them (the first at the bottom):
/// polygons, then lines, then points, then tables. A layer whose features mix geometry kinds is
/// listed as its layer of each kind ("roads (polygons)", "roads (lines)"), which takes a pass over
/// its features where it declares no kind (a GeoJSON naming types of several kinds: a read of its
/// geometries); other layers are listed without reading their features. Among
/// polygon layers the one of fewer features first (a world atlas's dissolved "land" under its
/// "countries", whose borders it would hide); otherwise as the file lists them.
Result<std::vector<std::string>> listLayerNames(const std::string& path);

}  // namespace bashu
