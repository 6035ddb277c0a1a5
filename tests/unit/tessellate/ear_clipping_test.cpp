#include "tessellate/ear_clipping.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>
#include <vector>

#include "tessellate/polygon_mesh.h"

namespace bashu {
namespace {

using Point = std::array<double, 2>;
using Ring = std::vector<Point>;
using Polygon = std::vector<Ring>;  // outer ring first, then holes

constexpr double kPi = std::numbers::pi;

/// Rounds to a multiple of 1/1024. Every coordinate used below stays within +-8192, so the rounded
/// values are exact as floats too: the mesh's float positions then equal the input, and areas can
/// be compared to 1e-9.
double snap(double v) { return std::round(v * 1024.0) / 1024.0; }

Point snapped(double x, double y) { return {snap(x), snap(y)}; }

Ring reversed(Ring r) {
    std::reverse(r.begin(), r.end());
    return r;
}

/// Inserts `steps - 1` evenly spaced points along every edge (collinear runs).
Ring densified(const Ring& ring, int steps) {
    Ring out;
    for (size_t i = 0; i < ring.size(); ++i) {
        const Point& a = ring[i];
        const Point& b = ring[(i + 1) % ring.size()];
        for (int k = 0; k < steps; ++k)
            out.push_back(snapped(a[0] + (b[0] - a[0]) * k / steps, a[1] + (b[1] - a[1]) * k / steps));
    }
    return out;
}

Ring square(double x0, double y0, double x1, double y1) { return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}; }

/// A circle of `count` vertices whose radius varies randomly by up to `noise` (star-shaped
/// about its centre, so always simple).
Ring noisyCircle(double cx, double cy, double radius, double noise, int count, std::mt19937& random) {
    std::uniform_real_distribution<double> jitter(-noise, noise);
    Ring ring;
    for (int i = 0; i < count; ++i) {
        const double angle = 2.0 * kPi * i / count;
        const double r = radius + jitter(random);
        ring.push_back(snapped(cx + r * std::cos(angle), cy + r * std::sin(angle)));
    }
    return ring;
}

void addPolygon(GeometryColumn& g, const Polygon& polygon) {
    for (const Ring& ring : polygon) {
        for (const Point& p : ring) g.addVertex(p[0], p[1]);
        g.endRing();
    }
    g.endPart();
}

/// One feature per polygon.
GeometryColumn layerOf(const std::vector<Polygon>& polygons) {
    GeometryColumn g;
    for (const Polygon& polygon : polygons) {
        addPolygon(g, polygon);
        g.endFeature();
    }
    return g;
}

/// Even-odd rule over all rings of the polygon.
bool insideEvenOdd(const Polygon& polygon, double x, double y) {
    bool inside = false;
    for (const Ring& ring : polygon) {
        for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const Point& a = ring[i];
            const Point& b = ring[j];
            if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0])
                inside = !inside;
        }
    }
    return inside;
}

double triangleSignedArea(const PolygonMesh& m, size_t t) {
    const auto p = [&](size_t k, size_t axis) {
        return static_cast<double>(m.positions[2 * size_t(m.indices[3 * t + k]) + axis]);
    };
    return 0.5 * ((p(1, 0) - p(0, 0)) * (p(2, 1) - p(0, 1)) - (p(2, 0) - p(0, 0)) * (p(1, 1) - p(0, 1)));
}

