#include "core/seam_cut.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <vector>

namespace bashu {

namespace {

constexpr double kOnSeam = 1e-9;   // degrees from +-180 that count as on it
constexpr double kSliver = 1e-12;  // square degrees: a cut piece this small is a rounding sliver
// Degrees kept between a cut and the seam, so that a projection normalising longitudes puts
// each side's cut edge at its own edge of the map, not at the other (about a centimetre).
constexpr double kInside = 1e-7;

struct Pt {
    double x, y;
};

bool onDataSeam(double lon) { return std::abs(std::abs(lon) - 180.0) <= kOnSeam; }

// Whether a ring or line is read the short way round (seam_cut.h): it has an edge longer than
// 180 degrees that does not run from +-180 to -+180; or it has only such edges, and all its other
// vertices lie on one side (an island east of 180 whose shore along it is written 180 and -180),
// or read the short way it goes round a pole (Antarctica in the 110 m world atlas, whose
// coast from -180 to 180 is closed by an edge from 180 to -180).
bool readShortWay(std::span<const double> v) {
    bool alongSeam = false;
    for (size_t i = 2; i < v.size(); i += 2) {
        const double a = v[i - 2], b = v[i];
        if (std::abs(b - a) <= 180.0) continue;
        if (!onDataSeam(a) || !onDataSeam(b)) return true;
        alongSeam = true;
    }
    if (!alongSeam) return false;
    bool east = false, west = false;
    for (size_t i = 0; i < v.size(); i += 2)
        if (!onDataSeam(v[i])) (v[i] > 0.0 ? east : west) = true;
    if (east != west) return true;
    const bool closed = v.size() >= 4 && v[0] == v[v.size() - 2] && v[1] == v[v.size() - 1];
    if (!closed || !(east && west)) return false;  // a world's outline, all on +-180, as written
    double turn = 0.0;
    for (size_t i = 2; i < v.size(); i += 2) turn += std::remainder(v[i] - v[i - 2], 360.0);
    return std::abs(turn) > 180.0;
}

// Whether a ring or line must be cut or moved: read the short way, or reaching past the map's
// western or eastern edge (`west`, `west` + 360) as written.
bool needsWork(std::span<const double> v, double west) {
    if (v.empty()) return false;
    double lo = v[0], hi = v[0];
    for (size_t i = 2; i < v.size(); i += 2) {
        lo = std::min(lo, v[i]);
        hi = std::max(hi, v[i]);
    }
    if (lo < west - kOnSeam || hi > west + 360.0 + kOnSeam) return true;
    // Only a ring reaching over half the globe can hold an edge longer than 180 degrees.
    return hi - lo > 180.0 && readShortWay(v);
}

// The vertices with longitudes made continuous: each edge the short way round where the ring or
// line is read so (seam_cut.h), as written otherwise.
void unwrap(std::span<const double> v, std::vector<Pt>& out) {
    out.clear();
    if (v.empty()) return;
    const bool shortWay = readShortWay(v);
    double x = v[0];
    out.push_back({x, v[1]});
    for (size_t i = 2; i < v.size(); i += 2) {
        const double step = v[i] - v[i - 2];
        x += shortWay ? std::remainder(step, 360.0) : step;
        out.push_back({x, v[i + 1]});
    }
}

// A closed ring as an open one (no repeated first vertex). A ring that went once round a pole
// ends 360 degrees from where it began: it is started again where it crosses a map edge (`west`
// + 360k) and closed along that pole (at latitude +-`poleLatitude`), so that the edges closing it
// lie on the map's edges, and true returned.
bool closeRing(std::vector<Pt>& ring, double west, double poleLatitude) {
    if (ring.size() < 2) return false;
    const Pt first = ring.front(), last = ring.back();
    const double turn = last.x - first.x;
    if (std::abs(turn) <= 180.0) {
        if (std::abs(turn) <= kOnSeam && std::abs(last.y - first.y) <= kOnSeam) ring.pop_back();
        return false;
    }
    double latitudes = 0.0;
    for (const Pt& p : ring) latitudes += p.y;
    const double pole = latitudes >= 0.0 ? poleLatitude : -poleLatitude;
    // The first map edge the ring reaches, going its way round, and where it crosses it.
    const double edge = turn > 0.0 ? west + 360.0 * std::ceil((first.x - west) / 360.0)
                                   : west + 360.0 * std::floor((first.x - west) / 360.0);
    size_t i = 0;
    while (i + 2 < ring.size() &&
           !((ring[i].x - edge) * (ring[i + 1].x - edge) <= 0.0 && ring[i + 1].x != edge))
        ++i;
    const Pt a = ring[i], b = ring[i + 1];
    const Pt start = a.x == b.x ? a : Pt{edge, a.y + (edge - a.x) / (b.x - a.x) * (b.y - a.y)};
    std::vector<Pt> rotated{start};
    rotated.insert(rotated.end(), ring.begin() + long(i) + 1, ring.end());
    for (size_t j = 1; j <= i; ++j) rotated.push_back({ring[j].x + turn, ring[j].y});
    rotated.push_back({start.x + turn, start.y});
    rotated.push_back({start.x + turn, pole});
    rotated.push_back({start.x, pole});
    ring = std::move(rotated);
    return true;
}

class SeamCutter {
public:
    SeamCutter(double west, double poleLatitude, SeamCut& stats)
        : west_(west), poleLatitude_(poleLatitude), stats_(stats) {}

