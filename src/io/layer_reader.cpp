#include "io/layer_reader.h"

#include <algorithm>

#include "core/text_encoding.h"
#include "io/gdal_errors.h"
#include "io/kind_layers.h"
#include "io/layer_builder.h"
#include "io/layer_crs.h"
#include "io/layer_fields.h"
#include "io/layer_read.h"
#include "io/ogr_geometry.h"

namespace bashu {

namespace {

// A layer's messages name the file and the layer: "path: layer 'name': ...".
std::string layerError(const std::string& path, const Layer& layer, const std::string& what) {
    return path + ": layer '" + layer.name + "': " + what;
}

std::string invalidFilter(const ReadOptions& options) {
    return "invalid filter '" + options.attributeFilter + "': ";
}

// Most drivers check a filter when it is set; the others do when reading (reportReadFailure).
Status applyAttributeFilter(const std::string& path, OGRLayer& source, const ReadOptions& options,
                            const Layer& layer) {
    if (options.attributeFilter.empty()) return Ok{};
    ScopedGdalErrorCapture errors;
    if (source.SetAttributeFilter(options.attributeFilter.c_str()) != OGRERR_NONE)
        return Error{layerError(path, layer, invalidFilter(options) + errors.lastError())};
    return Ok{};
}

// A layer without a geometry field is a table. Not a warning: a table read to be joined is as it
// should be. A table where a layer to draw was asked for is warned of by whoever asked.
void markIfTable(OGRLayer& source, Layer& layer) {
    layer.isTable = source.GetLayerDefn()->GetGeomFieldCount() == 0;
    if (layer.isTable)
        layer.report.nothingToDraw =
            "a table without geometry, nothing to draw; join it to a layer instead (a map document's "
            "\"join\")";
}

// The feature count only where the driver knows it without a pass over the file (FALSE: no
// forced count), for progress; else 0.
size_t knownFeatureCount(OGRLayer& source) {
    const GIntBig counted = source.GetFeatureCount(FALSE);
    return counted > 0 ? size_t(counted) : 0;
}

// Through the driver's Arrow stream where it makes one, else one feature at a time.
Status readFeatures(LayerRead& read) {
    Result<bool> byArrow = readByArrowStream(read);
    if (!byArrow) return byArrow.error();
    if (*byArrow) return Ok{};
    return readByFeatures(read);
}

// Columns grow by doubling while read; a layer keeps them for as long as it is shown.
void shrinkColumns(AttributeTable& attributes) {
    for (Column& column : attributes.columns) {
        column.numbers.shrink_to_fit();
        column.strings.shrink_to_fit();
        column.valid.shrink_to_fit();
    }
}

// A failure while reading is the layer's error where no feature was read (drivers that check a
// filter only when reading, GeoPackage, ..., fail here), else a warning beside what was read.
Status reportReadFailure(const std::string& path, const ReadOptions& options, const std::string& failure,
                         Layer& layer) {
    if (failure.empty()) return Ok{};
    if (layer.report.featuresRead == 0)
        return Error{layerError(path, layer,
                                (options.attributeFilter.empty() ? "" : invalidFilter(options)) + failure)};
    layer.report.warn("error while reading: " + failure);
    return Ok{};
}

// A filtered layer that read nothing may still hold features: none passed the filter, which
// "nothing to draw" then says instead.
void blameFilterForEmptiness(const ReadOptions& options, Layer& layer) {
    LoadReport& report = layer.report;
    if (report.featuresRead != 0 || layer.isTable || options.attributeFilter.empty()) return;
    const std::string becauseOfFilter =
        "no geometries to draw: no feature matches the filter '" + options.attributeFilter + "'";
    std::replace(report.warnings.begin(), report.warnings.end(), report.nothingToDraw, becauseOfFilter);
    report.nothingToDraw = becauseOfFilter;
}

void addGdalWarnings(const std::vector<std::string>& warnings, LoadReport& report) {
    for (const std::string& w : warnings)
        // Said by the layer builder, feature by feature, as closed (GDAL suggests an option).
        if (w.rfind("Non closed ring detected", 0) != 0) report.warn(w);
}

// Text in UTF-8, one layer per geometry kind, each with its CRS.
std::vector<Layer> finishLayer(Layer layer, std::vector<KindShare> shares, OGRLayer& source) {
    // A Shapefile's .cpg or DBF header may name an encoding that GDAL has converted from already.
    const char* declaredEncoding = source.GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE");
    makeTextUtf8(layer, declaredEncoding ? declaredEncoding : "");
    std::vector<Layer> layers = splitByKind(std::move(layer), std::move(shares));
    // Each of its own geometry: a CRS of longitude/latitude is checked against its coordinates.
    for (Layer& each : layers) assignCrs(each, source.GetSpatialRef());
    return layers;
}

}  // namespace

Result<std::vector<Layer>> readLayer(const std::string& path, OGRLayer& source, const ReadOptions& options) {
    Layer layer;
    layer.name = source.GetName();
    layer.sourcePath = path;
    if (Status filtered = applyAttributeFilter(path, source, options, layer); !filtered)
        return filtered.error();
    std::vector<int> fieldsRead = chooseFields(source, options, layer.attributes);
    markIfTable(source, layer);

    // GDAL's own messages from here on: its warnings while reading are the layer's.
    ScopedGdalErrorCapture errors;
    // A layer that declares no single kind is read into one column per kind in this same pass,
    // each a layer of its own at the end where more than one holds features.
    LayerBuilder builder(layer.report, kindOfType(source.GetGeomType()), !layer.isTable, options.validate);
    LayerRead read{
        path, source, options, std::move(fieldsRead), layer.attributes, builder, knownFeatureCount(source),
        0,    {}};
    if (Status status = readFeatures(read); !status) return status.error();
    layer.report.featuresRead = read.featuresRead;
    std::vector<KindShare> shares = builder.finish();
    shrinkColumns(layer.attributes);

    const std::string& failure = read.failure.empty() ? errors.lastError() : read.failure;
    if (Status status = reportReadFailure(path, options, failure, layer); !status) return status.error();
    blameFilterForEmptiness(options, layer);
    addGdalWarnings(errors.warnings(), layer.report);
    return finishLayer(std::move(layer), std::move(shares), source);
}

}  // namespace bashu
