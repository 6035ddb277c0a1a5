#include "proj/albers_forward.h"

#include <cmath>
#include <limits>
#include <map>
#include <sstream>

namespace bashu {

namespace {

// PROJ's constants (src/proj_internal.h, src/projections/aea.cpp), so edges behave alike.
constexpr double kDegToRad = 0.017453292519943296;
constexpr double kHalfPi = 1.5707963267948966;
constexpr double kEpsLat = 1e-12;  // PJ_EPS_LAT: latitudes this far past a pole are clamped
constexpr double kEps10 = 1e-10;

// Angles for the sine and cosine table: a turn in 4096 steps, so the remainder is at most
// 0.00077 rad and four terms of each series are exact to rounding.
constexpr int kAngleSteps = 4096;
// Latitudes for the table of the cone's latitude term: half a turn in 8192 steps; cubic
// interpolation is then exact to about 1e-16 of the term.
constexpr int kLatitudeSteps = 8192;

double msfn(double sinphi, double cosphi, double es) {
    return cosphi / std::sqrt(1.0 - es * sinphi * sinphi);
}

// PROJ's adjlon: a longitude brought into -pi..pi.
double adjlon(double longitude) {
    if (std::abs(longitude) < M_PI + 1e-12) return longitude;
    longitude += M_PI;
    longitude -= 2 * M_PI * std::floor(longitude / (2 * M_PI));
    return longitude - M_PI;
}

struct AngleTable {
    double sine[kAngleSteps + 1], cosine[kAngleSteps + 1];
    AngleTable() {
        for (int k = 0; k <= kAngleSteps; ++k) {
            const double angle = -M_PI + 2 * M_PI * k / kAngleSteps;
            sine[k] = std::sin(angle);
            cosine[k] = std::cos(angle);
        }
    }
};

const AngleTable& angles() {
    static const AngleTable table;
    return table;
}

// sin and cos of an angle in -pi..pi: the nearest table angle plus the small rest by series.
void sinCos(double angle, double& s, double& c) {
    const AngleTable& t = angles();
    constexpr double perStep = kAngleSteps / (2 * M_PI);
    const int k = int(std::lround((angle + M_PI) * perStep));
    const double d = angle - (-M_PI + k / perStep);
    const double d2 = d * d;
    const double sd = d * (1 - d2 / 6 * (1 - d2 / 20 * (1 - d2 / 42)));
    const double cd = 1 - d2 / 2 * (1 - d2 / 12 * (1 - d2 / 30));
    s = t.sine[k] * cd + t.cosine[k] * sd;
    c = t.cosine[k] * cd - t.sine[k] * sd;
}

}  // namespace

double AlbersForward::qOf(double phi) const {
    // PROJ's pj_qsfn for the ellipsoid.
    const double sinphi = std::sin(phi), con = e_ * sinphi;
    return oneEs_ * (sinphi / (1.0 - con * con) - (0.5 / e_) * std::log((1.0 - con) / (1.0 + con)));
}

std::optional<AlbersForward> AlbersForward::fromPipeline(const std::string& definition) {
    std::istringstream words(definition);
    std::vector<std::string> tokens;
    for (std::string w; words >> w;) tokens.push_back(w);
    const std::vector<std::string> head = {"proj=pipeline", "step", "proj=unitconvert", "xy_in=deg",
                                           "xy_out=rad",    "step", "proj=aea"};
    if (tokens.size() < head.size() || !std::equal(head.begin(), head.end(), tokens.begin()))
        return std::nullopt;
    std::map<std::string, double> values = {{"lat_0", 0}, {"lon_0", 0}, {"lat_1", 0},
                                            {"lat_2", 0}, {"x_0", 0},   {"y_0", 0}};
    double a = 0, inverseFlattening = 0;
    for (size_t i = head.size(); i < tokens.size(); ++i) {
        const std::string& token = tokens[i];
        const size_t equals = token.find('=');
        if (equals == std::string::npos) return std::nullopt;
        const std::string key = token.substr(0, equals), value = token.substr(equals + 1);
        if (key == "ellps" && (value == "WGS84" || value == "GRS80")) {
            a = 6378137.0;
            inverseFlattening = value == "WGS84" ? 298.257223563 : 298.257222101;
        } else if (key == "units" && value == "m") {
        } else if (values.count(key)) {
            std::istringstream number(value);
            number >> values[key];
            if (!number || !number.eof()) return std::nullopt;
        } else {
            return std::nullopt;  // anything else is PROJ's to do
        }
    }
    if (a == 0) return std::nullopt;

    AlbersForward p;
    p.a_ = a;
    const double f = 1.0 / inverseFlattening;
    p.es_ = f * (2 - f);
    p.e_ = std::sqrt(p.es_);
    p.oneEs_ = 1.0 - p.es_;
    p.lon0_ = values["lon_0"] * kDegToRad;
    p.x0_ = values["x_0"];
    p.y0_ = values["y_0"];
    const double phi0 = values["lat_0"] * kDegToRad, phi1 = values["lat_1"] * kDegToRad,
                 phi2 = values["lat_2"] * kDegToRad;
    if (std::abs(phi1) > kHalfPi || std::abs(phi2) > kHalfPi || std::abs(phi1 + phi2) < kEps10)
        return std::nullopt;
    // The cone, as PROJ's aea setup computes it.
    double sinphi = std::sin(phi1), cosphi = std::cos(phi1);
    const double m1 = msfn(sinphi, cosphi, p.es_), ml1 = p.qOf(phi1);
    p.n_ = sinphi;
    if (std::abs(phi1 - phi2) >= kEps10) {
        sinphi = std::sin(phi2);
        cosphi = std::cos(phi2);
        const double m2 = msfn(sinphi, cosphi, p.es_), ml2 = p.qOf(phi2);
        if (ml2 == ml1) return std::nullopt;
        p.n_ = (m1 * m1 - m2 * m2) / (ml2 - ml1);
    }
    p.c_ = m1 * m1 + p.n_ * ml1;
    p.rho0_ = std::sqrt(p.c_ - p.n_ * p.qOf(phi0)) / p.n_;
    if (!std::isfinite(p.rho0_) || p.n_ == 0) return std::nullopt;

    // c - n q(phi) and its derivative (dq/dphi = 2 (1 - e^2) cos phi / (1 - e^2 sin^2 phi)^2).
    p.step_ = M_PI / kLatitudeSteps;
    p.table_.resize(kLatitudeSteps + 1);
    p.slope_.resize(kLatitudeSteps + 1);
    for (int k = 0; k <= kLatitudeSteps; ++k) {
        const double phi = -kHalfPi + k * p.step_;
        const double s = std::sin(phi), w = 1.0 - p.es_ * s * s;
        p.table_[size_t(k)] = p.c_ - p.n_ * p.qOf(phi);
        p.slope_[size_t(k)] = -p.n_ * 2.0 * p.oneEs_ * std::cos(phi) / (w * w);
    }
    return p;
}

size_t AlbersForward::apply(double* xy, size_t n) const {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inverseStep = 1.0 / step_;
    size_t failed = 0;
    for (size_t i = 0; i < n; ++i) {
        double lam = xy[2 * i] * kDegToRad, phi = xy[2 * i + 1] * kDegToRad;
        // PROJ's checks before projecting: latitudes past a pole, absurd longitudes.
        const double past = std::abs(phi) - kHalfPi;
        if (!(past <= kEpsLat) || !(lam >= -10 && lam <= 10)) {
            xy[2 * i] = xy[2 * i + 1] = nan;
            ++failed;
            continue;
        }
        if (past > 0) phi = phi < 0 ? -kHalfPi : kHalfPi;
        lam = adjlon(lam - lon0_);
        // c - n q(phi) by cubic Hermite interpolation in the table.
        const double position = (phi + kHalfPi) * inverseStep;
        const int k = std::min(int(position), kLatitudeSteps - 1);
        const double t = position - k, t2 = t * t, t3 = t2 * t;
        const double term =
            (2 * t3 - 3 * t2 + 1) * table_[size_t(k)] + (t3 - 2 * t2 + t) * step_ * slope_[size_t(k)] +
            (-2 * t3 + 3 * t2) * table_[size_t(k) + 1] + (t3 - t2) * step_ * slope_[size_t(k) + 1];
        if (term < 0) {
            xy[2 * i] = xy[2 * i + 1] = nan;
            ++failed;
            continue;
        }
        const double rho = std::sqrt(term) / n_;
        double s, c;
        sinCos(lam * n_, s, c);
        xy[2 * i] = a_ * (rho * s) + x0_;
        xy[2 * i + 1] = a_ * (rho0_ - rho * c) + y0_;
    }
    return failed;
}

}  // namespace bashu
