#include "core/polygon_validity.h"

#include <algorithm>
#include <cmath>
#include <span>

#include "core/run_on_threads.h"

namespace bashu {

namespace {

struct Point {
    double x, y;
};

bool operator==(Point a, Point b) { return a.x == b.x && a.y == b.y; }

// A side of a ring, between consecutive distinct vertices (the last one closes the ring).
struct Segment {
    Point a, b;
    uint32_t ring;                        // ring of the feature (0-based within it)
    uint32_t index;                       // side within its ring
    uint32_t sides;                       // sides of its ring
    double lowX_, highX_, lowY_, highY_;  // its box, computed once: every comparison needs it

    Segment(Point from, Point to, uint32_t r, uint32_t i, uint32_t n)
        : a(from),
          b(to),
          ring(r),
          index(i),
          sides(n),
          lowX_(std::min(from.x, to.x)),
          highX_(std::max(from.x, to.x)),
          lowY_(std::min(from.y, to.y)),
          highY_(std::max(from.y, to.y)) {}
    double lowX() const { return lowX_; }
    double highX() const { return highX_; }
    double lowY() const { return lowY_; }
    double highY() const { return highY_; }
};

// Twice the signed area of a, b, c: > 0 when c is left of a -> b, 0 when collinear.
double orient(Point a, Point b, Point c) { return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x); }

bool boxesMeet(const Segment& s, const Segment& t) {
    return s.lowX() <= t.highX() && t.lowX() <= s.highX() && s.lowY() <= t.highY() && t.lowY() <= s.highY();
}

enum class Meeting { None, Touch, Cross, Overlap };

// How two segments meet: crossing at a point inside both, overlapping along a stretch, touching
// (an end of one on the other), or not at all.
Meeting meet(const Segment& s, const Segment& t, Point& where) {
    if (!boxesMeet(s, t)) return Meeting::None;
    const double d1 = orient(s.a, s.b, t.a), d2 = orient(s.a, s.b, t.b);
    const double d3 = orient(t.a, t.b, s.a), d4 = orient(t.a, t.b, s.b);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
        const double f = d3 / (d3 - d4);
        where = {s.a.x + f * (s.b.x - s.a.x), s.a.y + f * (s.b.y - s.a.y)};
        return Meeting::Cross;
    }
    if (d1 == 0 && d2 == 0 && d3 == 0 && d4 == 0) {
        // Collinear: compare their spans along the longer axis of s.
        const bool alongX = std::abs(s.b.x - s.a.x) >= std::abs(s.b.y - s.a.y);
        auto at = [alongX](Point p) { return alongX ? p.x : p.y; };
        const double lo = std::max(std::min(at(s.a), at(s.b)), std::min(at(t.a), at(t.b)));
        const double hi = std::min(std::max(at(s.a), at(s.b)), std::max(at(t.a), at(t.b)));
        if (lo > hi) return Meeting::None;
        where = alongX ? (at(s.a) == lo   ? s.a
                          : at(s.b) == lo ? s.b
                          : at(t.a) == lo ? t.a
                                          : t.b)
                       : (at(s.a) == lo   ? s.a
                          : at(s.b) == lo ? s.b
                          : at(t.a) == lo ? t.a
                                          : t.b);
        return lo < hi ? Meeting::Overlap : Meeting::Touch;
    }
    // An end of one lying on the other (the boxes already meet, so collinear means on it).
    auto onSegment = [](const Segment& seg, Point p) {
        return p.x >= seg.lowX() && p.x <= seg.highX() && p.y >= seg.lowY() && p.y <= seg.highY();
    };
    if (d1 == 0 && onSegment(s, t.a)) return where = t.a, Meeting::Touch;
    if (d2 == 0 && onSegment(s, t.b)) return where = t.b, Meeting::Touch;
    if (d3 == 0 && onSegment(t, s.a)) return where = s.a, Meeting::Touch;
    if (d4 == 0 && onSegment(t, s.b)) return where = s.b, Meeting::Touch;
    return Meeting::None;
}

bool adjacent(const Segment& s, const Segment& t) {
    if (s.ring != t.ring) return false;
    const uint32_t d = s.index > t.index ? s.index - t.index : t.index - s.index;
    return d == 1 || d + 1 == s.sides;
}

