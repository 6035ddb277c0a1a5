#pragma once
#include "ui/map_view_state.h"

#include <utility>

namespace bashu {

/// The legend of each visible classified layer (class colours, ranges and feature counts), at the
/// bottom right of the map's area. Returns the panel's width and height (window coordinates;
/// zero when collapsed to its title bar or empty), what fits keep the map clear of.
std::pair<float, float> drawLegendPanel(const MapViewState& state);

}  // namespace bashu
