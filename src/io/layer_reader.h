#pragma once
// Reading one layer of an opened GDAL dataset into core layers.
#include <ogrsf_frmts.h>

#include <string>
#include <vector>

#include "core/layer.h"
#include "core/result.h"
#include "io/vector_reader.h"

namespace bashu {

/// The layer as read, or where its features mix geometry kinds one layer per kind
/// (kind_layers.h). `path` is the file it comes from, named in messages. Fails on a filter the
/// driver refuses, on a read that fails before any feature passed, and when cancelled.
Result<std::vector<Layer>> readLayer(const std::string& path, OGRLayer& source, const ReadOptions& options);

}  // namespace bashu