    // The pieces of one polygon part (rings [first, last) of `from`) into `to`, one part per
    // sheet of the globe they reach.
    void cutPolygonPart(const GeometryColumn& from, size_t firstRing, size_t lastRing, GeometryColumn& to) {
        rings_.resize(lastRing - firstRing);
        long firstSheet = 0, lastSheet = -1;
        for (size_t r = firstRing; r < lastRing; ++r) {
            std::vector<Pt>& ring = rings_[r - firstRing];
            unwrap(from.ring(r), ring);
            if (closeRing(ring, west_, poleLatitude_)) ++stats_.polarRings;
            if (r == firstRing) sheetsOf(ring, firstSheet, lastSheet);
        }
        for (long k = firstSheet; k <= lastSheet; ++k) {
            bool outer = true;
            for (const std::vector<Pt>& ring : rings_) {
                clipToSheet(ring, k);
                if (clipped_.size() < 3 || std::abs(area(clipped_)) < kSliver) {
                    if (outer) break;  // nothing of this part on this sheet; its holes neither
                    continue;
                }
                emitRing(clipped_, k, /*close=*/true, to);
                outer = false;
            }
            if (!outer) to.endPart();
        }
    }

    // The pieces of one line into `to`, a part for each stretch on one sheet of the globe.
    void cutLine(std::span<const double> v, GeometryColumn& to) {
        rings_.resize(1);
        unwrap(v, rings_[0]);
        long firstSheet = 0, lastSheet = -1;
        sheetsOf(rings_[0], firstSheet, lastSheet);
        for (long k = firstSheet; k <= lastSheet; ++k) clipLineToSheet(rings_[0], k, to);
    }

private:
    // The sheets of the globe (sheet k: longitudes west + 360k to west + 360(k + 1)) that the
    // points reach into by more than a rounding error.
    void sheetsOf(const std::vector<Pt>& pts, long& first, long& last) const {
        if (pts.empty()) {
            first = 0, last = -1;
            return;
        }
        double lo = pts[0].x, hi = pts[0].x;
        for (const Pt& p : pts) lo = std::min(lo, p.x), hi = std::max(hi, p.x);
        first = long(std::floor((lo - west_ + kOnSeam) / 360.0));
        last = std::max(first, long(std::ceil((hi - west_ - kOnSeam) / 360.0)) - 1);
    }

