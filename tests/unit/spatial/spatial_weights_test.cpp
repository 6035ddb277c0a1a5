// Weights from geometry on shapes whose answer is known by eye: a grid of squares, squares pulled
// apart by a gap, points on the sphere; GeoDa's files written and read back; the tests of many
// local statistics.
#include <gtest/gtest.h>

#include <cmath>

#include "spatial/contiguity_weights.h"
#include "spatial/distance_weights.h"
#include "spatial/local_autocorrelation.h"
#include "spatial/weights_files.h"
#include "spatial/weights_request.h"

namespace bashu {
namespace {

// A cols x rows grid of unit squares, `gap` apart, numbered row by row from the bottom left.
GeometryColumn grid(int cols, int rows, double gap = 0.0) {
    GeometryColumn g;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const double x = c * (1 + gap), y = r * (1 + gap);
            for (auto [dx, dy] : {std::pair{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}})
                g.addVertex(x + dx, y + dy);
            g.endRing();
            g.endPart();
            g.endFeature();
        }
    return g;
}

TEST(ContiguityWeights, QueenCountsCornersRookNeedsAnEdge) {
    Result<SpatialWeights> queen = contiguityWeights(grid(3, 3), Contiguity::Queen, 0.0);
    Result<SpatialWeights> rook = contiguityWeights(grid(3, 3), Contiguity::Rook, 0.0);
    ASSERT_TRUE(queen && rook);
    EXPECT_EQ(queen->neighbours[4], (std::vector<uint32_t>{0, 1, 2, 3, 5, 6, 7, 8})) << "the centre";
    EXPECT_EQ(rook->neighbours[4], (std::vector<uint32_t>{1, 3, 5, 7}));
    EXPECT_EQ(queen->neighbours[0], (std::vector<uint32_t>{1, 3, 4}));
    EXPECT_EQ(rook->neighbours[0], (std::vector<uint32_t>{1, 3}));
    EXPECT_TRUE(queen->symmetric());
    EXPECT_EQ(queen->neighbourCounts(), (std::map<size_t, size_t>{{3, 4}, {5, 4}, {8, 1}}));
    EXPECT_TRUE(queen->islands().empty());
}

TEST(ContiguityWeights, AToleranceBridgesTheGapsOfSimplifiedBorders) {
    // Borders simplified one unit at a time leave gaps: 0.01 between every square.
    const GeometryColumn apart = grid(3, 1, 0.01);
    Result<SpatialWeights> exact = contiguityWeights(apart, Contiguity::Rook, 0.0);
    ASSERT_TRUE(exact);
    EXPECT_EQ(exact->islands().size(), 3u) << "without a tolerance each square is an island";
    Result<SpatialWeights> snapped = contiguityWeights(apart, Contiguity::Rook, 0.02);
    ASSERT_TRUE(snapped);
    EXPECT_EQ(snapped->neighbours[1], (std::vector<uint32_t>{0, 2}));
    EXPECT_TRUE(snapped->islands().empty());

    // A vertex of one unit on the middle of the other's edge (a T-junction, no shared vertex).
    GeometryColumn t;
    for (auto [x, y] : {std::pair{0.0, 0.0}, {2.0, 0.0}, {2.0, 1.0}, {0.0, 1.0}, {0.0, 0.0}})
        t.addVertex(x, y);
    t.endRing(), t.endPart(), t.endFeature();
    for (auto [x, y] : {std::pair{0.5, 1.0}, {1.5, 1.0}, {1.5, 2.0}, {0.5, 2.0}, {0.5, 1.0}})
        t.addVertex(x, y);
    t.endRing(), t.endPart(), t.endFeature();
    Result<SpatialWeights> rook = contiguityWeights(t, Contiguity::Rook, 1e-9);
    ASSERT_TRUE(rook);
    EXPECT_EQ(rook->neighbours[0], (std::vector<uint32_t>{1})) << "a shared stretch of border";

    // Borders drawn over each other: a sliver of overlap whose vertices all lie far inside the
    // other unit; the edges cross.
    GeometryColumn overlap;
    for (auto [x, y] : {std::pair{0.0, 0.0}, {2.0, 0.0}, {2.0, 2.0}, {0.0, 2.0}, {0.0, 0.0}})
        overlap.addVertex(x, y);
    overlap.endRing(), overlap.endPart(), overlap.endFeature();
    for (auto [x, y] : {std::pair{1.0, -1.0}, {3.0, -1.0}, {3.0, 3.0}, {1.0, 3.0}, {1.0, -1.0}})
        overlap.addVertex(x, y);
    overlap.endRing(), overlap.endPart(), overlap.endFeature();
    Result<SpatialWeights> crossing = contiguityWeights(overlap, Contiguity::Rook, 0.0);
    ASSERT_TRUE(crossing);
    EXPECT_EQ(crossing->neighbours[0], (std::vector<uint32_t>{1})) << "two crossings: rook";
}

TEST(ContiguityWeights, RefusesWhatItCannotUse) {
    GeometryColumn points;
    points.kind = GeometryKind::Point;
    EXPECT_FALSE(contiguityWeights(points, Contiguity::Queen, 0));
    Result<SpatialWeights> negative = contiguityWeights(grid(2, 2), Contiguity::Queen, -1);
    ASSERT_FALSE(negative);
    EXPECT_NE(negative.error().message.find("tolerance"), std::string::npos);
}

TEST(DistanceWeights, OnTheSphereADegreeOfLongitudeShrinksNorthwards) {
    // Two pairs one degree of longitude apart, at the equator and at 60 degrees north, and a third
    // point one degree of latitude from each.
    std::vector<UnitCentre> c = {{0, 0, true}, {1, 0, true}, {0, 60, true}, {1, 60, true}, {0, 61, true}};
    EXPECT_NEAR(centreDistance(c[0], c[1], DistanceMetric::GreatCircle), 111195, 5);
    EXPECT_NEAR(centreDistance(c[2], c[3], DistanceMetric::GreatCircle), 55597, 50);
    // At 60 N the nearest of (1, 60) is (0, 60), 55.6 km, not (0, 61): the plane would say a tie.
    Result<SpatialWeights> knn = nearestNeighbourWeights(c, 1, DistanceMetric::GreatCircle);
    ASSERT_TRUE(knn);
    EXPECT_EQ(knn->neighbours[3], (std::vector<uint32_t>{2}));
    Result<SpatialWeights> band = distanceBandWeights(c, 100000, DistanceMetric::GreatCircle);
    ASSERT_TRUE(band);
    EXPECT_TRUE(band->neighbours[0].empty()) << "111 km: outside a 100 km band";
    EXPECT_EQ(band->neighbours[2], (std::vector<uint32_t>{3})) << "(0, 61) is 111 km away";
    EXPECT_FALSE(nearestNeighbourWeights(c, 5, DistanceMetric::Planar)) << "k must leave one out";
    EXPECT_FALSE(distanceBandWeights(c, 0, DistanceMetric::Planar));
}

TEST(WeightsFiles, GalAndGwtRoundTripAndBadFilesAreNamed) {
    Result<SpatialWeights> queen = contiguityWeights(grid(3, 2), Contiguity::Queen, 0.0);
    ASSERT_TRUE(queen);
    const std::vector<std::string> ids = {"a", "b", "c", "d", "e", "f"};
    const std::string gal = galText(*queen, ids, "grid", "ID");
    EXPECT_EQ(gal.substr(0, gal.find('\n')), "0 6 grid ID");
    Result<SpatialWeights> back = readWeightsFile(gal, "grid.gal", ids, "ID");
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->neighbours, queen->neighbours);

