// The spatial statistics against R's spdep on the Columbus data that ships with it (data/: the
// shapefile, the R script and the numbers it printed): the same neighbour lists, Moran's I and
// Geary's C with their moments to 1e-9, local Moran (and bivariate) and Gi* exactly.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "io/vector_reader.h"
#include "spatial/contiguity_weights.h"
#include "spatial/distance_weights.h"
#include "spatial/global_autocorrelation.h"
#include "spatial/local_autocorrelation.h"

namespace bashu {
namespace {

const std::string kData = BASHU_SPATIAL_DATA;

class Columbus : public testing::Test {
protected:
    static void SetUpTestSuite() {
        Result<VectorFile> file = readVectorFile(kData + "/columbus.shp");
        ASSERT_TRUE(file) << file.error().message;
        layer_ = new Layer(std::move(file->layers.front()));
        std::ifstream in(kData + "/spdep_columbus.json");
        ASSERT_TRUE(in);
        reference_ = new nlohmann::json(nlohmann::json::parse(in));
    }
    static void TearDownTestSuite() {
        delete layer_;
        delete reference_;
    }

    static std::vector<double> crime() {
        const Column* c = layer_->attributes.find("CRIME");
        EXPECT_NE(c, nullptr);
        std::vector<double> v;
        for (size_t i = 0; i < c->size(); ++i) v.push_back(c->number(i).value_or(NAN));
        return v;
    }

    // spdep's lists are 1-based.
    static void expectSameNeighbours(const SpatialWeights& w, const nlohmann::json& lists) {
        ASSERT_EQ(w.size(), lists.size());
        for (size_t i = 0; i < w.size(); ++i) {
            std::vector<uint32_t> want;
            for (int j : lists[i]) want.push_back(uint32_t(j - 1));
            EXPECT_EQ(w.neighbours[i], want) << "unit " << i + 1;
        }
    }

    static SpatialWeights queen() {
        // spdep's default snap, sqrt of the machine epsilon.
        Result<SpatialWeights> w =
            contiguityWeights(layer_->geometry, Contiguity::Queen, 1.4901161193847656e-08);
        EXPECT_TRUE(w);
        return *w;
    }

