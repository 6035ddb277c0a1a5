#include "core/seam_cut.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace bashu {
namespace {

using Ring = std::vector<std::pair<double, double>>;

GeometryColumn polygons(const std::vector<std::vector<Ring>>& features) {
    GeometryColumn g;
    g.kind = GeometryKind::Polygon;
    for (const std::vector<Ring>& feature : features) {
        for (const Ring& ring : feature) {
            for (auto [x, y] : ring) g.addVertex(x, y);
            g.endRing();
            g.endPart();
        }
        g.endFeature();
    }
    return g;
}

// One feature of one polygon part: an outer ring and its holes.
GeometryColumn onePart(const std::vector<Ring>& rings) {
    GeometryColumn g;
    for (const Ring& ring : rings) {
        for (auto [x, y] : ring) g.addVertex(x, y);
        g.endRing();
    }
    g.endPart();
    g.endFeature();
    return g;
}

double totalArea(const GeometryColumn& g) {
    double sum = 0.0;
    for (size_t p = 0; p < g.partCount(); ++p) sum += polygonPartArea(g, p);
    return sum;
}

Extent partExtent(const GeometryColumn& g, size_t part) {
    Extent e;
    for (uint32_t r = g.partOffsets[part]; r < g.partOffsets[part + 1]; ++r) {
        const auto ring = g.ring(r);
        for (size_t i = 0; i < ring.size(); i += 2) e.include(ring[i], ring[i + 1]);
    }
    return e;
}

// Fiji as the world-atlas TopoJSON has it: written for the sphere, from -180 the short way to
// 179.36 and back.
const Ring kFijiAcross = {{-180.0, -16.07}, {-179.79, -16.02}, {-179.92, -16.5}, {-180.0, -16.56},
                          {179.36, -16.8},  {179.0, -16.4},    {180.0, -16.07},  {-180.0, -16.07}};

TEST(SeamCut, RegionalDataIsLeftAsItIs) {
    GeometryColumn g = polygons({{{{104, 30}, {105, 30}, {105, 31}, {104, 30}}}});
    const std::vector<double> before = g.xy;
    const SeamCut cut = cutAtSeam(g, 105.0);
    EXPECT_EQ(cut.featuresCut, 0u);
    EXPECT_EQ(g.xy, before);
}

TEST(SeamCut, ARingAcrossTheAntimeridianBecomesAPartOnEachSide) {
    GeometryColumn g = polygons({{kFijiAcross}});
    const SeamCut cut = cutAtSeam(g, 0.0);
    EXPECT_EQ(cut.featuresCut, 1u);
    ASSERT_EQ(g.featureCount(), 1u);
    ASSERT_EQ(g.partCount(), 2u);
    // One part at the map's western edge, one at its eastern edge; neither spans the map.
    const Extent west = partExtent(g, 0), east = partExtent(g, 1);
    const Extent a = west.minX < east.minX ? west : east, b = west.minX < east.minX ? east : west;
    EXPECT_NEAR(a.minX, -180.0, 1e-6);
    EXPECT_NEAR(a.maxX, -179.79, 1e-9);
    EXPECT_NEAR(b.minX, 179.0, 1e-9);
    EXPECT_NEAR(b.maxX, 180.0, 1e-6);
    EXPECT_LT(a.minX, -180.0 + 1e-6);
    EXPECT_GT(a.minX, -180.0);  // kept inside the edge, so a projection keeps it on this side
    EXPECT_LT(b.maxX, 180.0);
}

TEST(SeamCut, AnIslandWhoseShoreAlong180IsWrittenBothWaysStaysOnItsSide) {
    // From the 10 m world atlas: all of it east of 180 but for its shore along 180, written
    // -180 and 180. Read as written it would span the map.
    const Ring island = {{-180.0, -16.541},  {180.0, -16.541}, {179.993, -16.542}, {179.986, -16.539},
                         {179.986, -16.519}, {180.0, -16.492}, {180.0, -16.49},    {-180.0, -16.541}};
    GeometryColumn g = polygons({{island}});
    cutAtSeam(g, 0.0);
    ASSERT_EQ(g.partCount(), 1u);
    EXPECT_NEAR(partExtent(g, 0).minX, 179.986, 1e-9);
    EXPECT_NEAR(partExtent(g, 0).maxX, 180.0, 1e-6);
}

TEST(SeamCut, CuttingKeepsTheArea) {
    // A square from 170 to 190 written as 170..180 then -180..-170, read the short way.
    const Ring square = {{170, 10}, {-170, 10}, {-170, 20}, {170, 20}, {170, 10}};
    GeometryColumn g = polygons({{square}});
    cutAtSeam(g, 0.0);
    EXPECT_EQ(g.partCount(), 2u);
    EXPECT_NEAR(totalArea(g), 200.0, 1e-5);  // less the hair kept from the edges
}

TEST(SeamCut, AWorldsOutlineAlongTheAntimeridianIsReadAsWritten) {
    const Ring world = {{-180, -90}, {180, -90}, {180, 90}, {-180, 90}, {-180, -90}};
    GeometryColumn g = polygons({{world}});
    const std::vector<double> before = g.xy;
    EXPECT_EQ(cutAtSeam(g, 0.0).featuresCut, 0u);
    EXPECT_EQ(g.xy, before);
}

TEST(SeamCut, AntarcticaReachesThePoleHoweverItIsClosed) {
    // The 110 m world atlas closes its coast with an edge from 180 to -180 at 84.7 S (below which
    // the coast dips); Natural Earth runs along the pole itself. Both cover the pole.
    const Ring atlas = {{-180, -84.7}, {-90, -85.5}, {0, -70}, {90, -68}, {180, -84.7}, {-180, -84.7}};
    const Ring naturalEarth = {{-180, -90}, {-180, -84.7}, {-90, -85.5}, {0, -70},
                               {90, -68},   {180, -84.7},  {180, -90},   {-180, -90}};
    GeometryColumn a = polygons({{atlas}}), n = polygons({{naturalEarth}});
    const double planarArea = totalArea(n);
    EXPECT_EQ(cutAtSeam(a, 0.0).polarRings, 1u);
    cutAtSeam(n, 0.0);
    EXPECT_NEAR(a.extent().minY, -90.0, 1e-9);
    EXPECT_NEAR(totalArea(a), planarArea, 1e-3);
    EXPECT_NEAR(totalArea(n), planarArea, 1e-3);
}

TEST(SeamCut, APacificCentredMapCutsPlanarDataAtItsOwnSeam) {
    // Centred on 150E, the map's seam is 30W: the world's outline falls in two parts, whose
    // areas still make the whole.
    const Ring world = {{-180, -90}, {180, -90}, {180, 90}, {-180, 90}, {-180, -90}};
    GeometryColumn g = polygons({{world}});
    EXPECT_EQ(cutAtSeam(g, 150.0).featuresCut, 1u);
    ASSERT_EQ(g.partCount(), 2u);
    EXPECT_NEAR(totalArea(g), 360.0 * 180.0, 1e-3);
    for (size_t p = 0; p < g.partCount(); ++p) {
        const Extent e = partExtent(g, p);
        EXPECT_GE(e.minX, -30.0);
        EXPECT_LE(e.maxX, 330.0);
    }
}

TEST(SeamCut, DataPastTheMapsEdgeIsMovedToItsSide) {
    // Written 0..360, drawn on a map centred on Greenwich: 200..210 is 160W..150W.
    GeometryColumn g = polygons({{{{200, 0}, {210, 0}, {210, 10}, {200, 0}}}});
    cutAtSeam(g, 0.0);
    ASSERT_EQ(g.partCount(), 1u);
    EXPECT_NEAR(partExtent(g, 0).minX, -160.0, 1e-9);
    EXPECT_NEAR(partExtent(g, 0).maxX, -150.0, 1e-9);
}

TEST(SeamCut, ARingRoundThePoleIsClosedAlongIt) {
    // Antarctica written for the sphere: eastward from 170E round to 170E again, crossing 180
    // on the way; it encloses the south pole.
    Ring around;
    for (double lon = 170.0; lon < 530.0; lon += 10.0)
        around.push_back({std::remainder(lon, 360.0), -70.0 - 5.0 * std::sin(lon)});
    around.push_back(around.front());
    GeometryColumn g = polygons({{around}});
    const SeamCut cut = cutAtSeam(g, 0.0);
    EXPECT_EQ(cut.polarRings, 1u);
    Extent all = g.extent();
    EXPECT_NEAR(all.minY, -90.0, 1e-9);
    EXPECT_NEAR(all.minX, -180.0, 1e-6);
    EXPECT_NEAR(all.maxX, 180.0, 1e-6);
    // The whole cap south of the coast: at least the band from 75S to the pole.
    EXPECT_GT(totalArea(g), 360.0 * 15.0);
}

TEST(SeamCut, AHoleStaysWithItsPartOnEachSide) {
    const Ring outer = {{170, 0}, {-170, 0}, {-170, 20}, {170, 20}, {170, 0}};
    const Ring hole = {{175, 5}, {175, 15}, {-175, 15}, {-175, 5}, {175, 5}};
    GeometryColumn g = onePart({outer, hole});
    cutAtSeam(g, 0.0);
    ASSERT_EQ(g.partCount(), 2u);
    EXPECT_EQ(g.partOffsets[1] - g.partOffsets[0], 2u);  // outer and hole on each side
    EXPECT_NEAR(totalArea(g), 400.0 - 100.0, 1e-5);
}

TEST(SeamCut, ALineAcrossTheAntimeridianBecomesTwoLines) {
    GeometryColumn g;
    g.kind = GeometryKind::Line;
    for (auto [x, y] : Ring{{170, 50}, {178, 52}, {-178, 54}, {-170, 56}}) g.addVertex(x, y);
    g.endRing();
    g.endPart();
    g.endFeature();
    EXPECT_EQ(cutAtSeam(g, 0.0).featuresCut, 1u);
    ASSERT_EQ(g.partCount(), 2u);
    const auto first = g.ring(0), second = g.ring(1);
    // The crossing at 180, halfway between 178 and -178: latitude 53 on both sides.
    EXPECT_NEAR(first[first.size() - 2], 180.0, 1e-6);
    EXPECT_NEAR(first[first.size() - 1], 53.0, 1e-9);
    EXPECT_NEAR(second[0], -180.0, 1e-6);
    EXPECT_NEAR(second[1], 53.0, 1e-9);
}

TEST(SeamCut, PointsAndUncutFeaturesKeepTheirPlace) {
    GeometryColumn g =
        polygons({{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}, {kFijiAcross}, {{{5, 5}, {6, 5}, {6, 6}, {5, 5}}}});
    cutAtSeam(g, 0.0);
    ASSERT_EQ(g.featureCount(), 3u);
    EXPECT_EQ(g.featureOffsets[1] - g.featureOffsets[0], 1u);
    EXPECT_EQ(g.featureOffsets[2] - g.featureOffsets[1], 2u);
    EXPECT_NEAR(g.featureExtent(2).minX, 5.0, 0.0);
}

TEST(SeamCut, RingsAcrossTheAntimeridianAreCheckedAsTheyLieOnTheGlobe) {
    GeometryColumn g = polygons({{kFijiAcross}, {{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}});
    const std::optional<GeometryColumn> globe = unwrappedForChecking(g);
    ASSERT_TRUE(globe.has_value());
    EXPECT_EQ(globe->featureOffsets, g.featureOffsets);
    EXPECT_EQ(globe->partOffsets, g.partOffsets);
    // Fiji in continuous longitudes, from -180 west to 179.0 written as -181.0: no band.
    EXPECT_NEAR(globe->featureExtent(0).minX, -181.0, 1e-9);
    EXPECT_NEAR(globe->featureExtent(0).maxX, -179.79, 1e-9);
    EXPECT_EQ(globe->featureExtent(1).minX, 0.0);  // others as they are
    // Nothing across: nothing to unwrap; nor in metres.
    GeometryColumn plain = polygons({{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}});
    EXPECT_FALSE(unwrappedForChecking(plain).has_value());
    GeometryColumn metres = polygons({{{{500000, 3e6}, {500400, 3e6}, {500000, 3.1e6}, {500000, 3e6}}}});
    EXPECT_FALSE(unwrappedForChecking(metres).has_value());
}

TEST(SeamCut, AHoleIsCheckedOnTheTurnOfTheGlobeOfItsOuterRing) {
    const Ring outer = {{170, 0}, {-170, 0}, {-170, 20}, {170, 20}, {170, 0}};
    const Ring hole = {{-175, 5}, {-175, 15}, {-178, 15}, {-178, 5}, {-175, 5}};
    GeometryColumn g = onePart({outer, hole});
    const std::optional<GeometryColumn> globe = unwrappedForChecking(g);
    ASSERT_TRUE(globe.has_value());
    const auto hole2 = globe->ring(1);
    EXPECT_NEAR(hole2[0], 185.0, 1e-9);  // -175 on the outer ring's turn, from 170 to 190
}

}  // namespace
}  // namespace bashu