/// Tessellates one feature per polygon and checks that ear clipping alone filled every one of
/// them exactly: no GLU fallback, the triangles' areas sum to the polygons' area (1e-9
/// relative), every triangle is counter-clockwise, and sampled triangle centroids (at most
/// `samplesPerFeature` per feature) lie inside their polygon by the even-odd rule.
void expectEarClipped(const std::vector<Polygon>& polygons, size_t samplesPerFeature = 100000) {
    const GeometryColumn g = layerOf(polygons);
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    EXPECT_EQ(m.failedParts, 0u);
    EXPECT_EQ(m.fallbackParts, 0u);
    ASSERT_EQ(m.positions.size(), 2 * m.featureIds.size());
    ASSERT_EQ(m.indices.size() % 3, 0u);
    for (uint32_t i : m.indices) ASSERT_LT(i, m.featureIds.size());

    double expected = 0.0;
    for (size_t p = 0; p < g.partCount(); ++p) expected += polygonPartArea(g, p);
    double area = 0.0;
    size_t clockwise = 0;
    std::vector<std::vector<size_t>> byFeature(polygons.size());
    for (size_t t = 0; t < m.triangleCount(); ++t) {
        const double a = triangleSignedArea(m, t);
        area += std::abs(a);
        if (a <= 0.0) ++clockwise;
        byFeature[m.featureIds[m.indices[3 * t]]].push_back(t);
    }
    ASSERT_GT(expected, 0.0);
    EXPECT_NEAR(area, expected, 1e-9 * expected);
    EXPECT_EQ(clockwise, 0u);

    for (size_t f = 0; f < polygons.size(); ++f) {
        const std::vector<size_t>& triangles = byFeature[f];
        EXPECT_FALSE(triangles.empty()) << "feature " << f;
        const size_t stride = std::max<size_t>(1, triangles.size() / samplesPerFeature);
        size_t outside = 0;
        for (size_t k = 0; k < triangles.size(); k += stride) {
            const size_t t = triangles[k];
            double cx = 0.0, cy = 0.0;
            for (size_t c = 0; c < 3; ++c) {
                cx += m.positions[2 * size_t(m.indices[3 * t + c])] / 3.0;
                cy += m.positions[2 * size_t(m.indices[3 * t + c]) + 1] / 3.0;
            }
            if (!insideEvenOdd(polygons[f], cx, cy)) ++outside;
        }
        EXPECT_EQ(outside, 0u) << "feature " << f;
    }
}

// --- Valid polygons: ear clipping alone ---

TEST(EarClippedPolygons, ConvexSmallAndLarge) {
    Ring hexagon{{0, 0}, {4, 0}, {6, 3}, {4, 6}, {0, 6}, {-2, 3}};
    Ring circle;  // more than 80 vertices: the hashed ear test
    for (int i = 0; i < 300; ++i)
        circle.push_back(snapped(100 * std::cos(2 * kPi * i / 300), 100 * std::sin(2 * kPi * i / 300)));
    expectEarClipped({{hexagon}, {circle}, {reversed(circle)}});
}

TEST(EarClippedPolygons, ConcaveSpiral) {
    // A band wound three times around the origin: each turn sits 10 further out, the band is
    // 5 wide. Every vertex of the inner side is reflex.
    Ring ring;
    const int steps = 400;
    const auto radius = [](double angle) { return 10.0 + 10.0 * angle / (2 * kPi); };
    for (int i = 0; i <= steps; ++i) {
        const double angle = 6 * kPi * i / steps;
        ring.push_back(snapped((radius(angle) + 5) * std::cos(angle), (radius(angle) + 5) * std::sin(angle)));
    }
    for (int i = steps; i >= 0; --i) {
        const double angle = 6 * kPi * i / steps;
        ring.push_back(snapped(radius(angle) * std::cos(angle), radius(angle) * std::sin(angle)));
    }
    expectEarClipped({{ring}, {reversed(ring)}});
}

TEST(EarClippedPolygons, ConcaveComb) {
    // 50 teeth, 1 wide and 18 long, on a base 2 high.
    Ring ring{{0, 0}, {99, 0}};
    for (int k = 49; k >= 0; --k) {
        ring.push_back({2.0 * k + 1, 20});
        ring.push_back({2.0 * k, 20});
        if (k > 0) {
            ring.push_back({2.0 * k, 2});
            ring.push_back({2.0 * k - 1, 2});
        }
    }
    // A small comb too (under 80 vertices: the plain ear test).
    Ring small{{0, 0}, {9, 0}};
    for (int k = 4; k >= 0; --k) {
        small.push_back({2.0 * k + 1, 20});
        small.push_back({2.0 * k, 20});
        if (k > 0) {
            small.push_back({2.0 * k, 2});
            small.push_back({2.0 * k - 1, 2});
        }
    }
    expectEarClipped({{ring}, {reversed(ring)}, {small}});
}

