// Which of a PostGIS layer's first read is drawn around a view's features (scene/postgis_layer.h):
// a cell's square across the edge of the box the view read is drawn under it, or the part of the
// square outside the box, whose features the view did not read, would be left blank.
#include <gtest/gtest.h>

#include "scene/postgis_layer.h"

namespace bashu {
namespace {

void addRing(GeometryColumn& g, std::initializer_list<std::pair<double, double>> ring) {
    for (auto [x, y] : ring) g.addVertex(x, y);
    g.endRing();
    g.endPart();
    g.endFeature();
}

void addSquare(GeometryColumn& g, double x, double y) {
    addRing(g, {{x, y}, {x + 10, y}, {x + 10, y + 10}, {x, y + 10}, {x, y}});
}

TEST(BackdropAround, CellSquaresAcrossTheEdgeAreDrawnAndFeaturesMeetingTheBoxAreNot) {
    GeometryColumn first;
    first.kind = GeometryKind::Polygon;
    addSquare(first, 0, 0);    // 0: inside the box
    addSquare(first, 45, 0);   // 1: across its right edge
    addSquare(first, 100, 0);  // 2: clear of it
    addRing(first,
            {{45, 20}, {60, 25}, {45, 30}, {45, 20}});  // 3: a feature across the edge: the view read it
    first.endFeature();                                 // 4: no geometry
    const BackdropAround around = backdropAround(first, Extent{-20, -20, 50, 50});
    EXPECT_EQ(around.outside, (std::vector<size_t>{2}));
    EXPECT_EQ(around.acrossEdge, (std::vector<size_t>{1}));
}

}  // namespace
}  // namespace bashu
