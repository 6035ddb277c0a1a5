#pragma once
// The stretch of longitudes a dataset covers, going round the globe the short way: Fiji, Chukotka
// or the Aleutians lie across the antimeridian, where -179 and 179 are neighbours, not 358 apart.
#include <vector>

namespace bashu {

/// West and east edge in degrees, with `east` possibly past 180 (west 177, east 182 for data
/// either side of the antimeridian); west <= east, and east - west < 360.
struct LongitudeSpan {
    double west = 0.0, east = 0.0;
    double center() const { return (west + east) / 2.0; }
};

/// The narrowest span holding all the longitudes: the complement of the widest stretch of the
/// globe with no data. Data spread round the whole globe (no gap wider than 60 degrees) keeps
/// the usual -180..180 reading, as a world map would. Longitudes need not be normalised.
LongitudeSpan longitudeSpan(const std::vector<double>& longitudes);

}  // namespace bashu