TEST(EarClippedPolygons, GridOfHundredHoles) {
    Polygon polygon{square(0, 0, 21, 21)};
    for (int i = 0; i < 10; ++i)
        for (int j = 0; j < 10; ++j) {
            const Ring hole = square(2.0 * i + 1, 2.0 * j + 1, 2.0 * i + 2, 2.0 * j + 2);
            polygon.push_back((i + j) % 2 ? reversed(hole) : hole);  // either orientation
        }
    expectEarClipped({polygon});
    EXPECT_DOUBLE_EQ(polygonPartArea(layerOf({polygon}), 0), 441.0 - 100.0);
}

TEST(EarClippedPolygons, HolesTouchingTheOuterRingAtAVertex) {
    const Ring outer{{0, 0}, {10, 0}, {10, 10}, {5, 10}, {0, 10}, {0, 5}};
    const Ring atLeftmost{{0, 5}, {3, 3}, {3, 7}};  // touches at the hole's leftmost vertex
    const Ring atTop{{5, 10}, {4, 7}, {6, 7}};      // touches at another of its vertices
    const Ring atCorner{{10, 0}, {9, 2}, {8, 1}};   // touches at a corner of the outer ring
    expectEarClipped({{outer, atLeftmost, atTop, atCorner}, {reversed(outer), atTop}});
    // The same with every edge split into 20 (long collinear runs; the hashed ear test).
    expectEarClipped(
        {{densified(outer, 20), densified(atLeftmost, 20), densified(atTop, 20), densified(atCorner, 20)}});
}

TEST(EarClippedPolygons, HolesTouchingEachOtherAtAVertex) {
    const Polygon polygon{square(0, 0, 10, 10), square(2, 2, 4, 4), square(4, 4, 6, 6), square(6, 2, 8, 4)};
    expectEarClipped({polygon});
    expectEarClipped({{densified(polygon[0], 30), densified(polygon[1], 30), densified(polygon[2], 30),
                       densified(polygon[3], 30)}});
}

TEST(EarClippedPolygons, CollinearRuns) {
    // 1000 vertices, all but 4 of them collinear with their neighbours; a hole likewise.
    expectEarClipped({{densified(square(0, 0, 100, 100), 250), densified(square(40, 40, 60, 50), 10)}});
    // An L shape with runs along every edge.
    const Ring l{{0, 0}, {30, 0}, {30, 10}, {10, 10}, {10, 30}, {0, 30}};
    expectEarClipped({{densified(l, 3)}, {densified(l, 40)}});
}

TEST(EarClippedPolygons, DuplicateConsecutivePoints) {
    std::mt19937 random(7);
    const Ring base = noisyCircle(0, 0, 50, 5, 200, random);
    Ring ring;
    for (const Point& p : base)
        for (int k = 0; k < 1 + int(random() % 3); ++k) ring.push_back(p);
    ring.push_back(ring.front());  // and a closing repeat
    const Ring hole{{-5, -5}, {-5, -5}, {5, -5}, {5, 5}, {5, 5}, {5, 5}, {-5, 5}, {-5, -5}};
    expectEarClipped({{ring}, {ring, hole}, {square(0, 0, 1, 1)}});
}

TEST(EarClippedPolygons, NoisyCircleOfFiveThousandVertices) {
    std::mt19937 random(42);
    const Ring circle = noisyCircle(0, 0, 1000, 40, 5000, random);
    expectEarClipped({{circle}});
    // With holes of a thousand vertices each.
    expectEarClipped(
        {{circle, noisyCircle(-400, 0, 200, 20, 1000, random), noisyCircle(400, 0, 200, 20, 1000, random),
          reversed(noisyCircle(0, 500, 150, 10, 1000, random))}},
        2000);
}

