#pragma once
// Reading a GeoJSON FeatureCollection without GDAL: the file is read in pieces of a few MB, cut
// between features into one stretch per core, each feature parsed with simdjson straight into
// the layer's columns. GDAL's GeoJSON driver parses the whole file into objects first, which took
// ~20 s for 10^6 hexagons (421 MB).
#include <optional>
#include <string>

#include "core/result.h"
#include "io/vector_reader.h"

namespace bashu {

/// Reads a GeoJSON FeatureCollection file without GDAL, giving what readVectorFile gives through
/// GDAL's GeoJSON driver, feature for feature; nothing when the file holds anything it leaves to
/// GDAL (then readVectorFile opens it with GDAL as before). Left to GDAL: an attribute filter; a
/// file GDAL would not open with its GeoJSON driver or take for a FeatureCollection, or that is not
/// strict JSON; a "crs" other than OGC's CRS84; top-level or feature members other than GeoJSON's
/// own ("bbox" aside); GeometryCollections, empty coordinate arrays, positions of other than 2 or 3
/// numbers or with and without z in one geometry, polygons with a ring not closed (GDAL warns);
/// properties that are objects or arrays, strings that may read as dates or times, a field mixing
/// text with numbers or booleans, integers at or past int64's limits, booleans as "id"; feature
/// ids that are not non-negative integers of one kind (the Feature's "id" on every feature, or an
/// integer "id" property on every feature), or repeat. Fails with readVectorFile's messages when
/// the read is cancelled or the layer asked for is not the file's.
std::optional<Result<VectorFile>> readGeoJsonFast(const std::string& path, const ReadOptions& options);

/// The name GDAL's GeoJSON driver gives the one layer of a FeatureCollection file (its "name", or
/// the file's base name), found without reading the features (GDAL parses them all to say it);
/// nothing where the file is not one GDAL would read as GeoJSON FeatureCollection.
std::optional<std::string> geoJsonLayerName(const std::string& path);

}  // namespace bashu
