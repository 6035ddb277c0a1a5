// A field's values over the whole table give the classes the same data gives read from a file.
#include "postgis/pg_values.h"

#include <gtest/gtest.h>

#include "io/vector_reader.h"
#include "pg_test_server.h"
#include "thematic/classification.h"

namespace bashu {
namespace {

TEST(PgValues, GiveTheClassesOfTheSameDataReadFromAFile) {
    PgConnection c = pgtest::connect(pgtest::source("units"));
    Result<PgRelation> units = describeRelation(c);
    ASSERT_TRUE(units) << units.error().message;
    Result<std::vector<double>> fromServer = readPgValues(c, *units, "area_km2", "");
    ASSERT_TRUE(fromServer) << fromServer.error().message;

    // The table was loaded from this file (tests/postgis/units.sql).
    Result<VectorFile> file = readVectorFile(BASHU_GEODATA "/statistical_units.geojson");
    ASSERT_TRUE(file) << file.error().message;
    const Column* area = file->layers.front().attributes.find("area_km2");
    ASSERT_NE(area, nullptr);
    std::vector<double> fromFile;
    for (size_t i = 0; i < area->size(); ++i)
        if (std::optional<double> v = area->number(i)) fromFile.push_back(*v);
    ASSERT_EQ(fromServer->size(), fromFile.size());

    for (ClassMethod method : {ClassMethod::Quantile, ClassMethod::EqualInterval, ClassMethod::NaturalBreaks,
                               ClassMethod::StandardDeviation, ClassMethod::BoxMap, ClassMethod::Pretty}) {
        const Classification server = classify(*fromServer, method, 5);
        const Classification local = classify(fromFile, method, 5);
        EXPECT_EQ(server.limits, local.limits) << int(method);
        EXPECT_EQ(server.tiesUpThrough, local.tiesUpThrough) << int(method);
    }
}

TEST(PgValues, RefuseTextAndMissingFields) {
    PgConnection c = pgtest::connect(pgtest::source("units"));
    Result<PgRelation> units = describeRelation(c);
    ASSERT_TRUE(units);
    Result<std::vector<double>> text = readPgValues(c, *units, "name_zh", "");
    ASSERT_FALSE(text);
    EXPECT_NE(text.error().message.find("is text, not numbers"), std::string::npos);
    EXPECT_FALSE(readPgValues(c, *units, "gdp", ""));
}

TEST(PgValues, FollowTheLayersFilter) {
    PgConnection c = pgtest::connect(pgtest::source("units"));
    Result<PgRelation> units = describeRelation(c);
    ASSERT_TRUE(units);
    Result<std::vector<double>> sichuan = readPgValues(c, *units, "area_km2", "province = 'Sichuan'");
    ASSERT_TRUE(sichuan) << sichuan.error().message;
    EXPECT_EQ(double(sichuan->size()),
              pgtest::scalar(c, "SELECT count(area_km2)::float8 FROM units WHERE province = 'Sichuan'"));
}

}  // namespace
}  // namespace bashu