/// A county-like layer: a jittered nx x ny grid of cells whose shared borders are the same wiggly
/// polylines (`perEdge` points each, so about 4 * perEdge vertices per cell), every fifth cell with
/// a lake.
std::vector<Polygon> countyGrid(int nx, int ny, int perEdge, std::mt19937& random) {
    const double cell = 200.0;
    std::uniform_real_distribution<double> jitter(-15.0, 15.0), phase(0.0, 2 * kPi);
    std::vector<Point> corners;  // (nx + 1) x (ny + 1)
    for (int j = 0; j <= ny; ++j)
        for (int i = 0; i <= nx; ++i)
            corners.push_back(snapped(i * cell + jitter(random), j * cell + jitter(random)));
    const auto corner = [&](int i, int j) { return corners[size_t(j) * size_t(nx + 1) + size_t(i)]; };

    // An edge from a to b, displaced sideways by at most 25 * sin(pi t): a graph over the
    // straight segment (so simple), pinched at the corners (so edges meeting there never cross).
    const auto edge = [&](const Point& a, const Point& b) {
        const double dx = b[0] - a[0], dy = b[1] - a[1];
        const double length = std::hypot(dx, dy);
        const double nx_ = -dy / length, ny_ = dx / length;
        const double p1 = phase(random), p2 = phase(random), p3 = phase(random);
        Ring points;
        for (int k = 0; k < perEdge; ++k) {
            const double t = double(k) / perEdge;
            const double wiggle = 0.5 * std::sin(2 * kPi * 3 * t + p1) +
                                  0.3 * std::sin(2 * kPi * 17 * t + p2) +
                                  0.2 * std::sin(2 * kPi * 61 * t + p3);
            const double offset = 25.0 * std::sin(kPi * t) * wiggle;
            points.push_back(snapped(a[0] + dx * t + nx_ * offset, a[1] + dy * t + ny_ * offset));
        }
        return points;  // from a, without b
    };
    std::vector<Ring> horizontal, vertical;  // from corner (i, j) to (i + 1, j), and to (i, j + 1)
    for (int j = 0; j <= ny; ++j)
        for (int i = 0; i < nx; ++i) horizontal.push_back(edge(corner(i, j), corner(i + 1, j)));
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i <= nx; ++i) vertical.push_back(edge(corner(i, j), corner(i, j + 1)));
    const auto h = [&](int i, int j) -> const Ring& {
        return horizontal[size_t(j) * size_t(nx) + size_t(i)];
    };
    const auto v = [&](int i, int j) -> const Ring& {
        return vertical[size_t(j) * size_t(nx + 1) + size_t(i)];
    };
    // Walking an edge backwards: from its far end to just before its start.
    const auto appendBackwards = [](Ring& ring, const Ring& points, const Point& end) {
        ring.push_back(end);
        for (size_t k = points.size() - 1; k > 0; --k) ring.push_back(points[k]);
    };

    std::vector<Polygon> cells;
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            Ring ring = h(i, j);                                              // bottom, left to right
            ring.insert(ring.end(), v(i + 1, j).begin(), v(i + 1, j).end());  // right, upwards
            appendBackwards(ring, h(i, j + 1), corner(i + 1, j + 1));         // top, right to left
            appendBackwards(ring, v(i, j), corner(i, j + 1));                 // left, downwards
            Polygon polygon{ring};
            if ((j * nx + i) % 5 == 0) {
                const Point a = corner(i, j), b = corner(i + 1, j + 1);
                polygon.push_back(noisyCircle((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, 40, 5, 300, random));
            }
            cells.push_back(polygon);
        }
    return cells;
}

TEST(EarClippedPolygons, SyntheticCountiesSharingBorders) {
    std::mt19937 random(2021);
    const std::vector<Polygon> counties = countyGrid(10, 5, 500, random);
    ASSERT_EQ(counties.size(), 50u);
    EXPECT_EQ(counties[7].front().size(), 2000u);
    expectEarClipped(counties, 300);
}

// --- Invalid polygons: handed to GLU ---

/// Tessellates a single polygon and returns its mesh.
PolygonMesh tessellateOne(const Polygon& polygon) { return tessellatePolygons(layerOf({polygon}), 0.0, 0.0); }

double meshArea(const PolygonMesh& m) {
    double area = 0.0;
    for (size_t t = 0; t < m.triangleCount(); ++t) area += std::abs(triangleSignedArea(m, t));
    return area;
}

TEST(EarClippedPolygons, BowTieFallsBackToGlu) {
    const PolygonMesh m = tessellateOne({{{0, 0}, {2, 2}, {2, 0}, {0, 2}}});
    EXPECT_EQ(m.fallbackParts, 1u);
    EXPECT_EQ(m.failedParts, 0u);
    EXPECT_DOUBLE_EQ(meshArea(m), 2.0);  // both lobes, by the odd-even rule
}

