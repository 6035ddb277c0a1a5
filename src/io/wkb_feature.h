#pragma once
// One feature's WKB geometry added to a layer being built: decoded in place where it is a simple
// type (wkb_decoder.h), read by GDAL's parser otherwise (collections, curves). GDAL's Arrow
// batches and PostGIS rows carry geometry alike.
#include <cstdint>
#include <optional>
#include <span>

#include "core/extent.h"
#include "io/layer_builder.h"

namespace bashu {

/// The box of a feature's WKB geometry, of any type GDAL reads (a simple one without GDAL's
/// objects, wkb_decoder.h); none for null, empty or unreadable bytes.
std::optional<Extent> wkbFeatureExtent(std::span<const uint8_t> wkb);

/// Ends the feature `fid` in `builder` with the geometry `wkb` holds: a shape of its kind, or
/// null, empty, another kind than the layer's or non-finite coordinates as the builder counts them.
void addWkbFeature(std::span<const uint8_t> wkb, int64_t fid, LayerBuilder& builder);

}  // namespace bashu