    const SpatialWeights standardised = rowStandardised(*queen);
    Result<SpatialWeights> gwt =
        readWeightsFile(gwtText(standardised, ids, "grid", "ID"), "grid.GWT", ids, "ID");
    ASSERT_TRUE(gwt) << gwt.error().message;
    EXPECT_EQ(gwt->neighbours, queen->neighbours);
    EXPECT_EQ(gwt->weights, standardised.weights) << "weights written to the last digit";

    Result<SpatialWeights> stranger = readWeightsFile("0 6\na 1\nz\n", "w.gal", ids, "ID");
    ASSERT_FALSE(stranger);
    EXPECT_EQ(stranger.error().message, "w.gal:3: unit 'z' is not in the layer's key field");
    Result<SpatialWeights> wrongSize = readWeightsFile("0 5 grid ID\n", "w.gal", ids, "ID");
    ASSERT_FALSE(wrongSize);
    EXPECT_EQ(wrongSize.error().message, "w.gal:1: the file is for 5 units; the layer has 6");
    Result<SpatialWeights> shortList = readWeightsFile("6\na 2\nb\n", "w.gal", ids, "ID");
    ASSERT_FALSE(shortList);
    EXPECT_NE(shortList.error().message.find("'a' should have 2 neighbours"), std::string::npos);
    EXPECT_FALSE(readWeightsFile("6\n", "w.txt", ids, "ID"));
    // Units matched by another key than the file's would be the wrong units.
    Result<SpatialWeights> otherKey = readWeightsFile(gal, "grid.gal", ids, "NAME");
    ASSERT_FALSE(otherKey);
    EXPECT_EQ(otherKey.error().message,
              "grid.gal:1: the file names its units by ID, not by NAME (give --id ID)");
    for (const auto& [text, message] : std::vector<std::pair<std::string, std::string>>{
             {"6\na 1\nb\na 1\nc\n", "w.gal:4: 'a' has a second record"},
             {"6\na 1\na\n", "w.gal:3: 'a' is given as its own neighbour"},
             {"6\na 0\nb 0\nc 0\nd 0\ne 0\nf 0\ng 0\n", "w.gal:8: more records than the header's 6 units"}}) {
        Result<SpatialWeights> bad = readWeightsFile(text, "w.gal", ids, "ID");
        ASSERT_FALSE(bad) << text;
        EXPECT_EQ(bad.error().message, message);
    }
    Result<SpatialWeights> negative = readWeightsFile("6\na b -0.5\n", "w.gwt", ids, "ID");
    ASSERT_FALSE(negative);
    EXPECT_EQ(negative.error().message, "w.gwt:2: weight -0.5 is below 0");
}

