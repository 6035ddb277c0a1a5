// Layers read from the test server: described, read whole and by box, simplified, filtered;
// hostile names read as names.
#include "postgis/pg_reader.h"

#include <gtest/gtest.h>

#include "pg_test_server.h"

namespace bashu {
namespace {

struct Opened {
    PgConnection connection;
    PgRelation relation;
};

Opened open(const std::string& table, const std::string& query = "", const std::string& service = "atlas") {
    PgConnection c = pgtest::connect(pgtest::source(table, query, service));
    Result<PgRelation> r = describeRelation(c);
    if (!r) ADD_FAILURE() << r.error().message;
    return {std::move(c), r ? *r : PgRelation{}};
}

TEST(PgRelation, FindsGeometryKeyAndFields) {
    Opened hexes = open("hexes");
    EXPECT_EQ(hexes.relation.from, "\"public\".\"hexes\"");
    EXPECT_EQ(hexes.relation.geometry, "geom");
    EXPECT_EQ(hexes.relation.srid, 3857);
    EXPECT_EQ(hexes.relation.kind, GeometryKind::Polygon);
    EXPECT_EQ(hexes.relation.key, "id");
    ASSERT_NE(hexes.relation.field("density"), nullptr);
    EXPECT_EQ(hexes.relation.field("density")->type, FieldType::Real);
    EXPECT_EQ(hexes.relation.field("population")->type, FieldType::Integer);
    EXPECT_EQ(hexes.relation.field("kind")->type, FieldType::String);
    EXPECT_EQ(open("public.towns").relation.srid, 4490);
}

TEST(PgRelation, SaysWhatIsMissingOrForbidden) {
    PgConnection c = pgtest::connect(pgtest::source("no_such_table"));
    Result<PgRelation> missing = describeRelation(c);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().message,
              "PG:service=atlas: no table or view 'no_such_table' (or the user may not see it)");

    PgConnection notes = pgtest::connect(pgtest::source("notes"));
    Result<PgRelation> noGeometry = describeRelation(notes);
    ASSERT_FALSE(noGeometry);
    EXPECT_NE(noGeometry.error().message.find("no geometry column"), std::string::npos);

    PgConnection outsider = pgtest::connect(pgtest::source("hexes", "", "atlas_outsider"));
    Result<PgRelation> refused = describeRelation(outsider);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("permission denied"), std::string::npos)
        << refused.error().message;
}

TEST(PgReader, ReadsTheWholeTable) {
    Opened hexes = open("hexes");
    Result<Layer> layer = readPgFeatures(hexes.connection, hexes.relation, {});
    ASSERT_TRUE(layer) << layer.error().message;
    EXPECT_EQ(double(layer->featureCount()),
              pgtest::scalar(hexes.connection, "SELECT count(*)::float8 FROM hexes"));
    EXPECT_EQ(layer->crs, "EPSG:3857");
    const Column* density = layer->attributes.find("density");
    ASSERT_NE(density, nullptr);
    size_t nulls = 0;
    for (size_t i = 0; i < density->size(); ++i) nulls += density->isNull(i);
    EXPECT_EQ(double(nulls),
              pgtest::scalar(hexes.connection, "SELECT count(*)::float8 FROM hexes WHERE density IS NULL"));
}

TEST(PgReader, ReadsTheFeaturesOfABoxAndNoOthers) {
    Opened hexes = open("hexes");
    PgReadRequest request;
    request.box = Extent{11.8e6, 3.4e6, 11.9e6, 3.5e6};
    Result<Layer> layer = readPgFeatures(hexes.connection, hexes.relation, request);
    ASSERT_TRUE(layer) << layer.error().message;
    const double expected = pgtest::scalar(hexes.connection,
                                           "SELECT count(*)::float8 FROM hexes WHERE geom && "
                                           "ST_MakeEnvelope(11.8e6, 3.4e6, 11.9e6, 3.5e6, 3857)");
    EXPECT_GT(expected, 100.0);
    EXPECT_EQ(double(layer->featureCount()), expected);
    for (size_t f = 0; f < layer->featureCount(); ++f) {
        const Extent box = layer->geometry.featureExtent(f);
        EXPECT_TRUE(box.maxX >= 11.8e6 && box.minX <= 11.9e6 && box.maxY >= 3.4e6 && box.minY <= 3.5e6) << f;
    }
}