    static Layer* layer_;
    static nlohmann::json* reference_;
};
Layer* Columbus::layer_ = nullptr;
nlohmann::json* Columbus::reference_ = nullptr;

TEST_F(Columbus, ContiguityAndDistanceNeighboursAreSpdeps) {
    const nlohmann::json& r = *reference_;
    expectSameNeighbours(queen(), r["queen"]);
    Result<SpatialWeights> rook =
        contiguityWeights(layer_->geometry, Contiguity::Rook, 1.4901161193847656e-08);
    ASSERT_TRUE(rook);
    expectSameNeighbours(*rook, r["rook"]);
    const std::vector<UnitCentre> centres = unitCentres(layer_->geometry);
    Result<SpatialWeights> knn = nearestNeighbourWeights(centres, 4, DistanceMetric::Planar);
    ASSERT_TRUE(knn);
    expectSameNeighbours(*knn, r["knn4"]);
    EXPECT_FALSE(knn->symmetric());
    Result<SpatialWeights> band = distanceBandWeights(centres, 0.75, DistanceMetric::Planar);
    ASSERT_TRUE(band);
    expectSameNeighbours(*band, r["band075"]);
    EXPECT_TRUE(band->symmetric());
}

TEST_F(Columbus, MoranAndGearyWithTheirMomentsAreSpdeps) {
    const nlohmann::json& r = *reference_;
    const SpatialWeights w = rowStandardised(queen());
    Result<GlobalStatistic> moran = moranI(crime(), w, {.permutations = 0});
    ASSERT_TRUE(moran);
    EXPECT_NEAR(moran->value, r["moran_queen_W"]["I"].get<double>(), 1e-9);
    EXPECT_NEAR(moran->expected, r["moran_queen_W"]["E"].get<double>(), 1e-12);
    EXPECT_NEAR(moran->varianceRandomisation, r["moran_queen_W"]["var"].get<double>(), 1e-9);
    EXPECT_NEAR(moran->varianceNormal, r["moran_queen_W"]["var_normal"].get<double>(), 1e-9);
    Result<GlobalStatistic> geary = gearyC(crime(), w, {.permutations = 0});
    ASSERT_TRUE(geary);
    EXPECT_NEAR(geary->value, r["geary_queen_W"]["C"].get<double>(), 1e-9);
    EXPECT_NEAR(geary->varianceRandomisation, r["geary_queen_W"]["var"].get<double>(), 1e-9);
    EXPECT_NEAR(geary->varianceNormal, r["geary_queen_W"]["var_normal"].get<double>(), 1e-9);
    // Binary rook weights: other sums S0, S1, S2.
    Result<SpatialWeights> rook =
        contiguityWeights(layer_->geometry, Contiguity::Rook, 1.4901161193847656e-08);
    ASSERT_TRUE(rook);
    Result<GlobalStatistic> binary = moranI(crime(), *rook, {.permutations = 0});
    ASSERT_TRUE(binary);
    EXPECT_NEAR(binary->value, r["moran_rook_B"]["I"].get<double>(), 1e-9);
    EXPECT_NEAR(binary->varianceRandomisation, r["moran_rook_B"]["var"].get<double>(), 1e-9);
}

TEST_F(Columbus, LocalMoranAndGiStarAreSpdeps) {
    const nlohmann::json& r = *reference_;
    const SpatialWeights w = rowStandardised(queen());
    Result<LocalMoran> lisa = localMoran(crime(), w, {.permutations = 0});
    ASSERT_TRUE(lisa);
    for (size_t i = 0; i < lisa->ii.size(); ++i) {
        EXPECT_NEAR(lisa->ii[i], r["localmoran_queen_W"]["Ii"][i].get<double>(), 1e-10) << i;
        EXPECT_NEAR(lisa->expected[i], r["localmoran_queen_W"]["E"][i].get<double>(), 1e-10) << i;
        EXPECT_NEAR(lisa->variance[i], r["localmoran_queen_W"]["var"][i].get<double>(), 1e-10) << i;
    }
    Result<LocalG> g = localGStar(crime(), queen());
    ASSERT_TRUE(g);
    for (size_t i = 0; i < g->z.size(); ++i)
        EXPECT_NEAR(g->z[i], r["localG_star_queen_B"][i].get<double>(), 1e-10) << i;
}

TEST_F(Columbus, BivariateLocalMoranIsSpdepsLocalmoranBv) {
    // Crime against household income: I_i exactly. The pseudo p-values come from different draws:
    // spdep's localmoran_bv draws the neighbours' values with replacement, ours without (as its
    // univariate localmoran and GeoDa do), which narrows the null distribution of a unit with many
    // neighbours a little. So: close on average, and the same verdict at 0.05 wherever spdep's p
    // is clearly on one side of it.
    const nlohmann::json& r = (*reference_)["localmoran_bv_crime_inc_queen_W"];
    const Column* income = layer_->attributes.find("INC");
    ASSERT_NE(income, nullptr);
    std::vector<double> inc;
    for (size_t i = 0; i < income->size(); ++i) inc.push_back(*income->number(i));
    const SpatialWeights w = rowStandardised(queen());
    Result<LocalMoran> bv = localMoranBivariate(crime(), inc, w, {.permutations = 9999, .seed = 3});
    ASSERT_TRUE(bv) << bv.error().message;
    double difference = 0;
    for (size_t i = 0; i < bv->ii.size(); ++i) {
        EXPECT_NEAR(bv->ii[i], r["Ib"][i].get<double>(), 1e-10) << i;
        const double theirs = r["p_folded"][i].get<double>();
        difference += std::abs(bv->pseudoP[i] - theirs);
        if (theirs < 0.02 || theirs > 0.1) {
            EXPECT_EQ(bv->pseudoP[i] <= 0.05, theirs <= 0.05) << i;
        }
    }
    EXPECT_LT(difference / double(bv->ii.size()), 0.01);
    EXPECT_FALSE(localMoranBivariate(crime(), std::vector<double>(crime().size(), 2.0), w).ok())
        << "a constant has nothing to correlate";
}

TEST_F(Columbus, PermutationTestsAreSeededAndAgreeWithTheMoments) {
    const SpatialWeights w = rowStandardised(queen());
    Result<GlobalStatistic> a = moranI(crime(), w, {.permutations = 999, .seed = 7});
    Result<GlobalStatistic> b = moranI(crime(), w, {.permutations = 999, .seed = 7});
    ASSERT_TRUE(a && b);
    EXPECT_EQ(*a->pseudoP, *b->pseudoP) << "the same seed, the same test";
    // Columbus crime is strongly clustered (z about 5.6): no permutation reaches it.
    EXPECT_DOUBLE_EQ(*a->pseudoP, 1.0 / 1000);
    // The permutations' mean and spread estimate the moments under randomisation.
    EXPECT_NEAR(a->permutationMean, a->expected, 0.01);
    EXPECT_NEAR(a->permutationSd, std::sqrt(a->varianceRandomisation), 0.015);

    Result<LocalMoran> lisa = localMoran(crime(), w, {.permutations = 999, .seed = 7});
    ASSERT_TRUE(lisa);
    // Where the analytic test is clear-cut the permutation agrees: strong units significant,
    // near-zero ones not.
    for (size_t i = 0; i < lisa->ii.size(); ++i) {
        const double z = (lisa->ii[i] - lisa->expected[i]) / std::sqrt(lisa->variance[i]);
        if (std::abs(z) > 3.5) {
            EXPECT_LE(lisa->pseudoP[i], 0.01) << i;
        }
        if (std::abs(z) < 0.2) {
            EXPECT_GT(lisa->pseudoP[i], 0.1) << i;
        }
    }
    const std::vector<LisaCluster> clusters = lisaClusters(*lisa, w, 0.05, MultipleTesting::None);
    size_t highHigh = 0, lowLow = 0;
    for (LisaCluster c : clusters) {
        highHigh += c == LisaCluster::HighHigh;
        lowLow += c == LisaCluster::LowLow;
    }
    EXPECT_GT(highHigh, 5u) << "the high-crime core";
    EXPECT_GT(lowLow, 5u) << "the low-crime periphery";
}

}  // namespace
}  // namespace bashu