// The fault two segments make, if any: within a ring any meeting but at a shared corner, between
// rings a crossing or a shared stretch (single touching points are allowed).
PolygonFault faultOf(const Segment& s, const Segment& t, Point& where) {
    const Meeting m = meet(s, t, where);
    if (m == Meeting::None) return PolygonFault::None;
    if (s.ring == t.ring) {
        if (adjacent(s, t))
            return m == Meeting::Overlap ? PolygonFault::SelfIntersection : PolygonFault::None;
        return PolygonFault::SelfIntersection;
    }
    return m == Meeting::Touch ? PolygonFault::None : PolygonFault::RingsCross;
}

// Compares only the segments whose spans along the feature's longer side overlap: a sweep in
// the order of their lower ends. Adjacent sides of a ring share a corner and are compared only
// for doubling back.
// Below this many segments every pair is compared (their boxes first): a sort costs more.
constexpr size_t kPairwiseBelow = 24;

PolygonFault findMeeting(std::vector<Segment>& segments, Point& where) {
    const size_t n = segments.size();
    if (n < kPairwiseBelow) {
        for (size_t i = 0; i < n; ++i)
            for (size_t j = i + 1; j < n; ++j) {
                const Segment& si = segments[i];
                const Segment& sj = segments[j];
                if (si.lowX() > sj.highX() || sj.lowX() > si.highX() || si.lowY() > sj.highY() ||
                    sj.lowY() > si.highY())
                    continue;
                if (PolygonFault f = faultOf(si, sj, where); f != PolygonFault::None) return f;
            }
        return PolygonFault::None;
    }
    double lowX = INFINITY, highX = -INFINITY, lowY = INFINITY, highY = -INFINITY;
    for (const Segment& s : segments) {
        lowX = std::min(lowX, s.lowX());
        highX = std::max(highX, s.highX());
        lowY = std::min(lowY, s.lowY());
        highY = std::max(highY, s.highY());
    }
    const bool alongX = highX - lowX >= highY - lowY;
    auto low = [alongX](const Segment& s) { return alongX ? s.lowX() : s.lowY(); };
    auto high = [alongX](const Segment& s) { return alongX ? s.highX() : s.highY(); };
    std::sort(segments.begin(), segments.end(),
              [&](const Segment& s, const Segment& t) { return low(s) < low(t); });
    for (size_t i = 0; i < n; ++i) {
        const Segment& si = segments[i];
        const double end = high(si);
        for (size_t j = i + 1; j < n && low(segments[j]) <= end; ++j) {
            const Segment& sj = segments[j];
            // The box on the other axis, before any arithmetic.
            if (alongX ? (si.lowY() > sj.highY() || sj.lowY() > si.highY())
                       : (si.lowX() > sj.highX() || sj.lowX() > si.highX()))
                continue;
            if (PolygonFault f = faultOf(si, sj, where); f != PolygonFault::None) return f;
        }
    }
    return PolygonFault::None;
}

// Where a point lies against a closed ring (even-odd): 1 inside, 0 outside, -1 on its boundary.
int locate(Point p, std::span<const Point> ring) {
    bool inside = false;
    const size_t n = ring.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const Point a = ring[j], b = ring[i];
        if (orient(a, b, p) == 0 && p.x >= std::min(a.x, b.x) && p.x <= std::max(a.x, b.x) &&
            p.y >= std::min(a.y, b.y) && p.y <= std::max(a.y, b.y))
            return -1;
        if ((a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x))
            inside = !inside;
    }
    return inside ? 1 : 0;
}

// Where a ring lies against another that it neither crosses nor overlaps: decided by its first
// vertex off the other's boundary (-1 when every vertex is on it).
int locateRing(std::span<const Point> ring, std::span<const Point> other) {
    for (Point p : ring)
        if (int where = locate(p, other); where >= 0) return where;
    return -1;
}

