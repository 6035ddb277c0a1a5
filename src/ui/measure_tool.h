#pragma once
// Measuring on the map, as planners do between sites and over plots: a distance along a path or
// the area of a polygon, on the ellipsoid (proj/geodesic_measure.h) whatever the map's
// projection, in m/km and m²/km²/公顷/亩. M starts a distance, Shift+M an area (or View >
// Measure); each click adds a point, a second click on the last point or Enter finishes,
// Backspace takes the last point back, Esc ends. The figures are drawn on the map.
#include <array>
#include <string>
#include <vector>

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

struct MeasureState {
    enum class Mode { Off, Distance, Area } mode = Mode::Off;
    std::vector<std::array<double, 2>> points;  // map CRS
    bool finished = false;                      // complete: shown until Esc or a new measure
    double lastClick = -1.0;                    // ImGui's clock: a second click on the last point finishes
};

/// Starts measuring a distance or an area (a new measure replaces the last).
void startMeasure(MapViewState& state, MeasureState::Mode mode);

/// Takes this frame's keys and click while measuring; call before inspection (a click adds a
/// point, it does not select).
void takeMeasureInput(MapViewState& state);

/// The path or polygon, the pointer's next leg while not finished, and the figures.
void drawMeasure(const MapViewState& state);

/// What is measured, in words: "12.35 km"; "5,600 m² · 0.56 公顷 · 8.40 亩" (to the metre or
/// the hundredth, unlike the scale bar's round lengths: carto/scale_bar.h).
std::string formatMeasuredLength(double metres);
std::string formatMeasuredArea(double squareMetres);

/// The figures of the measure now (the pointer's point counts while not finished): empty when
/// there is nothing to measure yet.
std::string measureText(const MapViewState& state);

}  // namespace bashu
