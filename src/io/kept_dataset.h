#pragma once
// The dataset listLayerNames opened last, kept for the read that usually follows (naming a file's
// layers, then reading them): GDAL parses a JSON or TopoJSON file whole at every opening (the 10 m
// world atlas: 0.45 s each time).
#include <gdal_priv.h>

#include "core/data_path.h"

namespace bashu {

/// Keeps `dataset` in place of the one kept before, where `path` is a local regular file (the
/// file's size and time are the key beside its path); otherwise lets it close.
void keepDataset(const DataPath& path, GDALDatasetUniquePtr dataset);

/// The kept dataset, taken, where it was opened from the same file (however the path is written)
/// and the file has not changed since; otherwise null.
GDALDatasetUniquePtr takeKeptDataset(const DataPath& path);

}  // namespace bashu