    // Sutherland-Hodgman against one meridian: keeps the side east (or west) of `bound`.
    static void clipAgainst(const std::vector<Pt>& in, std::vector<Pt>& out, double bound, bool keepEast) {
        out.clear();
        const size_t n = in.size();
        for (size_t i = 0; i < n; ++i) {
            const Pt& a = in[(i + n - 1) % n];
            const Pt& b = in[i];
            const bool aIn = keepEast ? a.x >= bound : a.x <= bound;
            const bool bIn = keepEast ? b.x >= bound : b.x <= bound;
            if (aIn != bIn) out.push_back(crossing(a, b, bound));
            if (bIn) out.push_back(b);
        }
    }

    static Pt crossing(const Pt& a, const Pt& b, double x) {
        const double t = (x - a.x) / (b.x - a.x);
        return {x, a.y + t * (b.y - a.y)};
    }

    // The part of an (open) ring on sheet k, in clipped_: where it crosses in and out of the
    // sheet more than once, its pieces are joined along the sheet's edge, which encloses nothing.
    void clipToSheet(const std::vector<Pt>& ring, long k) {
        const double lo = west_ + 360.0 * double(k), hi = lo + 360.0;
        clipAgainst(ring, scratch_, lo, true);
        clipAgainst(scratch_, clipped_, hi, false);
    }

    void clipLineToSheet(const std::vector<Pt>& line, long k, GeometryColumn& to) {
        const double lo = west_ + 360.0 * double(k), hi = lo + 360.0;
        clipped_.clear();
        auto endRun = [&] {
            if (clipped_.size() >= 2) {
                emitRing(clipped_, k, /*close=*/false, to);
                to.endPart();
            }
            clipped_.clear();
        };
        for (size_t i = 1; i < line.size(); ++i) {
            const Pt a = line[i - 1], b = line[i];
            // The stretch t0..t1 of the edge inside lo..hi (Liang-Barsky along x).
            double t0 = 0.0, t1 = 1.0;
            const double dx = b.x - a.x;
            if (dx == 0.0) {
                if (a.x < lo || a.x > hi) t0 = 1.0, t1 = 0.0;
            } else {
                const double tLo = (lo - a.x) / dx, tHi = (hi - a.x) / dx;
                t0 = std::max(t0, std::min(tLo, tHi));
                t1 = std::min(t1, std::max(tLo, tHi));
            }
            if (t0 > t1) {
                endRun();
                continue;
            }
            const Pt p0{a.x + t0 * dx, a.y + t0 * (b.y - a.y)}, p1{a.x + t1 * dx, a.y + t1 * (b.y - a.y)};
            if (t0 > 0.0 || clipped_.empty()) {
                endRun();
                clipped_.push_back(p0);
            }
            clipped_.push_back(p1);
            if (t1 < 1.0) endRun();
        }
        endRun();
    }

    // Vertices moved from sheet k to the map's sheet, kept a hair inside its edges.
    void emitRing(const std::vector<Pt>& pts, long k, bool close, GeometryColumn& to) const {
        const double shift = 360.0 * double(k);
        const double lo = west_ + kInside, hi = west_ + 360.0 - kInside;
        for (const Pt& p : pts) to.addVertex(std::clamp(p.x - shift, lo, hi), p.y);
        if (close) to.addVertex(std::clamp(pts.front().x - shift, lo, hi), pts.front().y);
        to.endRing();
    }

    static double area(const std::vector<Pt>& ring) {
        double twice = 0.0;
        for (size_t i = 0, n = ring.size(); i < n; ++i) {
            const Pt& a = ring[i];
            const Pt& b = ring[(i + 1) % n];
            twice += (a.x - ring[0].x) * (b.y - ring[0].y) - (b.x - ring[0].x) * (a.y - ring[0].y);
        }
        return twice / 2.0;
    }

