// The views of a PostGIS layer kept in its feed (scene/postgis_layer.h): which serve a later view,
// and the bound on what they hold. No server: the feed connects only when it reads.
#include <gtest/gtest.h>

#include "scene/postgis_layer.h"

namespace bashu {
namespace {

CachedView viewOf(const Extent& box, double detail, size_t features) {
    CachedView view;
    view.mapCrs = "EPSG:3857";
    view.box = box;
    view.layerBox = box;
    view.detail = detail;
    for (size_t i = 0; i < features; ++i) view.data.geometry.endFeature();  // null geometries suffice
    return view;
}

TEST(CachedView, AViewIsServedByAKeptReadThatHoldsItAtItsDetail) {
    PostgisFeed feed(LayerSpec{});
    feed.rememberView(viewOf(Extent{0, 0, 200, 100}, 1.0, 10));
    const Extent inside{50, 20, 150, 80};
    ASSERT_TRUE(feed.cachedView("EPSG:3857", inside, 1.0));
    EXPECT_EQ(feed.cachedView("EPSG:3857", inside, 1.0)->data.featureCount(), 10u);
    EXPECT_TRUE(feed.cachedView("EPSG:3857", inside, 0.5)) << "half a pixel: as fine as a read's rule asks";
    EXPECT_FALSE(feed.cachedView("EPSG:3857", inside, 0.4)) << "closer: too coarse";
    EXPECT_FALSE(feed.cachedView("EPSG:3857", inside, 5.0)) << "much farther: too many features for it";
    EXPECT_FALSE(feed.cachedView("EPSG:3857", Extent{150, 20, 250, 80}, 1.0)) << "partly outside";
    EXPECT_FALSE(feed.cachedView("EPSG:4326", inside, 1.0)) << "another map CRS";
    EXPECT_EQ(feed.cachedViewHits(), 3u);
}

TEST(CachedView, TheLeastRecentlyUsedGoBeyondTheBound) {
    PostgisFeed feed(LayerSpec{});
    const size_t each = kCachedViewFeatures / 3;
    for (int i = 0; i < 3; ++i) feed.rememberView(viewOf(Extent{i * 10.0, 0, i * 10.0 + 10, 10}, 1.0, each));
    // The first view used again, then a fourth: the second (least recently used) goes.
    ASSERT_TRUE(feed.cachedView("EPSG:3857", Extent{1, 1, 9, 9}, 1.0));
    feed.rememberView(viewOf(Extent{30, 0, 40, 10}, 1.0, each));
    EXPECT_TRUE(feed.cachedView("EPSG:3857", Extent{1, 1, 9, 9}, 1.0));
    EXPECT_FALSE(feed.cachedView("EPSG:3857", Extent{11, 1, 19, 9}, 1.0));
    EXPECT_TRUE(feed.cachedView("EPSG:3857", Extent{21, 1, 29, 9}, 1.0));
    EXPECT_TRUE(feed.cachedView("EPSG:3857", Extent{31, 1, 39, 9}, 1.0));
    // A view larger than the bound alone is kept (the last read), and nothing beside it.
    feed.rememberView(viewOf(Extent{100, 0, 110, 10}, 1.0, kCachedViewFeatures + 1));
    EXPECT_TRUE(feed.cachedView("EPSG:3857", Extent{101, 1, 109, 9}, 1.0));
    EXPECT_FALSE(feed.cachedView("EPSG:3857", Extent{31, 1, 39, 9}, 1.0));
    // At most kCachedViews views, however small.
    for (size_t i = 0; i < kCachedViews + 1; ++i)
        feed.rememberView(viewOf(Extent{1000.0 + double(i) * 10, 0, 1010.0 + double(i) * 10, 10}, 1.0, 1));
    EXPECT_FALSE(feed.cachedView("EPSG:3857", Extent{1001, 1, 1009, 9}, 1.0));
    EXPECT_TRUE(feed.cachedView("EPSG:3857", Extent{1011, 1, 1019, 9}, 1.0));
}

}  // namespace
}  // namespace bashu
