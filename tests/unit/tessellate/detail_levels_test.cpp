#include "tessellate/detail_levels.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace bashu {
namespace {

// A side x side grid of unit squares, each edge cut in `cuts` (many vertices, as real borders).
GeometryColumn grid(int side, int cuts) {
    GeometryColumn g;
    for (int j = 0; j < side; ++j)
        for (int i = 0; i < side; ++i) {
            const double corners[5][2] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
            for (int c = 0; c < 4; ++c)
                for (int k = 0; k < cuts; ++k) {
                    const double t = double(k) / cuts;
                    g.addVertex(i + corners[c][0] + t * (corners[c + 1][0] - corners[c][0]),
                                j + corners[c][1] + t * (corners[c + 1][1] - corners[c][1]));
                }
            g.endRing();
            g.endPart();
            g.endFeature();
        }
    return g;
}

TEST(SnapToGrid, SharedBordersSnapAlikeAndFeaturesKeepTheirIndex) {
    const GeometryColumn g = grid(3, 10);
    std::vector<uint32_t> dotted;
    const GeometryColumn snapped = snapToGrid(g, 0.5, 0.0, 0.0, 0.0, dotted);
    EXPECT_TRUE(dotted.empty());
    ASSERT_EQ(snapped.featureCount(), 9u);
    // Each square keeps its corners and the midpoints of its edges: 8 vertices, not 40.
    for (size_t f = 0; f < 9; ++f) {
        const uint32_t ring = snapped.partOffsets[snapped.featureOffsets[f]];
        EXPECT_EQ(snapped.ringOffsets[ring + 1] - snapped.ringOffsets[ring], 8u) << "feature " << f;
    }
    // The border between squares 0 and 1 (x = 1) has the same vertices on both sides.
    auto onBorder = [&](size_t f) {
        std::vector<double> ys;
        const uint32_t ring = snapped.partOffsets[snapped.featureOffsets[f]];
        for (uint32_t v = snapped.ringOffsets[ring]; v < snapped.ringOffsets[ring + 1]; ++v)
            if (snapped.xy[2 * v] == 1.0) ys.push_back(snapped.xy[2 * v + 1]);
        std::sort(ys.begin(), ys.end());
        return ys;
    };
    EXPECT_EQ(onBorder(0), onBorder(1));
}

TEST(SnapToGrid, SmallFeaturesBecomeDotsAndCollapsedRingsGo) {
    GeometryColumn g = grid(2, 4);
    // A sliver far smaller than the grid: its ring collapses, but it is not small enough to dot.
    for (auto [x, y] : {std::pair{5.0, 5.0}, {5.1, 5.0}, {5.1, 5.05}}) g.addVertex(x, y);
    g.endRing();
    g.endPart();
    g.endFeature();
    std::vector<uint32_t> dotted;
    const GeometryColumn snapped = snapToGrid(g, 0.5, 0.05, 0.0, 0.0, dotted);
    EXPECT_TRUE(dotted.empty());
    EXPECT_EQ(snapped.featureOffsets[5] - snapped.featureOffsets[4], 0u) << "the sliver has no part left";
    dotted.clear();
    const GeometryColumn dottedAll = snapToGrid(g, 0.25, 2.0, 0.0, 0.0, dotted);
    EXPECT_EQ(dotted.size(), 5u) << "every feature is under 2 units";
    EXPECT_EQ(dottedAll.vertexCount(), 0u);
    EXPECT_EQ(dottedAll.featureCount(), 5u);
}

TEST(DetailLevels, ALargeLayerGetsCoarserLevelsAndSmallOnesNone) {
    EXPECT_TRUE(buildDetailLevels(grid(10, 4), 5.0, 5.0).empty()) << "1,600 vertices draw fast whole";
    const GeometryColumn big = grid(100, 25);  // 10^4 squares, 10^6 vertices
    const std::vector<DetailLevel> levels = buildDetailLevels(big, 50.0, 50.0);
    ASSERT_FALSE(levels.empty());
    std::vector<double> dotBelow;
    for (size_t i = 0; i < levels.size(); ++i) {
        dotBelow.push_back(levels[i].dotBelow);
        if (i > 0) {
            EXPECT_LT(levels[i].dotBelow, levels[i - 1].dotBelow) << "coarsest first";
        }
        const size_t vertices = levels[i].fill.positions.size() / 2 + levels[i].dots.dotCount();
        EXPECT_LE(2 * vertices, big.vertexCount()) << "a level halves the work at least";
    }
    // Seen whole in 167 pixels (0.6 units a pixel), each square is 1.7 px: a level of dots.
    const int whole = chooseDetailLevel(dotBelow, 0.6);
    ASSERT_GE(whole, 0);
    EXPECT_EQ(levels[size_t(whole)].dots.dotCount(), 10'000u);
    // Zoomed until a square is 100 px: the full meshes.
    EXPECT_EQ(chooseDetailLevel(dotBelow, 0.01), -1);
}

TEST(DetailLevels, AProvinceOfDetailedBordersGetsLevelsToo) {
    // 15 x 15 units with 100 vertices an edge, 90,000 vertices: about the built-in map's 124,000,
    // whose borders drawn whole took most of a frame. Seen whole at 0.1 units a pixel (150 px),
    // a level with half the vertices or fewer is drawn, no unit a dot.
    const GeometryColumn province = grid(15, 100);
    const std::vector<DetailLevel> levels = buildDetailLevels(province, 7.5, 7.5);
    ASSERT_FALSE(levels.empty());
    const int whole = chooseDetailLevel(levelDotSizes(levels), 0.1);
    ASSERT_GE(whole, 0);
    const DetailLevel& drawn = levels[size_t(whole)];
    EXPECT_EQ(drawn.dots.dotCount(), 0u);
    EXPECT_LE(2 * (drawn.fill.positions.size() / 2), province.vertexCount());
}

TEST(DetailLevels, TheLevelForOneScaleIsTheOneChosenFromAllLevels) {
    const GeometryColumn big = grid(100, 25);
    const std::vector<DetailLevel> levels = buildDetailLevels(big, 50.0, 50.0);
    const std::vector<double> dotBelow = levelDotSizes(levels);
    for (const double unitsPerPixel : {5.0, 0.6, 0.2, 0.05, 0.01}) {
        const std::vector<DetailLevel> one = buildDetailLevelFor(big, 50.0, 50.0, unitsPerPixel);
        const int chosen = chooseDetailLevel(dotBelow, unitsPerPixel);
        if (chosen < 0) {
            EXPECT_TRUE(one.empty()) << unitsPerPixel << " units a pixel: the full meshes";
            continue;
        }
        ASSERT_EQ(one.size(), 1u) << unitsPerPixel;
        // The same level, or one drawing the same (every square a dot in both).
        const DetailLevel& expected = levels[size_t(chosen)];
        EXPECT_EQ(one[0].dots.dotCount(), expected.dots.dotCount()) << unitsPerPixel;
        EXPECT_EQ(one[0].fill.indices.size(), expected.fill.indices.size()) << unitsPerPixel;
        EXPECT_GE(chooseDetailLevel(std::vector<double>{one[0].dotBelow}, unitsPerPixel), 0);
    }
    EXPECT_TRUE(buildDetailLevelFor(grid(10, 4), 5.0, 5.0, 0.6).empty()) << "small layers have no levels";
}

}  // namespace
}  // namespace bashu
