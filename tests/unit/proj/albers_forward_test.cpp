// The fast conic against PROJ itself, point for point, over the whole globe.
#include "proj/albers_forward.h"

#include <gtest/gtest.h>
#include <proj.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "proj/transform.h"

namespace bashu {
namespace {

// PROJ's own pipeline from longitude/latitude (WGS 84) to `crs`, and its definition.
struct ProjPipeline {
    PJ_CONTEXT* context = proj_context_create();
    PJ* pj = nullptr;
    explicit ProjPipeline(const std::string& crs) {
        PJ* raw = proj_create_crs_to_crs(context, "EPSG:4326", crs.c_str(), nullptr);
        pj = proj_normalize_for_visualization(context, raw);
        proj_destroy(raw);
    }
    ~ProjPipeline() {
        proj_destroy(pj);
        proj_context_destroy(context);
    }
    std::string definition() const { return proj_pj_info(pj).definition; }
    void apply(std::vector<double>& xy) const {
        const size_t n = xy.size() / 2;
        proj_trans_generic(pj, PJ_FWD, xy.data(), 2 * sizeof(double), n, xy.data() + 1, 2 * sizeof(double), n,
                           nullptr, 0, 0, nullptr, 0, 0);
    }
};

std::vector<double> randomLonLat(size_t n, double west, double east, double south, double north) {
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> lon(west, east), lat(south, north);
    std::vector<double> xy;
    for (size_t i = 0; i < n; ++i) xy.insert(xy.end(), {lon(random), lat(random)});
    return xy;
}

void expectSameAsProj(const std::string& crs, std::vector<double> points) {
    const ProjPipeline proj(crs);
    ASSERT_TRUE(proj.pj) << crs;
    const std::optional<AlbersForward> fast = AlbersForward::fromPipeline(proj.definition());
    ASSERT_TRUE(fast) << proj.definition();
    std::vector<double> ours = points, theirs = points;
    const size_t failed = fast->apply(ours.data(), ours.size() / 2);
    proj.apply(theirs);
    size_t theirFailures = 0;
    for (size_t i = 0; i < ours.size(); i += 2) {
        const bool theyFailed = !std::isfinite(theirs[i]);
        theirFailures += theyFailed;
        ASSERT_EQ(std::isfinite(ours[i]), !theyFailed) << crs << " at " << points[i] << ", " << points[i + 1];
        if (theyFailed) continue;
        // A micrometre on a continent: the table and series add rounding, nothing more.
        EXPECT_NEAR(ours[i], theirs[i], 1e-6) << crs << " at " << points[i] << ", " << points[i + 1];
        EXPECT_NEAR(ours[i + 1], theirs[i + 1], 1e-6) << crs << " at " << points[i] << ", " << points[i + 1];
    }
    EXPECT_EQ(failed, theirFailures);
}

TEST(AlbersForward, MatchesProjForTheFittedConicsOfRegionsAndTheWholeGlobe) {
    // The built-in map's region, a southern one, one across the antimeridian, GRS80, a false origin.
    const std::string conics[] = {
        equalAreaConicFor(Extent{97.35, 26.05, 110.2, 34.31}),
        equalAreaConicFor(Extent{-75.0, -56.0, -53.0, -21.0}),
        equalAreaConicFor(Extent{170.0, -21.0, 190.0, -12.0}),
        "+proj=aea +lat_0=30 +lon_0=105 +lat_1=25 +lat_2=47 +x_0=500000 +y_0=-100000 +ellps=GRS80 +units=m "
        "+no_defs "
        "+type=crs",
    };
    for (const std::string& crs : conics) {
        expectSameAsProj(crs, randomLonLat(20000, 90, 120, 20, 40));
        expectSameAsProj(crs, randomLonLat(20000, -180, 180, -90, 90));
        // Past the poles, far longitudes, the antimeridian, NaN.
        expectSameAsProj(
            crs, {0, 90, 0, -90, 180, 45, -180, -45, 540, 10, 600, 10, 0, 90.0000001, 1, NAN, NAN, 1});
    }
}

TEST(AlbersForward, OnlyTheConversionItKnowsIsTakenOver) {
    EXPECT_FALSE(
        AlbersForward::fromPipeline("proj=pipeline step proj=unitconvert xy_in=deg xy_out=rad step "
                                    "proj=lcc lat_1=25 lat_2=47 ellps=WGS84"));
    EXPECT_FALSE(
        AlbersForward::fromPipeline("proj=pipeline step proj=unitconvert xy_in=deg xy_out=rad step "
                                    "proj=aea lat_1=25 lat_2=47 ellps=krass"));
    EXPECT_FALSE(
        AlbersForward::fromPipeline("proj=pipeline step proj=axisswap order=2,1 step proj=unitconvert "
                                    "xy_in=deg xy_out=rad step proj=aea lat_1=25 lat_2=47 ellps=WGS84"));
    EXPECT_FALSE(
        AlbersForward::fromPipeline("proj=pipeline step proj=unitconvert xy_in=deg xy_out=rad step "
                                    "proj=aea lat_1=25 lat_2=47 ellps=WGS84 towgs84=1,2,3"));
    EXPECT_TRUE(
        AlbersForward::fromPipeline("proj=pipeline step proj=unitconvert xy_in=deg xy_out=rad step "
                                    "proj=aea lat_1=25 lat_2=47 ellps=WGS84"));
}

TEST(AlbersForward, TransformsUseItAndGiveProjsPoints) {
    const std::string conic = equalAreaConicFor(Extent{97.35, 26.05, 110.2, 34.31});
    Result<Transform> transform = Transform::create("EPSG:4326", conic);
    ASSERT_TRUE(transform.ok());
    std::vector<double> ours = randomLonLat(500000, 97, 110, 26, 34), theirs = ours;  // both threads
    EXPECT_EQ(transform->transformInPlace(ours), 0u);
    ProjPipeline(conic).apply(theirs);
    for (size_t i = 0; i < ours.size(); ++i) ASSERT_NEAR(ours[i], theirs[i], 1e-6) << i;
}

}  // namespace
}  // namespace bashu
