#include "export/small_multiples_grid.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bashu {
namespace {

GridRequest request(int panels, float width, float height, double aspect = 4.0 / 3.0) {
    GridRequest r;
    r.panels = panels;
    r.mapAspect = aspect;
    r.area = PixelBox{20, 80, 20 + width, 80 + height};
    r.gap = 12;
    r.titleHeight = 30;
    r.key = KeySize{260, 420, 520, 240};
    return r;
}

bool empty(const PixelBox& b) { return b.x1 <= b.x0 || b.y1 <= b.y0; }

// What every layout must keep: equal maps of the map's shape, each under its title strip, all
// inside the area, none overlapping another or the key.
void expectSound(const GridRequest& r, const GridLayout& g) {
    ASSERT_EQ(int(g.maps.size()), r.panels);
    ASSERT_EQ(g.titles.size(), g.maps.size());
    const float w = g.maps.front().x1 - g.maps.front().x0, h = g.maps.front().y1 - g.maps.front().y0;
    EXPECT_NEAR(w / h, r.mapAspect, 0.01);
    const PixelBox area{r.area.x0 - 0.5f, r.area.y0 - 0.5f, r.area.x1 + 0.5f, r.area.y1 + 0.5f};
    for (size_t i = 0; i < g.maps.size(); ++i) {
        EXPECT_NEAR(g.maps[i].x1 - g.maps[i].x0, w, 0.01);
        EXPECT_NEAR(g.maps[i].y1 - g.maps[i].y0, h, 0.01);
        EXPECT_FLOAT_EQ(g.titles[i].y1, g.maps[i].y0) << "the title sits right above its map";
        EXPECT_TRUE(g.maps[i].inside(area)) << i;
        EXPECT_TRUE(g.titles[i].inside(area)) << i;
        for (size_t j = 0; j < i; ++j) {
            EXPECT_FALSE(g.maps[i].overlaps(g.maps[j])) << i << " " << j;
            EXPECT_FALSE(g.maps[i].overlaps(g.titles[j])) << i << " " << j;
        }
        if (g.keyPlace != KeyPlace::None) {
            EXPECT_FALSE(g.key.overlaps(g.maps[i])) << "the key covers panel " << i;
            EXPECT_FALSE(g.key.overlaps(g.titles[i])) << "the key covers the title of panel " << i;
        }
    }
    if (g.keyPlace != KeyPlace::None) {
        EXPECT_TRUE(g.key.inside(area));
    }
}

TEST(SmallMultiplesGrid, ThreePanelsOnALandscapePageLeaveTheFourthCellToTheKey) {
    const GridRequest r = request(3, 2000, 1400);
    const GridLayout g = layoutGrid(r);
    expectSound(r, g);
    EXPECT_EQ(g.columns, 2);
    EXPECT_EQ(g.rows, 2);
    EXPECT_EQ(g.keyPlace, KeyPlace::FreeCell);
    // The key sits where the fourth panel would: right of the third, below the second.
    EXPECT_GE(g.key.x0, g.maps[2].x1);
    EXPECT_GE(g.key.y0, g.maps[1].y1);
}

TEST(SmallMultiplesGrid, AWideStripPutsThePanelsInOneRow) {
    const GridRequest r = request(3, 3000, 700, 1.0);
    const GridLayout g = layoutGrid(r);
    expectSound(r, g);
    EXPECT_EQ(g.columns, 3);
    EXPECT_EQ(g.rows, 1);
    EXPECT_EQ(g.keyPlace, KeyPlace::Right);
    EXPECT_NEAR(g.maps[0].y0, g.maps[2].y0, 0.01) << "one row";
}

TEST(SmallMultiplesGrid, ATallPageStacksThePanels) {
    const GridRequest r = request(3, 700, 2400, 1.5);
    const GridLayout g = layoutGrid(r);
    expectSound(r, g);
    EXPECT_EQ(g.columns, 1);
    EXPECT_EQ(g.rows, 3);
}

TEST(SmallMultiplesGrid, GivenColumnsAreKept) {
    const GridRequest base = request(6, 2000, 1400);
    for (int columns : {1, 2, 3, 6}) {
        GridRequest r = base;
        r.columns = columns;
        const GridLayout g = layoutGrid(r);
        expectSound(r, g);
        EXPECT_EQ(g.columns, columns);
        EXPECT_EQ(g.rows, (6 + columns - 1) / columns);
    }
    GridRequest more = base;
    more.columns = 10;  // more columns than panels: one row
    EXPECT_EQ(layoutGrid(more).columns, 6);
}

TEST(SmallMultiplesGrid, TheKeyNeverCoversAPanelWhateverTheCountAndShape) {
    for (int panels = 1; panels <= 12; ++panels)
        for (auto [width, height] :
             {std::pair{2000.f, 1400.f}, {1400.f, 2000.f}, {3000.f, 800.f}, {900.f, 700.f}})
            for (double aspect : {0.6, 1.0, 1.6}) {
                SCOPED_TRACE(std::to_string(panels) + " panels in " + std::to_string(int(width)) + "x" +
                             std::to_string(int(height)) + ", aspect " + std::to_string(aspect));
                const GridRequest r = request(panels, width, height, aspect);
                const GridLayout g = layoutGrid(r);
                expectSound(r, g);
                EXPECT_NE(g.keyPlace, KeyPlace::None);
            }
}

TEST(SmallMultiplesGrid, LargerPanelsWinOverFewerColumns) {
    // Four square maps on a square page: 2 x 2 beats 1 x 4 and 4 x 1.
    GridRequest r = request(4, 1600, 1600, 1.0);
    r.key = {};
    const GridLayout g = layoutGrid(r);
    expectSound(r, g);
    EXPECT_EQ(g.columns, 2);
    EXPECT_EQ(g.keyPlace, KeyPlace::None);
    EXPECT_TRUE(empty(g.key));
    EXPECT_GT(g.maps[0].x1 - g.maps[0].x0, 700);
}

TEST(SmallMultiplesGrid, AKeyTooLargeForThePageGoesOverThePanelsRatherThanNowhere) {
    GridRequest r = request(2, 300, 200);
    r.key = KeySize{400, 400, 800, 300};
    const GridLayout g = layoutGrid(r);
    ASSERT_EQ(g.maps.size(), 2u);
    EXPECT_FALSE(empty(g.key));
}

}  // namespace
}  // namespace bashu
