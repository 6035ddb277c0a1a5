// Layers read from the test server: described, read whole and by box, simplified, filtered;
// hostile names read as names.
#include "postgis/pg_reader.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <utility>

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

TEST(PgReader, KeepsOneFeatureUnderACellPerCellDrawnAsTheCell) {
    Opened hexes = open("hexes");
    const Extent grid{11.0e6, 3.0e6, 12.5e6, 4.0e6};
    const double cell = 20000;  // metres: hexagons are about 4 km across, many to a cell
    PgReadRequest request;
    request.box = grid;
    request.cell = cell;
    request.grid = grid;
    Result<Layer> layer = readPgFeatures(hexes.connection, hexes.relation, request);
    ASSERT_TRUE(layer) << layer.error().message;
    const std::string inGrid =
        " FROM hexes WHERE geom && ST_MakeEnvelope(11.0e6, 3.0e6, 12.5e6, 4.0e6, 3857)";
    const double rows = pgtest::scalar(hexes.connection, "SELECT count(*)::float8" + inGrid);
    // The cells of the hexagons' box centres, as the reader computes them, in SQL.
    const double cells = pgtest::scalar(
        hexes.connection,
        "SELECT count(DISTINCT (floor(((ST_XMin(geom) + ST_XMax(geom)) / 2 - 11.0e6) / 20000), "
        "floor(((ST_YMin(geom) + ST_YMax(geom)) / 2 - 3.0e6) / 20000)))::float8" +
            inGrid +
            " AND ST_XMax(geom) - ST_XMin(geom) <= 20000 AND ST_YMax(geom) - ST_YMin(geom) <= 20000");
    EXPECT_GT(rows, 4 * cells) << "hexagons share cells";
    EXPECT_EQ(double(layer->featureCount()), cells);
    EXPECT_EQ(double(layer->report.merged), rows - cells);
    EXPECT_EQ(layer->report.featuresRead, layer->featureCount());
    EXPECT_EQ(layer->attributes.find("density")->size(), layer->featureCount());
    // Each feature is its cell's square, on the grid, no two alike.
    std::set<std::pair<long, long>> seen;
    for (size_t f = 0; f < layer->featureCount(); ++f) {
        const Extent box = layer->geometry.featureExtent(f);
        EXPECT_NEAR(box.width(), cell, 1e-6) << f;
        EXPECT_NEAR(box.height(), cell, 1e-6) << f;
        const long column = std::lround((box.minX - grid.minX) / cell),
                   row = std::lround((box.minY - grid.minY) / cell);
        EXPECT_NEAR(box.minX, grid.minX + double(column) * cell, 1e-6) << f;
        EXPECT_TRUE(seen.emplace(column, row).second) << f;
    }
}

TEST(PgReader, KeepsFeaturesBiggerThanACellAsTheyAre) {
    Opened units = open("units");
    Result<Layer> all = readPgFeatures(units.connection, units.relation, {});
    ASSERT_TRUE(all) << all.error().message;
    PgReadRequest request;
    request.cell = 0.3;  // degrees: the smaller districts of Chongqing's centre fit a cell
    request.grid = all->geometry.extent();
    Result<Layer> thinned = readPgFeatures(units.connection, units.relation, request);
    ASSERT_TRUE(thinned) << thinned.error().message;
    const double big =
        pgtest::scalar(units.connection,
                       "SELECT count(*)::float8 FROM units WHERE ST_XMax(geom) - ST_XMin(geom) > 0.3 "
                       "OR ST_YMax(geom) - ST_YMin(geom) > 0.3");
    EXPECT_GT(thinned->report.merged, 0u);
    EXPECT_LT(big, double(all->featureCount()));
    EXPECT_EQ(thinned->featureCount() + thinned->report.merged, all->featureCount());
    size_t asRead = 0;
    for (size_t f = 0; f < thinned->featureCount(); ++f) {
        const Extent box = thinned->geometry.featureExtent(f);
        asRead += box.width() > 0.3 + 1e-9 || box.height() > 0.3 + 1e-9;
    }
    EXPECT_EQ(double(asRead), big) << "every unit bigger than a cell is drawn as it is";
}

TEST(PgReader, FindsTheFeatureAtAPoint) {
    Opened units = open("units");
    PgReadRequest request;
    request.at = PgReadRequest::Point{104.0657, 30.6595, 0.0};  // 成都's centre
    Result<Layer> layer = readPgFeatures(units.connection, units.relation, request);
    ASSERT_TRUE(layer) << layer.error().message;
    ASSERT_EQ(layer->featureCount(), 1u);
    EXPECT_EQ(layer->attributes.find("name_zh")->text(0), "成都市");
    EXPECT_EQ(layer->attributes.columns.size(), units.relation.fields.size()) << "every field";

    request.filter = "province = 'Chongqing'";
    Result<Layer> filtered = readPgFeatures(units.connection, units.relation, request);
    ASSERT_TRUE(filtered) << filtered.error().message;
    EXPECT_EQ(filtered->featureCount(), 0u) << "the layer's filter holds";

    // Points within the radius, the nearest first.
    Opened towns = open("towns");
    PgReadRequest near;
    near.at = PgReadRequest::Point{106.56, 29.57, 0.05};
    Result<Layer> town = readPgFeatures(towns.connection, towns.relation, near);
    ASSERT_TRUE(town) << town.error().message;
    ASSERT_EQ(town->featureCount(), 1u);
    EXPECT_EQ(town->attributes.find("name")->text(0), "重庆");
    near.at->radius = 0.001;
    Result<Layer> none = readPgFeatures(towns.connection, towns.relation, near);
    ASSERT_TRUE(none) << none.error().message;
    EXPECT_EQ(none->featureCount(), 0u);
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

TEST(PgReader, ReadsATablesBoxThroughItsIndexAndAQueryAsItsAuthorWroteIt) {
    PgReadRequest box;
    box.box = Extent{1.19e7, 3.4e6, 1.2e7, 3.5e6};
    Opened table = open("hexes");
    Result<PgStatement> ofTable = pgReadStatement(table.relation, box);
    ASSERT_TRUE(ofTable) << ofTable.error().message;
    EXPECT_TRUE(ofTable->throughIndex);
    Result<PgStatement> whole = pgReadStatement(table.relation, {});
    ASSERT_TRUE(whole);
    EXPECT_FALSE(whole->throughIndex) << "every row is read: a scan";
    Opened query = open("", "SELECT id, geom FROM hexes WHERE kind = 'forest'");
    Result<PgStatement> ofQuery = pgReadStatement(query.relation, box);
    ASSERT_TRUE(ofQuery);
    EXPECT_FALSE(ofQuery->throughIndex);
    // Read through the index, the box holds the features a scan finds.
    Result<Layer> read = readPgFeatures(table.connection, table.relation, box);
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_GT(read->featureCount(), 100u);
    EXPECT_EQ(double(read->featureCount()),
              pgtest::scalar(table.connection,
                             "SELECT count(*)::float8 FROM hexes WHERE geom && "
                             "ST_MakeEnvelope(1.19e7, 3.4e6, 1.2e7, 3.5e6, 3857)"));
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