TEST(WeightsRequest, NamesAreReadInAnyCaseAndEveryPairLinkedIsTold) {
    Result<WeightsRequest> queen = parseWeightsRequest("Queen");
    ASSERT_TRUE(queen) << queen.error().message;
    EXPECT_EQ(queen->kind, WeightsRequest::Kind::Queen);
    Result<WeightsRequest> nearest = parseWeightsRequest("KNN:6");
    ASSERT_TRUE(nearest);
    EXPECT_EQ(nearest->k, 6);
    EXPECT_FALSE(parseWeightsRequest("hexagons"));
    EXPECT_EQ(*parseMultipleTesting("FDR"), MultipleTesting::FalseDiscoveryRate);
    EXPECT_TRUE(binaryWeights({{1, 2}, {0, 2}, {0, 1}}).linksEveryPair());
    EXPECT_FALSE(binaryWeights({{1}, {0, 2}, {1}}).linksEveryPair());
}

TEST(MultipleTesting, BonferroniAndTheFalseDiscoveryRate) {
    const std::vector<double> p = {0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216};
    const std::vector<bool> none = significant(p, 0.05, MultipleTesting::None);
    EXPECT_EQ(std::count(none.begin(), none.end(), true), 5);
    // alpha / n = 0.005.
    EXPECT_EQ(significant(p, 0.05, MultipleTesting::Bonferroni),
              (std::vector<bool>{true, false, false, false, false, false, false, false, false, false}));
    // Benjamini-Hochberg: p_(k) <= k 0.005 holds for k = 1, 2 (0.008 <= 0.010) and no larger k.
    EXPECT_EQ(significant(p, 0.05, MultipleTesting::FalseDiscoveryRate),
              (std::vector<bool>{true, true, false, false, false, false, false, false, false, false}));
}

}  // namespace
}  // namespace bashu
