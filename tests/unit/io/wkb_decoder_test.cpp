// The WKB decoder against GDAL's own reading of the same bytes: same parts, rings and vertices.
#include "io/wkb_decoder.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "io/ogr_geometry.h"

namespace bashu {
namespace {

std::unique_ptr<OGRGeometry> fromWkt(const char* wkt) {
    OGRGeometry* g = nullptr;
    EXPECT_EQ(OGRGeometryFactory::createFromWkt(wkt, nullptr, &g), OGRERR_NONE) << wkt;
    return std::unique_ptr<OGRGeometry>(g);
}

std::vector<uint8_t> wkbOf(const OGRGeometry& g, OGRwkbByteOrder order, OGRwkbVariant variant) {
    std::vector<uint8_t> bytes(g.WkbSize());
    EXPECT_EQ(g.exportToWkb(order, bytes.data(), variant), OGRERR_NONE);
    return bytes;
}

GeometryColumn columnOf(GeometryKind kind) {
    GeometryColumn c;
    c.kind = kind;
    return c;
}

void expectSame(const GeometryColumn& a, const GeometryColumn& b, const std::string& what) {
    EXPECT_EQ(a.xy, b.xy) << what;
    EXPECT_EQ(a.ringOffsets, b.ringOffsets) << what;
    EXPECT_EQ(a.partOffsets, b.partOffsets) << what;
}

TEST(WkbDecoder, DecodesAsGdalReadsInEveryByteOrderAndVariant) {
    const char* const shapes[] = {
        "POINT (104.06 30.67)",
        "POINT Z (1 2 3)",
        "POINT M (1 2 4)",
        "POINT ZM (1 2 3 4)",
        "LINESTRING (0 0,1 1,2 0)",
        "LINESTRING Z (0 0 5,1 1 6)",
        "POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))",
        "POLYGON ZM ((0 0 1 2,1 0 1 2,1 1 1 2,0 0 1 2))",
        "MULTIPOINT (1 1,2 2,3 3)",
        "MULTIPOINT ((1 1),(3 3))",
        "MULTILINESTRING ((0 0,1 1),(2 2,3 3,4 2))",
        "MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5),(5.2 5.1,5.8 5.1,5.8 5.7,5.2 5.1)))",
        "MULTIPOLYGON (EMPTY,((0 0,1 0,1 1,0 0)))",
        "MULTIPOLYGON Z (((0 0 1,1 0 1,1 1 1,0 0 1)))",
    };
    for (const char* wkt : shapes) {
        const std::unique_ptr<OGRGeometry> g = fromWkt(wkt);
        const std::optional<GeometryKind> kind = kindOfDimension(g->getDimension());
        ASSERT_TRUE(kind) << wkt;
        GeometryColumn expected = columnOf(*kind);
        ASSERT_TRUE(GeometryAppender(expected).append(*g)) << wkt;
        for (OGRwkbByteOrder order : {wkbNDR, wkbXDR})
            for (OGRwkbVariant variant : {wkbVariantIso, wkbVariantOldOgc}) {
                // The old OGC variant cannot write M; GDAL then writes ISO codes anyway.
                const std::vector<uint8_t> bytes = wkbOf(*g, order, variant);
                const std::string what = std::string(wkt) + (order == wkbNDR ? " little" : " big") +
                                         (variant == wkbVariantIso ? " ISO" : " extended");
                const WkbShape shape = inspectWkb(bytes);
                ASSERT_EQ(shape.outcome, WkbShape::Outcome::Kind) << what;
                EXPECT_EQ(shape.kind, *kind) << what;
                EXPECT_EQ(OGR_GT_Flatten(OGRwkbGeometryType(shape.type)), wkbFlatten(g->getGeometryType()))
                    << what;
                GeometryColumn decoded = columnOf(*kind);
                ASSERT_TRUE(appendWkb(bytes, decoded)) << what;
                expectSame(decoded, expected, what);
            }
    }
}

TEST(WkbDecoder, TheBoxOfAGeometryIsGdalsEnvelope) {
    for (const char* wkt :
         {"POINT (104.06 30.67)", "LINESTRING Z (0 0 5,1 -1 6)",
          "POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))", "MULTIPOINT ((1 1),(3 -3))",
          "MULTIPOLYGON (EMPTY,((0 0,1 0,1 1,0 0)),((5 5,6 5,6 7,5 5)))"}) {
        const std::unique_ptr<OGRGeometry> g = fromWkt(wkt);
        OGREnvelope envelope;
        g->getEnvelope(&envelope);
        for (OGRwkbByteOrder order : {wkbNDR, wkbXDR}) {
            const std::optional<Extent> box = wkbExtent(wkbOf(*g, order, wkbVariantIso));
            ASSERT_TRUE(box) << wkt;
            EXPECT_EQ(box->minX, envelope.MinX) << wkt;
            EXPECT_EQ(box->minY, envelope.MinY) << wkt;
            EXPECT_EQ(box->maxX, envelope.MaxX) << wkt;
            EXPECT_EQ(box->maxY, envelope.MaxY) << wkt;
        }
    }
    // A NaN coordinate is left out of the box.
    std::vector<uint8_t> withNaN = wkbOf(*fromWkt("LINESTRING (0 0,1 1,2 5)"), wkbNDR, wkbVariantIso);
    const double nan = NAN;
    std::memcpy(withNaN.data() + withNaN.size() - 8, &nan, 8);
    const std::optional<Extent> box = wkbExtent(withNaN);
    ASSERT_TRUE(box);
    EXPECT_EQ(box->maxX, 2.0);
    EXPECT_EQ(box->maxY, 1.0);
    // None for an empty geometry, one GDAL reads itself, or cut short.
    EXPECT_FALSE(wkbExtent(wkbOf(*fromWkt("POLYGON EMPTY"), wkbNDR, wkbVariantIso)));
    EXPECT_FALSE(wkbExtent(wkbOf(*fromWkt("GEOMETRYCOLLECTION (POINT (1 1))"), wkbNDR, wkbVariantIso)));
    std::vector<uint8_t> cut = wkbOf(*fromWkt("LINESTRING (0 0,1 1)"), wkbNDR, wkbVariantIso);
    cut.pop_back();
    EXPECT_FALSE(wkbExtent(cut));
}

TEST(WkbDecoder, EmptyGeometriesAreEmpty) {
    for (const char* wkt : {"POINT EMPTY", "LINESTRING EMPTY", "POLYGON EMPTY", "MULTIPOLYGON EMPTY",
                            "MULTIPOINT (EMPTY)", "MULTIPOLYGON (EMPTY,EMPTY)", "MULTILINESTRING EMPTY"}) {
        const std::unique_ptr<OGRGeometry> g = fromWkt(wkt);
        ASSERT_TRUE(g->IsEmpty()) << wkt;
        EXPECT_EQ(inspectWkb(wkbOf(*g, wkbNDR, wkbVariantIso)).outcome, WkbShape::Outcome::Empty) << wkt;
    }
}

TEST(WkbDecoder, LeavesOtherTypesToGdal) {
    for (const char* wkt : {"GEOMETRYCOLLECTION (POINT (1 1))", "CIRCULARSTRING (0 0,1 1,2 0)",
                            "CURVEPOLYGON ((0 0,1 0,1 1,0 0))", "TIN (((0 0 0,0 1 0,1 1 0,0 0 0)))"}) {
        const std::unique_ptr<OGRGeometry> g = fromWkt(wkt);
        EXPECT_EQ(inspectWkb(wkbOf(*g, wkbNDR, wkbVariantIso)).outcome, WkbShape::Outcome::NotSimple) << wkt;
    }
}

TEST(WkbDecoder, EveryTruncationIsMalformedNeverARead) {
    const std::vector<uint8_t> whole =
        wkbOf(*fromWkt("MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))"), wkbNDR, wkbVariantIso);
    for (size_t n = 0; n < whole.size(); ++n) {
        const std::vector<uint8_t> cut(whole.begin(), whole.begin() + long(n));
        EXPECT_EQ(inspectWkb(cut).outcome, WkbShape::Outcome::Malformed) << n << " bytes";
    }
    // A count far beyond the bytes, a byte order other than 0 or 1, an unknown type.
    std::vector<uint8_t> huge = wkbOf(*fromWkt("LINESTRING (0 0,1 1)"), wkbNDR, wkbVariantIso);
    huge[5] = 0xff;
    huge[6] = 0xff;
    EXPECT_EQ(inspectWkb(huge).outcome, WkbShape::Outcome::Malformed);
    std::vector<uint8_t> order = wkbOf(*fromWkt("POINT (1 2)"), wkbNDR, wkbVariantIso);
    order[0] = 7;
    EXPECT_EQ(inspectWkb(order).outcome, WkbShape::Outcome::Malformed);
    order[0] = 1;
    order[1] = 99;
    EXPECT_EQ(inspectWkb(order).outcome, WkbShape::Outcome::Malformed);
}

TEST(WkbDecoder, FlagBitsGdalDoesNotReadAreMalformed) {
    // A point whose type carries EWKB's M and SRID bits and an unknown one (found by fuzzing):
    // GDAL refuses it, so must the decoder.
    std::vector<uint8_t> point = wkbOf(*fromWkt("POINT (1 2)"), wkbNDR, wkbVariantIso);
    const uint32_t flagged = 0x70000001u;
    std::memcpy(point.data() + 1, &flagged, 4);
    EXPECT_EQ(inspectWkb(point).outcome, WkbShape::Outcome::Malformed);
    // GDAL's own 2.5D flag is read, on a 2D code only.
    std::vector<uint8_t> old = wkbOf(*fromWkt("POINT Z (1 2 3)"), wkbNDR, wkbVariantOldOgc);
    EXPECT_EQ(inspectWkb(old).outcome, WkbShape::Outcome::Kind);
    const uint32_t both = 0x80000000u | 1001u;
    std::memcpy(old.data() + 1, &both, 4);
    EXPECT_EQ(inspectWkb(old).outcome, WkbShape::Outcome::Malformed);
}

TEST(WkbDecoder, ANonFiniteCoordinateAppendsNothing) {
    GeometryColumn column = columnOf(GeometryKind::Line);
    ASSERT_TRUE(appendWkb(wkbOf(*fromWkt("LINESTRING (0 0,1 1)"), wkbNDR, wkbVariantIso), column));
    const GeometryColumn before = column;
    std::vector<uint8_t> bad =
        wkbOf(*fromWkt("MULTILINESTRING ((0 0,1 1),(2 2,3 3))"), wkbNDR, wkbVariantIso);
    const double inf = INFINITY;
    std::memcpy(bad.data() + bad.size() - 8, &inf, 8);
    ASSERT_EQ(inspectWkb(bad).outcome, WkbShape::Outcome::Kind);
    EXPECT_FALSE(appendWkb(bad, column));
    expectSame(column, before, "rolled back");
}

}  // namespace
}  // namespace bashu
