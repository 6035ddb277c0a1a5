#pragma once
// A loaded vector layer: geometry, attributes, its CRS and what happened while loading it.
#include <cstdint>
#include <string>
#include <vector>

#include "core/attribute_table.h"
#include "core/geometry.h"

namespace bashu {

/// What loading a layer did beyond reading: repairs, skips and assumptions, with reasons.
struct LoadReport {
    size_t featuresRead = 0;
    size_t nullGeometries = 0;          // features without geometry (kept, drawn as nothing)
    size_t emptyGeometries = 0;         // features with an empty geometry (kept, drawn as nothing)
    size_t invalidGeometries = 0;       // invalid polygons (polygon_validity.h), kept and drawn as read
    size_t skipped = 0;                 // features whose geometry could not be used (kept without geometry)
    size_t ringsClosed = 0;             // polygon rings not closed, closed by repeating their first position
    size_t merged = 0;                  // features under a pixel left out of a read of a database layer,
                                        // another in their pixel drawn for them (postgis/pg_reader.h)
    int overviewCells = 0;              // read from its table's overview level of this many cells
                                        // across (postgis/pg_overview.h); 0: from the table
    std::vector<std::string> warnings;  // one line each, for stderr or the GUI
    std::string textEncoding;           // how text was decoded when not plain UTF-8; empty if it was
    std::string crsProblem;             // why the layer has no usable CRS (also among the warnings)
    std::string nothingToDraw;          // why no feature has a geometry to draw (also among the
                                        // warnings); empty when some feature has one

    void warn(std::string message) { warnings.push_back(std::move(message)); }
};

struct Layer {
    std::string name;        // layer name as the source names it
    std::string sourcePath;  // file it came from
    std::string crs;         // source CRS as WKT (or a PROJ-readable definition)
    std::string crsName;     // human-readable CRS name
    int epsg = 0;            // EPSG code where known, else 0
    bool isTable = false;    // the source has no geometry field (e.g. a CSV of indicators)
    GeometryColumn geometry;
    AttributeTable attributes;
    LoadReport report;
    // For the layer of one geometry kind made of a file's layer that mixes kinds ("roads (lines)"):
    // each feature's index among that layer's features, so the window names a feature as the
    // file numbers it. Empty where the two are the same.
    std::vector<uint32_t> fileFeatures;

    size_t featureCount() const { return geometry.featureCount(); }
    /// The index a feature has among the features of the file's layer it was read from.
    size_t fileFeature(size_t feature) const {
        return fileFeatures.empty() ? feature : fileFeatures[feature];
    }
};

}  // namespace bashu
