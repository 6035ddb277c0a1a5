#pragma once
// What the ways of reading a GDAL layer's features share: the layer, the fields asked for, the
// builder the geometry goes to and the options (progress, cancelling).
#include <ogrsf_frmts.h>

#include <string>
#include <vector>

#include "core/attribute_table.h"
#include "core/result.h"
#include "io/layer_builder.h"
#include "io/vector_reader.h"

namespace bashu {

struct LayerRead {
    const std::string& path;
    OGRLayer& source;
    const ReadOptions& options;
    std::vector<int> fieldsRead;  // the layer's field indices read, in the order of `attributes`
    AttributeTable& attributes;   // a column per field read, filled feature by feature
    LayerBuilder& builder;
    size_t total = 0;  // features the driver knows it has without a pass over the file, else 0
    size_t featuresRead = 0;
    std::string failure;  // why reading stopped early, as the driver says; empty if it did not

    /// Reports progress; false when the user cancelled.
    bool progress() const { return !options.progress || options.progress(featuresRead, total); }
};

/// How often (in features) a read reports its progress and checks whether it was cancelled.
constexpr size_t kProgressEvery = 4096;

/// Reads every feature through GDAL's feature API (any driver). Fails only when cancelled.
Status readByFeatures(LayerRead& read);

/// Reads every feature through the layer's Arrow stream where its driver makes one natively
/// (GeoPackage, FlatGeobuf, ...) and the fields read are numbers or text; geometry is decoded
/// from WKB straight into the builder's columns. Returns false, having read nothing, where it
/// cannot, so the caller reads by features instead. Fails only when cancelled; a stream that
/// fails leaves what was read and says why in `failure`.
Result<bool> readByArrowStream(LayerRead& read);

}  // namespace bashu
