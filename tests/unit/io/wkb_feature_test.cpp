// A feature's WKB box, simple types decoded here and the others read by GDAL.
#include "io/wkb_feature.h"

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "io/ogr_geometry.h"

namespace bashu {
namespace {

std::vector<uint8_t> wkbOfWkt(const char* wkt) {
    OGRGeometry* g = nullptr;
    EXPECT_EQ(OGRGeometryFactory::createFromWkt(wkt, nullptr, &g), OGRERR_NONE) << wkt;
    const std::unique_ptr<OGRGeometry> owned(g);
    std::vector<uint8_t> bytes(g->WkbSize());
    EXPECT_EQ(g->exportToWkb(wkbNDR, bytes.data(), wkbVariantIso), OGRERR_NONE);
    return bytes;
}

TEST(WkbFeature, TheBoxOfAnyTypeGdalReads) {
    // A collection and a curved polygon (a PostGIS table may hold them): their boxes, so a read
    // thins them to cells like any other feature.
    const std::optional<Extent> collection =
        wkbFeatureExtent(wkbOfWkt("GEOMETRYCOLLECTION (POINT (1 1),LINESTRING (2 2,5 -1))"));
    ASSERT_TRUE(collection);
    EXPECT_EQ(collection->minX, 1.0);
    EXPECT_EQ(collection->minY, -1.0);
    EXPECT_EQ(collection->maxX, 5.0);
    EXPECT_EQ(collection->maxY, 2.0);
    const std::optional<Extent> curved =
        wkbFeatureExtent(wkbOfWkt("CURVEPOLYGON (CIRCULARSTRING (0 0,4 0,4 4,0 4,0 0))"));
    ASSERT_TRUE(curved);
    EXPECT_GE(curved->width(), 4.0);
    const std::optional<Extent> simple = wkbFeatureExtent(wkbOfWkt("POLYGON ((0 0,3 0,3 2,0 0))"));
    ASSERT_TRUE(simple);
    EXPECT_EQ(simple->maxX, 3.0);
    EXPECT_EQ(simple->maxY, 2.0);
    EXPECT_FALSE(wkbFeatureExtent(wkbOfWkt("GEOMETRYCOLLECTION EMPTY")));
    const std::vector<uint8_t> garbage{1, 7, 0, 0, 0, 9};
    EXPECT_FALSE(wkbFeatureExtent(garbage));
}

}  // namespace
}  // namespace bashu