TEST(PgReader, SimplifiesOnTheServer) {
    Opened units = open("units");
    Result<Layer> full = readPgFeatures(units.connection, units.relation, {});
    PgReadRequest coarse;
    coarse.tolerance = 0.05;  // degrees: a pixel of a map of the whole region
    Result<Layer> simplified = readPgFeatures(units.connection, units.relation, coarse);
    ASSERT_TRUE(full && simplified);
    EXPECT_EQ(full->featureCount(), simplified->featureCount());
    EXPECT_LT(simplified->geometry.vertexCount() * 4, full->geometry.vertexCount());
}

TEST(PgReader, FiltersWithBoundValues) {
    Opened units = open("units");
    PgReadRequest request;
    request.filter = "province = 'Chongqing' AND area_km2 > 1000";
    Result<Layer> layer = readPgFeatures(units.connection, units.relation, request);
    ASSERT_TRUE(layer) << layer.error().message;
    EXPECT_EQ(double(layer->featureCount()),
              pgtest::scalar(
                  units.connection,
                  "SELECT count(*)::float8 FROM units WHERE province = 'Chongqing' AND area_km2 > 1000"));
    request.filter = "province = 'Chongqing' OR TRUE";
    Result<Layer> refused = readPgFeatures(units.connection, units.relation, request);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message.rfind("PG:service=atlas: filter \"", 0), 0u) << refused.error().message;
}

TEST(PgReader, ReadsAHostileTableNameAsAName) {
    Opened hostile = open("hex\"es; DROP TABLE hexes; --");
    EXPECT_EQ(hostile.relation.from, "\"public\".\"hex\"\"es; DROP TABLE hexes; --\"");
    PgReadRequest request;
    request.filter = "\"v\"\"; DELETE FROM hexes; --\" > 0";
    Result<Layer> layer = readPgFeatures(hostile.connection, hostile.relation, request);
    ASSERT_TRUE(layer) << layer.error().message;
    EXPECT_GT(layer->featureCount(), 90u);
    EXPECT_NE(layer->attributes.find("v\"; DELETE FROM hexes; --"), nullptr);
    EXPECT_GT(pgtest::scalar(hostile.connection, "SELECT count(*)::float8 FROM hexes"), 10000.0);
}

TEST(PgReader, ReadsAQueryLayerAndRefusesOneThatWrites) {
    Opened query = open("", "SELECT id, name, geom FROM hexes WHERE kind = 'forest' AND id < 1000");
    EXPECT_EQ(query.relation.srid, 3857);
    Result<Layer> layer = readPgFeatures(query.connection, query.relation, {});
    ASSERT_TRUE(layer) << layer.error().message;
    EXPECT_EQ(double(layer->featureCount()),
              pgtest::scalar(query.connection,
                             "SELECT count(*)::float8 FROM hexes WHERE kind = 'forest' AND id < 1000"));

    PgConnection writer =
        pgtest::connect(pgtest::source("", "SELECT geom, scribble() AS s FROM hexes LIMIT 1"));
    Result<PgRelation> refused = describeRelation(writer);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("read-only transaction"), std::string::npos)
        << refused.error().message;
    PgConnection second = pgtest::connect(pgtest::source("", "SELECT geom FROM hexes; DELETE FROM scratch"));
    EXPECT_FALSE(describeRelation(second));
    PgConnection deleter = pgtest::connect(pgtest::source("", "  DELETE FROM scratch RETURNING *"));
    Result<PgRelation> notAQuery = describeRelation(deleter);
    ASSERT_FALSE(notAQuery);
    EXPECT_NE(notAQuery.error().message.find("a query layer is one SELECT"), std::string::npos)
        << notAQuery.error().message;
    EXPECT_EQ(pgtest::scalar(writer, "SELECT count(*)::float8 FROM scratch"), 0.0);
}

}  // namespace
}  // namespace bashu
