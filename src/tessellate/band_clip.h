#pragma once
// Polygons cut into horizontal bands, for the general tessellator: GLU's sweep keeps its active
// edges in a list, so a self-intersecting part of 30,000 vertices took it 0.4 s (time growing with
// the square of the size); cut into bands of about a thousand vertices, each band is quick.
#include <cstdint>
#include <span>
#include <vector>

namespace bashu {

/// The rings of one polygon part (interleaved x, y; ring r ends before vertex ringEnds[r]) clipped
/// to the band lo <= y <= hi, appended to outXY / outEnds in the same form. Inside the band every
/// point is enclosed by the clipped rings exactly as often as by the originals, so the even-odd
/// fill is unchanged there (Sutherland-Hodgman: where a ring leaves the band and comes back it is
/// joined along the band's edge). A crossing with y = lo or y = hi is computed from the original
/// side alone, the same way whichever band asks, so neighbouring bands meet without a crack.
/// Rings left with fewer than 3 vertices are dropped.
void clipRingsToBand(std::span<const double> xy, std::span<const uint32_t> ringEnds, double lo, double hi,
                     std::vector<double>& outXY, std::vector<uint32_t>& outEnds);

}  // namespace bashu
