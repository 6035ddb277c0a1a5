#pragma once
// Spatial weights in GeoDa's text files, so weights made here open in GeoDa, PySAL or R and back:
// .gal lists each unit's neighbours (binary), .gwt each weighted pair. Units are named by a key
// field's values, as GeoDa's header says ("0 49 columbus POLYID").
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "spatial/spatial_weights.h"

namespace bashu {

/// The .gal text of `weights` (weights other than 1 are not kept: .gal is binary), units named by
/// `ids` (one per unit, no spaces); `layer` and `key` go in the header.
std::string galText(const SpatialWeights& weights, const std::vector<std::string>& ids,
                    std::string_view layer, std::string_view key);

/// The .gwt text: one "from to weight" line per neighbour.
std::string gwtText(const SpatialWeights& weights, const std::vector<std::string>& ids,
                    std::string_view layer, std::string_view key);

/// Weights read from a .gal or .gwt file's text (`fileName` says which, by its extension, and
/// names the file in errors), its units matched to `ids`, the values of the field `key` (a header
/// naming another key field is an error: the units would be matched to the wrong ones). Errors
/// name the file, the line and what is wrong: a unit not in the layer or listed twice, a unit its
/// own neighbour, a count that does not match, a weight that is not a number of 0 or more.
Result<SpatialWeights> readWeightsFile(std::string_view text, std::string_view fileName,
                                       const std::vector<std::string>& ids, std::string_view key);

}  // namespace bashu
