// Cutting polygons into bands keeps their even-odd fill, and large invalid parts tessellated band
// by band cover exactly what the odd rule says.
#include "tessellate/band_clip.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "tessellate/polygon_mesh.h"

namespace bashu {
namespace {

// Whether (x, y) is inside the rings by the even-odd rule.
bool oddInside(const std::vector<double>& xy, const std::vector<uint32_t>& ringEnds, double x, double y) {
    bool inside = false;
    uint32_t begin = 0;
    for (uint32_t end : ringEnds) {
        for (uint32_t i = begin, j = end - 1; i < end; j = i++) {
            const double xi = xy[2 * i], yi = xy[2 * i + 1], xj = xy[2 * j], yj = xy[2 * j + 1];
            if ((yi > y) != (yj > y) && x < xi + (y - yi) / (yj - yi) * (xj - xi)) inside = !inside;
        }
        begin = end;
    }
    return inside;
}

// A star of n points whose every point joins the ones `skip` away: a ring crossing itself all over.
std::vector<double> star(size_t n, size_t skip, double radius) {
    std::vector<double> xy;
    for (size_t i = 0; i < n; ++i) {
        const double a = 2 * M_PI * double(i * skip % n) / double(n) + 0.001 * double(i % 7);
        const double r = radius * (0.6 + 0.4 * std::sin(double(i) * 0.37));
        xy.push_back(r * std::cos(a));
        xy.push_back(r * std::sin(a));
    }
    return xy;
}

TEST(BandClip, ASquareCutToABandIsTheBandsPartOfIt) {
    const std::vector<double> square{0, 0, 10, 0, 10, 10, 0, 10};
    std::vector<double> out;
    std::vector<uint32_t> ends;
    clipRingsToBand(square, std::vector<uint32_t>{4}, 2.0, 5.0, out, ends);
    ASSERT_EQ(ends, (std::vector<uint32_t>{4}));
    EXPECT_EQ(out, (std::vector<double>{0, 5, 0, 2, 10, 2, 10, 5}));
    // Wholly above or below: nothing.
    out.clear();
    ends.clear();
    clipRingsToBand(square, std::vector<uint32_t>{4}, 20.0, 30.0, out, ends);
    EXPECT_TRUE(ends.empty());
    EXPECT_TRUE(out.empty());
}

TEST(BandClip, EveryBandKeepsTheEvenOddFillOfACrossingRingWithAHole) {
    std::vector<double> xy = star(701, 233, 100.0);
    const std::vector<double> hole = star(53, 17, 30.0);
    xy.insert(xy.end(), hole.begin(), hole.end());
    const std::vector<uint32_t> ringEnds{701, 754};
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> coordinate(-101, 101);
    const double cuts[] = {-100.0, -37.5, -3.25, 0.0, 41.0, 100.0};
    for (size_t b = 0; b + 1 < std::size(cuts); ++b) {
        std::vector<double> out;
        std::vector<uint32_t> ends;
        clipRingsToBand(xy, ringEnds, cuts[b], cuts[b + 1], out, ends);
        std::uniform_real_distribution<double> inBand(cuts[b], cuts[b + 1]);
        for (int i = 0; i < 2000; ++i) {
            const double x = coordinate(random), y = inBand(random);
            EXPECT_EQ(oddInside(out, ends, x, y), oddInside(xy, ringEnds, x, y)) << x << ", " << y;
        }
    }
}

bool insideTriangles(const PolygonMesh& mesh, double x, double y) {
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const float* a = &mesh.positions[2 * size_t(mesh.indices[t])];
        const float* b = &mesh.positions[2 * size_t(mesh.indices[t + 1])];
        const float* c = &mesh.positions[2 * size_t(mesh.indices[t + 2])];
        auto side = [x, y](const float* p, const float* q) {
            return (double(q[0]) - p[0]) * (y - p[1]) - (double(q[1]) - p[1]) * (x - p[0]);
        };
        if (side(a, b) >= 0 && side(b, c) >= 0 && side(c, a) >= 0) return true;
    }
    return false;
}

// A bow-tie of 3000 vertices: its four sides densified, wavy, crossing once in the middle.
std::vector<double> largeBowTie() {
    const double corners[] = {-100, -100, 100, 100, 100, -100, -100, 100};
    std::vector<double> xy;
    for (int side = 0; side < 4; ++side) {
        const double* a = corners + 2 * side;
        const double* b = corners + 2 * ((side + 1) % 4);
        for (int i = 0; i < 750; ++i) {
            const double t = i / 750.0, wave = 3.0 * std::sin(t * 40.0);
            xy.push_back(a[0] + t * (b[0] - a[0]) + wave);
            xy.push_back(a[1] + t * (b[1] - a[1]) - wave);
        }
    }
    return xy;
}

TEST(BandClip, ALargeCrossingPartIsTessellatedBandByBandToItsOddFill) {
    // 3000 vertices: past the size where GLU works band by band.
    const std::vector<double> ring = largeBowTie();
    GeometryColumn g;
    g.kind = GeometryKind::Polygon;
    for (size_t i = 0; i < ring.size(); i += 2) g.addVertex(ring[i], ring[i + 1]);
    g.endRing();
    g.endPart();
    g.endFeature();
    const PolygonMesh mesh = tessellatePolygons(g, 0.0, 0.0);
    EXPECT_EQ(mesh.fallbackParts, 1u);
    EXPECT_EQ(mesh.failedParts, 0u);
    const std::vector<uint32_t> ends{3000};
    std::mt19937_64 random(11);
    std::uniform_real_distribution<double> coordinate(-101, 101);
    size_t checked = 0;
    for (int i = 0; i < 400; ++i) {
        const double x = coordinate(random), y = coordinate(random);
        EXPECT_EQ(insideTriangles(mesh, x, y), oddInside(ring, ends, x, y)) << x << ", " << y;
        ++checked;
    }
    EXPECT_EQ(checked, 400u);
}

}  // namespace
}  // namespace bashu
