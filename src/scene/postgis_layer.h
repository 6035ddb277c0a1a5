#pragma once
// A document's layer whose source is a PostGIS connection, read through the postgis module: the
// session opened, the relation described, its features read with the layer's filter.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/layer.h"
#include "core/map_document.h"
#include "core/result.h"

namespace bashu {

/// The layer's features (only `fields` and the key where given), its name the spec's. Fails with
/// one message naming the connection and the problem (down, refused, no such table, a filter it
/// cannot read); `progress` returning false cancels with "loading cancelled".
Result<Layer> readPostgisLayer(const LayerSpec& spec, const std::optional<std::vector<std::string>>& fields,
                               const std::function<bool(size_t rows)>& progress);

}  // namespace bashu