struct Box {
    double lowX = INFINITY, highX = -INFINITY, lowY = INFINITY, highY = -INFINITY;
    void include(Point p) {
        lowX = std::min(lowX, p.x);
        highX = std::max(highX, p.x);
        lowY = std::min(lowY, p.y);
        highY = std::max(highY, p.y);
    }
    bool meets(const Box& b) const {
        return lowX <= b.highX && b.lowX <= highX && lowY <= b.highY && b.lowY <= highY;
    }
};

// Whether a ring (distinct vertices, not closed) is convex and winds once, so cannot touch
// itself: every turn the same way (no reversal), and its direction goes up and down only once each
// (a ring winding twice, a pentagram, turns one way too). Most cells of grids and parcels are; the
// check costs a pass instead of a comparison of every pair of sides.
bool convexOnce(std::span<const Point> ring) {
    const size_t n = ring.size();
    int turn = 0, reversals = 0, lastDy = 0;
    for (size_t i = 0; i < n; ++i) {
        const Point a = ring[i == 0 ? n - 1 : i - 1], b = ring[i], c = ring[i + 1 == n ? 0 : i + 1];
        const double cross = orient(a, b, c);
        const double dot = (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y);
        // Straight on within rounding (a midpoint computed in floating point) is no turn at all.
        if (std::abs(cross) <= 1e-12 * (std::abs(dot) + std::abs(cross))) {
            if (dot <= 0) return false;  // doubles back
        } else {
            const int sign = cross > 0 ? 1 : -1;
            if (turn != 0 && sign != turn) return false;
            turn = sign;
        }
        const int dy = c.y > b.y ? 1 : c.y < b.y ? -1 : 0;
        if (dy != 0) {
            if (lastDy != 0 && dy != lastDy) ++reversals;
            lastDy = dy;
        }
    }
    // The count above misses the reversal between the last side and the first.
    int firstDy = 0;
    for (size_t i = 0; i < n && firstDy == 0; ++i) {
        const Point b = ring[i], c = ring[i + 1 == n ? 0 : i + 1];
        firstDy = c.y > b.y ? 1 : c.y < b.y ? -1 : 0;
    }
    if (firstDy != 0 && lastDy != 0 && firstDy != lastDy) ++reversals;
    return turn != 0 && reversals <= 2;
}

// Per-thread memory for checking features one after another without allocating for each.
struct Scratch {
    std::vector<Point> points;       // distinct vertices of every ring, ring after ring
    std::vector<uint32_t> ringEnds;  // end of each ring in `points`
    std::vector<uint32_t> partOfRing;
    std::vector<Segment> segments;
    std::vector<size_t> shells;  // the first ring of each part
    std::vector<Box> boxes;

    std::span<const Point> ring(size_t r) const {
        const uint32_t begin = r == 0 ? 0 : ringEnds[r - 1];
        return {points.data() + begin, ringEnds[r] - begin};
    }
};

}  // namespace

