#include "tessellate/douglas_peucker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "tessellate/polygon_mesh.h"

namespace bashu {
namespace {

// A square of side 10 whose sides carry `perSide` points each, wobbling by `wobble`.
void addWobblySquare(GeometryColumn& g, double x0, double y0, int perSide, double wobble) {
    const double corners[] = {0, 0, 10, 0, 10, 10, 0, 10};
    for (int side = 0; side < 4; ++side) {
        const double* a = corners + 2 * side;
        const double* b = corners + 2 * ((side + 1) % 4);
        for (int i = 0; i < perSide; ++i) {
            const double t = double(i) / perSide, w = wobble * std::sin(i * 1.7);
            g.addVertex(x0 + a[0] + t * (b[0] - a[0]) + w, y0 + a[1] + t * (b[1] - a[1]) + w);
        }
    }
    g.addVertex(x0, y0);
    g.endRing();
}

double fillArea(const GeometryColumn& g) {
    const PolygonMesh mesh = tessellatePolygons(g, 0, 0);
    double area = 0;
    for (size_t t = 0; t < mesh.indices.size(); t += 3) {
        const float* a = &mesh.positions[2 * size_t(mesh.indices[t])];
        const float* b = &mesh.positions[2 * size_t(mesh.indices[t + 1])];
        const float* c = &mesh.positions[2 * size_t(mesh.indices[t + 2])];
        area += 0.5 * ((double(b[0]) - a[0]) * (double(c[1]) - a[1]) -
                       (double(c[0]) - a[0]) * (double(b[1]) - a[1]));
    }
    return area;
}

TEST(DouglasPeucker, PolygonsKeepTheirShapeWithinTheToleranceFromFarFewerVertices) {
    GeometryColumn g;
    g.kind = GeometryKind::Polygon;
    addWobblySquare(g, 0, 0, 250, 0.001);  // a square with a hole
    for (double v : {2.0, 2.0, 2.0, 4.0, 4.0, 4.0, 4.0, 2.0, 2.0, 2.0}) g.xy.push_back(v);
    g.endRing();
    g.endPart();
    g.endFeature();
    g.endFeature();  // a feature without geometry keeps its index
    addWobblySquare(g, 100, 0, 250, 0.001);
    g.endPart();
    g.endFeature();
    const GeometryColumn simple = simplifyPolygons(g, 0.01);
    ASSERT_EQ(simple.featureCount(), 3u);
    EXPECT_EQ(simple.featureOffsets, (std::vector<uint32_t>{0, 1, 1, 2}));
    EXPECT_EQ(simple.ringCount(), 3u);
    EXPECT_LT(simple.vertexCount(), 30u) << "a square's corners and its closing vertex, about";
    EXPECT_NEAR(fillArea(g), 96.0 + 100.0, 0.1);
    EXPECT_NEAR(fillArea(simple), fillArea(g), 0.01 * 48) << "within the tolerance along the outlines";
}

TEST(DouglasPeucker, RingsSmallerThanTheToleranceGoWithTheirPart) {
    GeometryColumn g;
    g.kind = GeometryKind::Polygon;
    addWobblySquare(g, 0, 0, 5, 0.0);
    g.endPart();
    for (double v : {50.0, 50.0, 50.001, 50.0, 50.001, 50.001, 50.0, 50.0}) g.xy.push_back(v);
    g.endRing();
    g.endPart();
    g.endFeature();
    const GeometryColumn simple = simplifyPolygons(g, 0.1);
    EXPECT_EQ(simple.partCount(), 1u) << "the speck smaller than the tolerance is gone";
    EXPECT_EQ(simple.featureCount(), 1u);
}

}  // namespace
}  // namespace bashu