TEST(EarClippedPolygons, PentagramFallsBackToGlu) {
    const PolygonMesh m = tessellateOne({{{0, 10}, {6, -8}, {-10, 3}, {10, 3}, {-6, -8}}});
    EXPECT_EQ(m.fallbackParts, 1u);
    EXPECT_GT(m.featureIds.size(), 5u);  // GLU's intersection vertices
}

TEST(EarClippedPolygons, RingWindingTwiceFallsBackToGlu) {
    // A square, then a smaller one inside it, in one ring. Every corner turns left, so ear
    // clipping cuts it into counter-clockwise triangles whose areas add up to the polygon's
    // (163, the middle counted twice): the area check alone would take it. The ring turns around
    // twice, so it goes to GLU, which leaves the doubly wound middle empty.
    const PolygonMesh m =
        tessellateOne({{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {1, 1}, {9, 1}, {9, 9}, {1, 9}}});
    EXPECT_EQ(m.fallbackParts, 1u);
    EXPECT_NEAR(meshArea(m), 283.0 / 9.0, 1e-5);
}

TEST(EarClippedPolygons, HoleOutsideItsOuterRingFallsBackToGlu) {
    const PolygonMesh m = tessellateOne({square(0, 0, 10, 10), square(5, 2, 15, 8)});
    EXPECT_EQ(m.fallbackParts, 1u);
    EXPECT_DOUBLE_EQ(meshArea(m), 100.0);  // odd-even: the overlap is empty, the rest filled
}

TEST(EarClippedPolygons, OnlyTheInvalidPartFallsBack) {
    GeometryColumn g;
    addPolygon(g, {square(0, 0, 10, 10)});
    addPolygon(g, {{{20, 0}, {22, 2}, {22, 0}, {20, 2}}});
    g.endFeature();
    addPolygon(g, {square(30, 0, 40, 10), square(32, 2, 38, 8)});
    g.endFeature();
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    EXPECT_EQ(m.fallbackParts, 1u);
    EXPECT_EQ(m.failedParts, 0u);
    EXPECT_DOUBLE_EQ(meshArea(m), 100.0 + 2.0 + 64.0);
}

TEST(EarClippedPolygons, NonFinitePartsReachNeitherAlgorithm) {
    const PolygonMesh m = tessellateOne({{{0, 0}, {10, 0}, {std::nan(""), 10}, {0, 10}}});
    EXPECT_EQ(m.failedParts, 1u);
    EXPECT_EQ(m.fallbackParts, 0u);
    EXPECT_EQ(m.triangleCount(), 0u);
}

// --- The ear clipper on its own ---

/// Runs the clipper over rings given as polygons (interleaved x, y, ring ends).
struct Clipped {
    bool complete = false;
    std::vector<double> xy;
    std::vector<uint32_t> triangles;

    double twiceArea(size_t t) const {
        const double* a = &xy[2 * size_t(triangles[3 * t])];
        const double* b = &xy[2 * size_t(triangles[3 * t + 1])];
        const double* c = &xy[2 * size_t(triangles[3 * t + 2])];
        return (b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]);
    }
    double area() const {
        double sum = 0.0;
        for (size_t t = 0; t < triangles.size() / 3; ++t) sum += std::abs(twiceArea(t)) / 2;
        return sum;
    }
};

Clipped clip(EarClipper& clipper, const Polygon& polygon) {
    Clipped out;
    std::vector<uint32_t> ends;
    for (const Ring& ring : polygon) {
        for (const Point& p : ring) {
            out.xy.push_back(p[0]);
            out.xy.push_back(p[1]);
        }
        ends.push_back(uint32_t(out.xy.size() / 2));
    }
    out.complete = clipper.triangulate(out.xy, ends, out.triangles);
    return out;
}