    double west_;
    double poleLatitude_;
    SeamCut& stats_;
    std::vector<std::vector<Pt>> rings_;
    std::vector<Pt> scratch_, clipped_;
};

}  // namespace

SeamCut cutAtSeam(GeometryColumn& geometry, double centralMeridian, double poleLatitude) {
    SeamCut stats;
    if (geometry.kind == GeometryKind::Point) return stats;
    const double west = centralMeridian - 180.0;
    std::vector<bool> ringNeedsWork(geometry.ringCount());
    bool any = false;
    for (size_t r = 0; r < geometry.ringCount(); ++r)
        if (needsWork(geometry.ring(r), west)) ringNeedsWork[r] = any = true;
    if (!any) return stats;

    GeometryColumn cut;
    cut.kind = geometry.kind;
    cut.xy.reserve(geometry.xy.size() + geometry.xy.size() / 8);
    SeamCutter cutter(west, poleLatitude, stats);
    for (size_t f = 0; f < geometry.featureCount(); ++f) {
        bool featureCut = false;
        for (size_t p = geometry.featureOffsets[f]; p < geometry.featureOffsets[f + 1]; ++p) {
            const size_t firstRing = geometry.partOffsets[p], lastRing = geometry.partOffsets[p + 1];
            bool partNeedsWork = false;
            for (size_t r = firstRing; r < lastRing; ++r) partNeedsWork = partNeedsWork || ringNeedsWork[r];
            featureCut = featureCut || partNeedsWork;
            if (!partNeedsWork) {
                for (size_t r = firstRing; r < lastRing; ++r) {
                    const std::span<const double> ring = geometry.ring(r);
                    cut.xy.insert(cut.xy.end(), ring.begin(), ring.end());
                    cut.endRing();
                }
                cut.endPart();
            } else if (geometry.kind == GeometryKind::Polygon) {
                cutter.cutPolygonPart(geometry, firstRing, lastRing, cut);
            } else {
                for (size_t r = firstRing; r < lastRing; ++r) cutter.cutLine(geometry.ring(r), cut);
            }
        }
        cut.endFeature();
        if (featureCut) ++stats.featuresCut;
    }
    geometry = std::move(cut);
    return stats;
}

std::optional<GeometryColumn> unwrappedForChecking(const GeometryColumn& geometry) {
    if (geometry.kind != GeometryKind::Polygon) return std::nullopt;
    const Extent e = geometry.extent();
    if (e.empty() || e.minX < -180.0 - kOnSeam || e.maxX > 180.0 + kOnSeam || e.minY < -90.0 || e.maxY > 90.0)
        return std::nullopt;
    auto shortWay = [&](size_t r) {
        const std::span<const double> v = geometry.ring(r);
        double lo = 180.0, hi = -180.0;
        for (size_t i = 0; i < v.size(); i += 2) lo = std::min(lo, v[i]), hi = std::max(hi, v[i]);
        return hi - lo > 180.0 && readShortWay(v);
    };
    size_t first = 0;
    while (first < geometry.ringCount() && !shortWay(first)) ++first;
    if (first == geometry.ringCount()) return std::nullopt;

    GeometryColumn out;
    out.kind = geometry.kind;
    out.partOffsets = geometry.partOffsets;
    out.featureOffsets = geometry.featureOffsets;
    out.xy.reserve(geometry.xy.size() + 64);
    std::vector<Pt> ring;
    for (size_t p = 0; p < geometry.partCount(); ++p) {
        // The part's rings on the same turn of the globe as its outer ring's first vertex.
        double outerStart = 0.0;
        for (size_t r = geometry.partOffsets[p]; r < geometry.partOffsets[p + 1]; ++r) {
            if (r < first || !shortWay(r)) {
                const std::span<const double> v = geometry.ring(r);
                ring.clear();
                for (size_t i = 0; i < v.size(); i += 2) ring.push_back({v[i], v[i + 1]});
            } else {
                unwrap(geometry.ring(r), ring);
                if (closeRing(ring, -180.0, 90.0)) ring.push_back(ring.front());
            }
            if (ring.empty()) {
                out.endRing();
                continue;
            }
            if (r == geometry.partOffsets[p]) outerStart = ring.front().x;
            const double shift = 360.0 * std::round((outerStart - ring.front().x) / 360.0);
            for (const Pt& q : ring) out.addVertex(q.x + shift, q.y);
            out.endRing();
        }
    }
    return out;
}

}  // namespace bashu
