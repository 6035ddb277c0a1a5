// The box a PostGIS view is read for, and the first read drawn around it (scene/postgis_layer.h):
// a cell's square across the edge of the view's box is taken into the box, or the part of the
// square outside it, whose features the view would not read, would be left blank.
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

// A grid's 10-unit cell square, its corners computed as a thinned read computes them.
void addSquare(GeometryColumn& g, int column, int row) {
    const double x = 0.1 + column * 10.0 / 3.0 * 3.0, y = 0.1 + row * 10.0 / 3.0 * 3.0;
    const double x1 = 0.1 + (column + 1) * 10.0 / 3.0 * 3.0, y1 = 0.1 + (row + 1) * 10.0 / 3.0 * 3.0;
    addRing(g, {{x, y}, {x1, y}, {x1, y1}, {x, y1}, {x, y}});
}

TEST(BackdropBox, TheBoxTakesInTheSquaresAcrossItsEdgeAndNoMore) {
    // Squares on a 10-unit grid from (0.1, 0.1), columns 0-9 and rows 0-9, every other one left
    // empty in row 9; a feature that is no square across the box's right edge.
    GeometryColumn first;
    first.kind = GeometryKind::Polygon;
    for (int row = 0; row < 10; ++row)
        for (int column = 0; column < 10; ++column)
            if (row < 9 || column % 2 == 0) addSquare(first, column, row);
    addRing(first, {{58, 40}, {75, 45}, {58, 50}, {58, 40}});
    // A box from inside square (2, 2) to inside square (5, 4).
    const Extent box{25, 25, 55, 45};
    const Extent grown = boxHoldingCellSquares(first, box);
    EXPECT_NEAR(grown.minX, 20.1, 1e-9);
    EXPECT_NEAR(grown.minY, 20.1, 1e-9);
    EXPECT_NEAR(grown.maxX, 60.1, 1e-9) << "not out to the feature that is no square";
    EXPECT_NEAR(grown.maxY, 50.1, 1e-9);
    // Drawn around it: the squares clear of it or sharing an edge with it, and not the feature
    // across its edge (the view reads it).
    const std::vector<size_t> outside = backdropOutside(first, grown);
    EXPECT_EQ(outside.size(), size_t(95 - 4 * 3)) << "95 squares, 12 inside the box";
    EXPECT_EQ(std::count(outside.begin(), outside.end(), size_t(95)), 0);
    EXPECT_EQ(boxHoldingCellSquares(first, grown).maxX, grown.maxX) << "grown once for all";
}

TEST(BackdropBox, ASquareHoldingTheWholeBoxIsTakenInWhole) {
    GeometryColumn first;
    first.kind = GeometryKind::Polygon;
    addSquare(first, 0, 0);
    addSquare(first, 1, 0);
    const Extent grown = boxHoldingCellSquares(first, Extent{3, 3, 4, 4});
    EXPECT_NEAR(grown.minX, 0.1, 1e-9);
    EXPECT_NEAR(grown.maxX, 10.1, 1e-9);
    EXPECT_EQ(backdropOutside(first, grown), (std::vector<size_t>{1}));
}

}  // namespace
}  // namespace bashu
