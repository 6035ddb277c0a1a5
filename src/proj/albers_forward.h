#pragma once
// The map's own projection done fast: the Albers equal-area conic that bashu fits to the data,
// forward from longitude/latitude in degrees on the same ellipsoid. PROJ's pipeline spends about
// 80 ns a point on it (10^7 vertices: a second of CPU); this evaluates the same formulas in about
// a tenth of that, from a table of the latitude term and exact angle sums. Transform uses it only
// where PROJ's own pipeline is exactly this conversion and both agree on sample points.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace bashu {

class AlbersForward {
public:
    /// The conversion a PROJ pipeline definition describes (proj_pj_info's `definition`), when it
    /// is exactly "degrees to radians, then aea on the WGS84 or GRS80 ellipsoid"; nothing else.
    static std::optional<AlbersForward> fromPipeline(const std::string& definition);

    /// Projects interleaved longitude, latitude pairs (degrees) in place, as PROJ would: points
    /// past a pole, or outside the cone's reach, become NaN and are counted.
    size_t apply(double* xy, size_t n) const;

private:
    AlbersForward() = default;
    double qOf(double phi) const;  // PROJ's qsfn(sin phi): the latitude term of the conic

    double a_ = 0, e_ = 0, es_ = 0, oneEs_ = 0;  // ellipsoid: semi-major axis, eccentricity
    double lon0_ = 0, x0_ = 0, y0_ = 0;          // centre (radians) and false origin (metres)
    double n_ = 0, c_ = 0, rho0_ = 0;            // the cone (PROJ's names)
    // c - n q(phi) at phi = -pi/2 + k h, with its derivative, for cubic Hermite interpolation.
    std::vector<double> table_, slope_;
    double step_ = 0;
};

}  // namespace bashu