PolygonFinding checkPolygonFeature(const GeometryColumn& g, size_t feature) {
    PolygonFinding finding;
    finding.feature = feature;
    if (g.kind != GeometryKind::Polygon) return finding;
    auto fail = [&finding](PolygonFault fault, Point where) {
        finding.fault = fault;
        finding.x = where.x;
        finding.y = where.y;
        return finding;
    };
    thread_local Scratch s;
    s.points.clear();
    s.ringEnds.clear();
    s.partOfRing.clear();
    // Distinct vertices of each ring, grouped by part.
    const uint32_t firstPart = g.featureOffsets[feature], endPart = g.featureOffsets[feature + 1];
    for (uint32_t part = firstPart; part < endPart; ++part) {
        for (uint32_t r = g.partOffsets[part]; r < g.partOffsets[part + 1]; ++r) {
            const size_t begin = s.points.size();
            for (uint32_t v = g.ringOffsets[r]; v < g.ringOffsets[r + 1]; ++v) {
                const Point p{g.xy[2 * size_t(v)], g.xy[2 * size_t(v) + 1]};
                if (s.points.size() == begin || !(s.points.back() == p)) s.points.push_back(p);
            }
            while (s.points.size() > begin + 1 && s.points.back() == s.points[begin]) s.points.pop_back();
            if (s.points.size() - begin < 3) {
                const uint32_t v = g.ringOffsets[r];
                return fail(PolygonFault::TooFewPoints,
                            v < g.ringOffsets[r + 1] ? Point{g.xy[2 * size_t(v)], g.xy[2 * size_t(v) + 1]}
                                                     : Point{0, 0});
            }
            s.ringEnds.push_back(uint32_t(s.points.size()));
            s.partOfRing.push_back(part - firstPart);
        }
    }
    if (s.ringEnds.empty()) return finding;
    if (s.ringEnds.size() == 1 && convexOnce(s.ring(0))) return finding;

    s.segments.clear();
    for (uint32_t r = 0; r < s.ringEnds.size(); ++r) {
        const std::span<const Point> ring = s.ring(r);
        const auto sides = uint32_t(ring.size());
        for (uint32_t i = 0; i < sides; ++i)
            s.segments.emplace_back(ring[i], ring[i + 1 == sides ? 0 : i + 1], r, i, sides);
    }
    Point where{0, 0};
    if (PolygonFault f = findMeeting(s.segments, where); f != PolygonFault::None) return fail(f, where);

    // No two rings cross: each hole lies wholly inside or outside its outer ring, and each part
    // wholly inside or outside another.
    s.shells.clear();
    for (size_t r = 0; r < s.ringEnds.size(); ++r) {
        if (r == 0 || s.partOfRing[r] != s.partOfRing[r - 1]) {
            s.shells.push_back(r);
            continue;
        }
        if (locateRing(s.ring(r), s.ring(s.shells.back())) == 0)
            return fail(PolygonFault::HoleOutside, s.ring(r)[0]);
    }
    const size_t parts = s.shells.size();
    if (parts < 2) return finding;
    s.boxes.assign(parts, Box{});
    for (size_t p = 0; p < parts; ++p)
        for (Point q : s.ring(s.shells[p])) s.boxes[p].include(q);
    for (size_t a = 0; a < parts; ++a) {
        const size_t holesEnd = a + 1 < parts ? s.shells[a + 1] : s.ringEnds.size();
        for (size_t b = 0; b < parts; ++b) {
            if (a == b || !s.boxes[a].meets(s.boxes[b])) continue;
            const std::span<const Point> shell = s.ring(s.shells[b]);
            if (locateRing(shell, s.ring(s.shells[a])) != 1) continue;
            // Inside a's outer ring: valid only within one of a's holes (an island in a lake).
            bool inHole = false;
            for (size_t h = s.shells[a] + 1; h < holesEnd && !inHole; ++h)
                inHole = locateRing(shell, s.ring(h)) != 0;
            if (!inHole) return fail(PolygonFault::NestedParts, shell[0]);
        }
    }
    return finding;
}

std::vector<PolygonFinding> findInvalidPolygons(const GeometryColumn& geometry) {
    std::vector<PolygonFinding> found;
    if (geometry.kind != GeometryKind::Polygon) return found;
    const size_t features = geometry.featureCount();
    // Each thread takes a run of features (its own stretch of the coordinates, not every other
    // feature's cache lines); the runs' findings follow each other in feature order.
    const size_t threads = threadsFor(geometry.vertexCount(), 50'000);
    std::vector<std::vector<PolygonFinding>> perThread(threads);
    runOnThreads(threads, [&](size_t t) {
        for (size_t f = features * t / threads, end = features * (t + 1) / threads; f < end; ++f)
            if (PolygonFinding finding = checkPolygonFeature(geometry, f);
                finding.fault != PolygonFault::None)
                perThread[t].push_back(finding);
    });
    for (const std::vector<PolygonFinding>& part : perThread)
        found.insert(found.end(), part.begin(), part.end());
    return found;
}

const char* polygonFaultText(PolygonFault fault) {
    switch (fault) {
        case PolygonFault::None:
            return "valid";
        case PolygonFault::TooFewPoints:
            return "a ring with fewer than 3 distinct points";
        case PolygonFault::SelfIntersection:
            return "a ring crossing or touching itself";
        case PolygonFault::RingsCross:
            return "rings crossing each other";
        case PolygonFault::HoleOutside:
            return "a hole outside its outer ring";
        case PolygonFault::NestedParts:
            return "a part inside another part";
    }
    return "invalid";
}

}  // namespace bashu