TEST(EarClipper, TrianglesAreCounterClockwiseIndicesIntoTheInput) {
    EarClipper clipper;
    for (const Ring& ring : {square(0, 0, 10, 10), reversed(square(0, 0, 10, 10))}) {
        const Clipped c = clip(clipper, {ring});
        EXPECT_TRUE(c.complete);
        ASSERT_EQ(c.triangles.size(), 6u);
        for (uint32_t i : c.triangles) EXPECT_LT(i, 4u);
        for (size_t t = 0; t < 2; ++t) EXPECT_GT(c.twiceArea(t), 0.0);
        EXPECT_DOUBLE_EQ(c.area(), 100.0);
    }
}

TEST(EarClipper, AppendsToWhatIsThere) {
    EarClipper clipper;
    std::vector<double> xy{0, 0, 1, 0, 0, 1};
    std::vector<uint32_t> ends{3}, triangles{7, 7, 7};
    EXPECT_TRUE(clipper.triangulate(xy, ends, triangles));
    ASSERT_EQ(triangles.size(), 6u);
    EXPECT_EQ(triangles[0], 7u);
}

TEST(EarClipper, RepeatedAndClosingVertices) {
    EarClipper clipper;
    const Clipped c = clip(clipper, {{{0, 0}, {0, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 10}, {0, 0}},
                                     {{2, 2}, {2, 8}, {2, 8}, {8, 8}, {8, 2}, {2, 2}}});
    EXPECT_TRUE(c.complete);
    EXPECT_DOUBLE_EQ(c.area(), 64.0);
    for (size_t t = 0; t < c.triangles.size() / 3; ++t) EXPECT_GT(c.twiceArea(t), 0.0);
}

TEST(EarClipper, DegenerateRingsGiveNothing) {
    EarClipper clipper;
    const Clipped collinear = clip(clipper, {{{0, 0}, {1, 0}, {2, 0}, {3, 0}}});
    EXPECT_TRUE(collinear.complete);
    EXPECT_TRUE(collinear.triangles.empty());
    const Clipped twoPoints = clip(clipper, {{{0, 0}, {1, 1}}});
    EXPECT_TRUE(twoPoints.triangles.empty());
    const Clipped none = clip(clipper, {});
    EXPECT_TRUE(none.complete);
    EXPECT_TRUE(none.triangles.empty());
    // A hole of no area is ignored.
    const Clipped flatHole = clip(clipper, {square(0, 0, 10, 10), {{2, 2}, {4, 4}, {6, 6}}});
    EXPECT_TRUE(flatHole.complete);
    EXPECT_DOUBLE_EQ(flatHole.area(), 100.0);
}

TEST(EarClipper, RejectsRingsThatDoNotTurnExactlyOnce) {
    EarClipper clipper;
    const Ring bowTie{{0, 0}, {2, 2}, {2, 0}, {0, 2}};
    const Ring pentagram{{0, 10}, {6, -8}, {-10, 3}, {10, 3}, {-6, -8}};
    const Ring spike{{0, 0}, {10, 0}, {10, 10}, {5, 10}, {5, 20}, {5, 10}, {0, 10}};
    const Ring twice{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {1, 1}, {9, 1}, {9, 9}, {1, 9}};
    for (const Ring& ring : {bowTie, pentagram, spike, twice}) {
        const Clipped c = clip(clipper, {ring});
        EXPECT_FALSE(c.complete);
        EXPECT_TRUE(c.triangles.empty());  // rejected before any clipping
    }
    // A hole that is a bow-tie.
    EXPECT_FALSE(clip(clipper, {square(0, 0, 10, 10), {{2, 2}, {4, 4}, {4, 2}, {2, 4}}}).complete);
}

TEST(EarClipper, ReusedClipperGivesTheSameTriangles) {
    std::mt19937 random(3);
    const Polygon big{noisyCircle(0, 0, 100, 10, 3000, random), noisyCircle(20, 0, 30, 3, 500, random)};
    const Polygon small{square(0, 0, 1, 1)};
    EarClipper reused;
    const Clipped first = clip(reused, big);
    clip(reused, small);
    const Clipped again = clip(reused, big);
    EarClipper fresh;
    EXPECT_EQ(first.triangles, again.triangles);
    EXPECT_EQ(first.triangles, clip(fresh, big).triangles);
    EXPECT_TRUE(first.complete);
}

}  // namespace
}  // namespace bashu
