// A field's values over the whole table give the classes the same data gives read from a file.
#include "postgis/pg_values.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "io/vector_reader.h"
#include "pg_test_server.h"
#include "thematic/classification.h"

namespace bashu {
namespace {

TEST(PgValues, GiveTheClassesOfTheSameDataReadFromAFile) {
    PgConnection c = pgtest::connect(pgtest::source("units"));
    Result<PgRelation> units = describeRelation(c);
    ASSERT_TRUE(units) << units.error().message;
    Result<PgValues> fromServer = readPgValues(c, *units, "area_km2", "");
    ASSERT_TRUE(fromServer) << fromServer.error().message;

    // The table was loaded from this file (tests/postgis/units.sql).
    Result<VectorFile> file = readVectorFile(BASHU_GEODATA "/statistical_units.geojson");
    ASSERT_TRUE(file) << file.error().message;
    const Column* area = file->layers.front().attributes.find("area_km2");
    ASSERT_NE(area, nullptr);
    std::vector<double> fromFile;
    for (size_t i = 0; i < area->size(); ++i)
        if (std::optional<double> v = area->number(i)) fromFile.push_back(*v);
    ASSERT_EQ(fromServer->values.size(), fromFile.size());
    EXPECT_FALSE(fromServer->sampled());

    for (ClassMethod method : {ClassMethod::Quantile, ClassMethod::EqualInterval, ClassMethod::NaturalBreaks,
                               ClassMethod::StandardDeviation, ClassMethod::BoxMap, ClassMethod::Pretty}) {
        const Classification server = classify(fromServer->values, method, 5);
        const Classification local = classify(fromFile, method, 5);
        EXPECT_EQ(server.limits, local.limits) << int(method);
        EXPECT_EQ(server.tiesUpThrough, local.tiesUpThrough) << int(method);
    }
}

TEST(PgValues, RefuseTextAndMissingFields) {
    PgConnection c = pgtest::connect(pgtest::source("units"));
    Result<PgRelation> units = describeRelation(c);
    ASSERT_TRUE(units);
    Result<PgValues> text = readPgValues(c, *units, "name_zh", "");
    ASSERT_FALSE(text);
    EXPECT_NE(text.error().message.find("is text, not numbers"), std::string::npos);
    EXPECT_FALSE(readPgValues(c, *units, "gdp", ""));
}

TEST(PgValues, FollowTheLayersFilter) {
    PgConnection c = pgtest::connect(pgtest::source("units"));
    Result<PgRelation> units = describeRelation(c);
    ASSERT_TRUE(units);
    Result<PgValues> sichuan = readPgValues(c, *units, "area_km2", "province = 'Sichuan'");
    ASSERT_TRUE(sichuan) << sichuan.error().message;
    EXPECT_EQ(double(sichuan->values.size()),
              pgtest::scalar(c, "SELECT count(area_km2)::float8 FROM units WHERE province = 'Sichuan'"));
}

TEST(PgValues, AboveTheLimitAreTheValuesAtEvenlySpacedRanks) {
    PgConnection c = pgtest::connect(pgtest::source("hexes"));
    Result<PgRelation> hexes = describeRelation(c);
    ASSERT_TRUE(hexes) << hexes.error().message;
    Result<PgValues> all = readPgValues(c, *hexes, "density", "kind = 'urban'");
    ASSERT_TRUE(all) << all.error().message;
    ASSERT_FALSE(all->sampled());
    std::vector<double> sorted = all->values;
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    ASSERT_GT(n, 2000u);
    const double nulls =
        pgtest::scalar(c, "SELECT count(*)::float8 FROM hexes WHERE kind = 'urban' AND density IS NULL");
    ASSERT_GT(nulls, 0.0);
    EXPECT_EQ(double(all->nulls), nulls) << "the legend's no data";

    constexpr size_t kLimit = 1001;
    Result<PgValues> sample = readPgValues(c, *hexes, "density", "kind = 'urban'", kLimit);
    ASSERT_TRUE(sample) << sample.error().message;
    EXPECT_TRUE(sample->sampled());
    EXPECT_EQ(sample->total, n);
    EXPECT_EQ(double(sample->nulls), nulls);
    ASSERT_EQ(sample->values.size(), kLimit);
    // More rows than the limit (the nulls counted) but no more values: every value, none sampled.
    Result<PgValues> exactly = readPgValues(c, *hexes, "density", "kind = 'urban'", n);
    ASSERT_TRUE(exactly) << exactly.error().message;
    EXPECT_FALSE(exactly->sampled());
    EXPECT_EQ(double(exactly->nulls), nulls);
    std::vector<double> read = exactly->values;
    std::sort(read.begin(), read.end());
    EXPECT_EQ(read, sorted);
    // Rank 1 + round(i (n - 1) / (k - 1)) of the sorted values, the extremes exact.
    for (size_t i = 0; i < kLimit; ++i) {
        const size_t rank = size_t(std::llround(double(i) * double(n - 1) / double(kLimit - 1)));
        ASSERT_EQ(sample->values[i], sorted[rank]) << i;
    }
    EXPECT_EQ(sample->values.front(), sorted.front());
    EXPECT_EQ(sample->values.back(), sorted.back());

    // Quantile breaks of the sample lie within n / (k - 1) ranks of the whole column's.
    const Classification exact = classify(sorted, ClassMethod::Quantile, 5);
    const Classification fromSample = classify(sample->values, ClassMethod::Quantile, 5);
    ASSERT_EQ(exact.limits.size(), fromSample.limits.size());
    const double ranks = double(n) / double(kLimit - 1) + 1;
    for (size_t i = 0; i < exact.limits.size(); ++i) {
        const auto at = [&](double v) {
            return double(std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin());
        };
        EXPECT_LE(std::abs(at(exact.limits[i]) - at(fromSample.limits[i])), ranks) << i;
    }
}

}  // namespace
}  // namespace bashu
