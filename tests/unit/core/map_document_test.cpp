#include "core/map_document.h"
#include "support/temp_folder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string_view>
#include <tuple>
#include <utility>

namespace bashu {
namespace {

constexpr const char* kDocument = R"({
  "version": 1,
  "title": "GDP 2021",
  "note": "Data: statistical yearbooks",
  "crs": "EPSG:4544",
  "background": "#f0f0f0",
  "export": {"width": 800, "height": 600},
  "layers": [{
    "name": "units",
    "source": "data/units.geojson",
    "join": {"table": "indicators.csv", "layer_key": "adcode", "where": {"year": 2021, "indicator": "gdp"},
             "value": "value", "as": "gdp"},
    "fill": {"field": "gdp", "method": "quantile", "classes": 4, "ramp": "Blues", "reverse": true,
             "divide_by": "pop", "share_of_total": true, "center": 0.5},
    "stroke": {"color": "#000000", "width": 1.5}
  }]
})";

struct BadCase {
    const char* text;
    const char* expected;
};

TEST(MapDocument, ParsesEveryPart) {
    Result<MapDocument> doc = parseMapDocument(kDocument, "/maps/region/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_EQ(doc->title, "GDP 2021");
    EXPECT_EQ(doc->note, "Data: statistical yearbooks");
    EXPECT_EQ(doc->crs, "EPSG:4544");
    EXPECT_EQ(doc->width, 800);
    ASSERT_EQ(doc->layers.size(), 1u);
    const LayerSpec& layer = doc->layers[0];
    EXPECT_EQ(layer.source, "/maps/region/data/units.geojson");
    ASSERT_TRUE(layer.join.has_value());
    EXPECT_EQ(layer.join->table, "/maps/region/indicators.csv");
    EXPECT_EQ(layer.join->tableKey, "adcode") << "table_key defaults to layer_key";
    EXPECT_EQ(layer.join->where.size(), 2u);
    EXPECT_EQ(layer.fill.classes, 4);
    EXPECT_TRUE(layer.fill.reverse);
    EXPECT_EQ(layer.fill.divideBy, "pop");
    EXPECT_TRUE(layer.fill.shareOfTotal);
    EXPECT_EQ(layer.fill.center, 0.5);
    EXPECT_DOUBLE_EQ(layer.stroke.width, 1.5);
}

TEST(MapDocument, SerialisedDocumentParsesToTheSame) {
    Result<MapDocument> doc = parseMapDocument(kDocument, "/maps/region/map.json");
    ASSERT_TRUE(doc.ok());
    const std::string text = serializeMapDocument(*doc, "/maps/region/map.json");
    EXPECT_NE(text.find("\"data/units.geojson\""), std::string::npos) << "paths stay relative";
    Result<MapDocument> again = parseMapDocument(text, "/maps/region/map.json");
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(serializeMapDocument(*again, "/maps/region/map.json"), text);
}

TEST(MapDocument, PostgisLayersNameATableOrAQuery) {
    const char* text = R"({"layers": [
        {"source": "PG:service=atlas", "source_layer": "public.hexes", "filter": "kind = 'urban'"},
        {"source": "pg:host=db dbname=atlas", "sql": "SELECT id, geom FROM parcels", "geometry_column": "geom",
         "key": "id"}]})";
    Result<MapDocument> doc = parseMapDocument(text, "/maps/map.json");
    ASSERT_TRUE(doc) << doc.error().message;
    EXPECT_EQ(doc->layers[0].source, "PG:service=atlas") << "a connection is not a path";
    EXPECT_EQ(doc->layers[0].name, "public.hexes");
    EXPECT_EQ(doc->layers[1].name, "query");
    EXPECT_EQ(doc->layers[1].sql, "SELECT id, geom FROM parcels");
    EXPECT_EQ(doc->layers[1].keyColumn, "id");
    const std::string saved = serializeMapDocument(*doc, "/maps/map.json");
    Result<MapDocument> again = parseMapDocument(saved, "/maps/map.json");
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->layers, doc->layers);

    Result<MapDocument> both = parseMapDocument(
        R"({"layers": [{"source": "PG:service=atlas", "source_layer": "hexes", "sql": "SELECT 1"}]})",
        "/m.json");
    ASSERT_FALSE(both);
    EXPECT_NE(both.error().message.find("either a table"), std::string::npos) << both.error().message;
    Result<MapDocument> onFile =
        parseMapDocument(R"({"layers": [{"source": "units.gpkg", "sql": "SELECT 1"}]})", "/m.json");
    ASSERT_FALSE(onFile);
    EXPECT_NE(onFile.error().message.find("are for PostGIS sources"), std::string::npos)
        << onFile.error().message;
}

TEST(MapDocument, PathsAreNormalisedSoSavingTwiceGivesTheSameText) {
    // Found by the document fuzzer: "/a/./b" was written as "../../a/./b" and then as "../../a/b".
    constexpr const char* text = R"({"version": 1, "layers": [
        {"name": "a", "source": "/data/./units.geojson"},
        {"name": "b", "source": "/vsimem/./b.geojson"}]})";
    Result<MapDocument> doc = parseMapDocument(text, "/maps/region/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_EQ(doc->layers[0].source, "/data/units.geojson");
    EXPECT_EQ(doc->layers[1].source, "/vsimem/./b.geojson") << "GDAL's virtual paths are left as written";
    const std::string saved = serializeMapDocument(*doc, "/maps/region/map.json");
    EXPECT_NE(saved.find("\"../../data/units.geojson\""), std::string::npos) << saved;
    Result<MapDocument> again = parseMapDocument(saved, "/maps/region/map.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(serializeMapDocument(*again, "/maps/region/map.json"), saved);
}

TEST(MapDocument, ProportionalSymbolsRoundTrip) {
    constexpr const char* text = R"({"version": 1, "layers": [{"name": "cities", "source": "cities.geojson",
        "point": {"color": "#d95f02", "size_field": "gdp", "max_size": 60}}]})";
    Result<MapDocument> doc = parseMapDocument(text, "/maps/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_EQ(doc->layers[0].point.sizeField, "gdp");
    EXPECT_EQ(doc->layers[0].point.maxSize, 60.0);
    Result<MapDocument> again =
        parseMapDocument(serializeMapDocument(*doc, "/maps/map.json"), "/maps/map.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->layers[0].point.sizeField, "gdp");
    EXPECT_EQ(again->layers[0].point.maxSize, 60.0);
    EXPECT_FALSE(
        parseMapDocument(R"({"layers": [{"source": "a.geojson", "point": {"max_size": 0}}]})", "/m.json")
            .ok());
}

TEST(MapDocument, LayersLockedToANamedBreakSetTakeItsLimitsAndSaveItsName) {
    constexpr const char* text = R"({"break_sets": {"gdp_2019_2023": [400, 1000, 2000, 20000]},
        "layers": [{"source": "a.geojson", "fill": {"field": "gdp_2019", "break_set": "gdp_2019_2023"}},
                   {"source": "a.geojson", "fill": {"field": "gdp_2023", "break_set": "gdp_2019_2023"}}]})";
    Result<MapDocument> doc = parseMapDocument(text, "/maps/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    for (const LayerSpec& layer : doc->layers) {
        EXPECT_EQ(layer.fill.breakSet, "gdp_2019_2023");
        EXPECT_EQ(layer.fill.breaks, (std::vector<double>{400, 1000, 2000, 20000}));
        EXPECT_EQ(layer.fill.classes, 3);
    }
    const std::string written = serializeMapDocument(*doc, "/maps/map.json");
    EXPECT_EQ(written.find("\"breaks\""), std::string::npos) << "the name is saved, not a copy of the limits";
    Result<MapDocument> again = parseMapDocument(written, "/maps/map.json");
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(again->breakSets, doc->breakSets);
    EXPECT_EQ(again->layers[1].fill.breaks, doc->layers[1].fill.breaks);

    const BadCase bad[] = {
        {R"({"layers": [{"source": "a.shp", "fill": {"break_set": "x"}}]})",
         "/m.json: layers[0].fill.break_set: no break set 'x' (the document has none)"},
        {R"({"break_sets": {"a": [1, 2]}, "layers": [{"source": "a.shp", "fill": {"break_set": "b"}}]})",
         "/m.json: layers[0].fill.break_set: no break set 'b' (known: a)"},
        {R"({"break_sets": {"a": [1, 2]}, "layers": [{"source": "a.shp", "fill": {"break_set": "a", "breaks": [1, 2]}}]})",
         "/m.json: layers[0].fill.breaks: give the limits or a break_set, not both"},
        {R"({"break_sets": {"a": [3, 2]}, "layers": []})", "/m.json: break_sets.a: limits must increase"},
        {R"({"break_sets_file": "nowhere.json", "layers": []})",
         "/m.json: break_sets_file: /nowhere.json: no such file"},
    };
    for (const BadCase& c : bad) {
        Result<MapDocument> failed = parseMapDocument(c.text, "/m.json");
        ASSERT_FALSE(failed.ok()) << c.text;
        EXPECT_EQ(failed.error().message.rfind(c.expected, 0), 0u) << failed.error().message;
    }
}

TEST(MapDocument, BreakSetsFromAFileAreSharedAndOnlyTheFileNameIsSaved) {
    const testing::TempFolder folder("bashu-break-sets");
    const std::filesystem::path& dir = folder.path();
    {
        std::ofstream out(dir / "shared.json");
        out << R"({"growth": [-5, 0, 5, 10]})";
    }
    const std::string path = (dir / "map.json").string();
    Result<MapDocument> doc = parseMapDocument(
        R"({"break_sets_file": "shared.json", "layers": [{"source": "a.geojson", "fill": {"field": "g", "break_set": "growth"}}]})",
        path);
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_EQ(doc->layers[0].fill.breaks, (std::vector<double>{-5, 0, 5, 10}));
    const std::string written = serializeMapDocument(*doc, path);
    EXPECT_NE(written.find("\"break_sets_file\": \"shared.json\""), std::string::npos) << written;
    EXPECT_EQ(written.find("\"growth\": ["), std::string::npos) << "the file's sets stay in the file";
}

TEST(MapDocument, LegendLabelsRoundTripAndMustBeText) {
    constexpr const char* text = R"({"layers": [{"source": "a.geojson",
        "fill": {"field": "gdp", "classes": 3, "labels": ["低 low", "", "高 high"]}}]})";
    Result<MapDocument> doc = parseMapDocument(text, "/maps/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_EQ(doc->layers[0].fill.labels, (std::vector<std::string>{"低 low", "", "高 high"}));
    Result<MapDocument> again =
        parseMapDocument(serializeMapDocument(*doc, "/maps/map.json"), "/maps/map.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->layers[0].fill.labels, doc->layers[0].fill.labels);
    Result<MapDocument> bad =
        parseMapDocument(R"({"layers": [{"source": "a.geojson", "fill": {"labels": [1]}}]})", "m.json");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message, "m.json: layers[0].fill.labels: expected text, got 1");
}

TEST(MapDocument, LineDashesCasingsAndWidthsByValueRoundTrip) {
    constexpr const char* text = R"({"version": 1, "layers": [{"source": "rail.geojson",
        "stroke": {"color": "#67001f", "width": 3, "dash": [6, 2.5], "casing": {"color": "#ffffff", "width": 1.5},
                   "width_field": "trains", "max_width": 14}}]})";
    Result<MapDocument> doc = parseMapDocument(text, "/maps/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    const StrokeStyle& stroke = doc->layers[0].stroke;
    EXPECT_EQ(stroke.dash, (LineDash{6, 2.5}));
    EXPECT_EQ(stroke.casingColor, (Rgba8{255, 255, 255, 255}));
    EXPECT_EQ(stroke.casingWidth, 1.5);
    EXPECT_EQ(stroke.widthField, "trains");
    EXPECT_EQ(stroke.maxWidth, 14.0);
    Result<MapDocument> again =
        parseMapDocument(serializeMapDocument(*doc, "/maps/map.json"), "/maps/map.json");
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(again->layers[0].stroke.dash, stroke.dash);
    EXPECT_EQ(again->layers[0].stroke.casingColor, stroke.casingColor);
    EXPECT_EQ(again->layers[0].stroke.casingWidth, stroke.casingWidth);
    EXPECT_EQ(again->layers[0].stroke.widthField, stroke.widthField);
    EXPECT_EQ(again->layers[0].stroke.maxWidth, stroke.maxWidth);
    // Dashes by a category's value (lines coloured by status).
    Result<MapDocument> byValue = parseMapDocument(
        R"({"layers": [{"source": "c.geojson", "fill": {"field": "status"},
            "stroke": {"category_dashes": {"planned": [2, 3], "under_construction": [7, 4]}}}]})",
        "/maps/map.json");
    ASSERT_TRUE(byValue.ok()) << byValue.error().message;
    const std::map<std::string, LineDash> expected = {{"planned", LineDash{2, 3}},
                                                      {"under_construction", LineDash{7, 4}}};
    EXPECT_EQ(byValue->layers[0].stroke.categoryDashes, expected);
    Result<MapDocument> byValueAgain =
        parseMapDocument(serializeMapDocument(*byValue, "/maps/map.json"), "/maps/map.json");
    ASSERT_TRUE(byValueAgain.ok()) << byValueAgain.error().message;
    EXPECT_EQ(byValueAgain->layers[0].stroke.categoryDashes, expected);
    Result<MapDocument> badDash = parseMapDocument(
        R"({"layers": [{"source": "c.geojson", "stroke": {"category_dashes": {"planned": [2]}}}]})",
        "m.json");
    ASSERT_FALSE(badDash.ok());
    EXPECT_EQ(badDash.error().message.rfind(
                  "m.json: layers[0].stroke.category_dashes.planned: expected [dash, gap]", 0),
              0u)
        << badDash.error().message;
    // A plain stroke writes none of them.
    Result<MapDocument> plain =
        parseMapDocument(R"({"layers": [{"source": "a.geojson"}]})", "/maps/map.json");
    ASSERT_TRUE(plain.ok());
    const std::string written = serializeMapDocument(*plain, "/maps/map.json");
    for (const char* key : {"dash", "casing", "width_field", "category_dashes"})
        EXPECT_EQ(written.find(key), std::string::npos) << key;
}

TEST(MapDocument, ErrorsNameTheDocumentAndTheKey) {
    const BadCase cases[] = {
        {"{", "m.json: not valid JSON at line 1, column 2: "},
        {"{\"layers\": [\n  {\"source\": \"a.shp\",\n", "m.json: not valid JSON at line 3, column 1: "},
        {"[]", "m.json: expected a JSON object at the top level"},
        {R"({"layers": 3})", "m.json: layers: expected an array of layers"},
        {R"({"layers": [{}]})", "m.json: layers[0].source: missing"},
        {R"({"layers": [{"source": "a.shp", "colour": "#fff"}]})", "m.json: layers[0].colour: unknown key"},
        {R"({"layers": [{"source": "a.shp", "fill": {"classes": "five"}}]})",
         "m.json: layers[0].fill.classes: expected a whole number from 1 to 12"},
        {R"({"layers": [{"source": "a.shp", "stroke": {"color": "black"}}]})",
         "m.json: layers[0].stroke.color: expected a colour"},
        {R"({"layers": [], "export": {"width": 100000}})", "m.json: export.width: expected a whole number"},
        {R"({"layers": [{"source": "a.shp", "stroke": {"dash": [6]}}]})",
         "m.json: layers[0].stroke.dash: expected [dash, gap]"},
        {R"({"layers": [{"source": "a.shp", "stroke": {"dash": [6, 0]}}]})",
         "m.json: layers[0].stroke.dash: expected [dash, gap]"},
        {R"({"layers": [{"source": "a.shp", "stroke": {"casing": {"color": "#ffffff"}}}]})",
         "m.json: layers[0].stroke.casing.width: missing"},
        {R"({"layers": [{"source": "a.shp", "stroke": {"casing": {"width": 2, "colour": "#ffffff"}}}]})",
         "m.json: layers[0].stroke.casing.colour: unknown key"},
        {R"({"version": 2, "layers": []})", "m.json: version: this program reads version 1 documents"},
    };
    for (const BadCase& c : cases) {
        Result<MapDocument> doc = parseMapDocument(c.text, "m.json");
        ASSERT_FALSE(doc.ok()) << c.text;
        EXPECT_EQ(doc.error().message.rfind(c.expected, 0), 0u) << doc.error().message;
    }
}

// Methods and ramps are read into their enums once, here; a name not known is refused naming
// the key, with the nearest name when it looks like a slip, the whole list otherwise.
TEST(MapDocument, MethodsAndRampsAreReadOnceWithTheKeyAndTheNearestName) {
    const BadCase cases[] = {
        {R"({"layers": [{"source": "a.shp"}, {"source": "b.shp"},
                        {"source": "c.shp", "fill": {"field": "gdp", "method": "jenk"}}]})",
         "m.json: layers[2].fill.method: unknown method 'jenk' (did you mean 'jenks'?)"},
        {R"({"layers": [{"source": "a.shp", "fill": {"field": "gdp", "ramp": "Blue"}}]})",
         "m.json: layers[0].fill.ramp: unknown ramp 'Blue' (did you mean 'Blues'?)"},
        {R"({"layers": [{"source": "a.shp", "fill": {"method": "Quantiles"}}]})",
         "m.json: layers[0].fill.method: unknown method 'Quantiles' (did you mean 'quantile'?)"},
        {R"({"layers": [{"source": "a.shp", "fill": {"ramp": "ylorrdd"}}]})",
         "m.json: layers[0].fill.ramp: unknown ramp 'ylorrdd' (did you mean 'YlOrRd'?)"},
        {R"({"layers": [{"source": "a.shp", "fill": {"method": "kmeans"}}]})",
         "m.json: layers[0].fill.method: unknown method 'kmeans' (quantile, equal, jenks, pretty, stddev, "
         "percentile, boxmap, boxmap3, categories)"},
        {R"({"layers": [{"source": "a.shp", "fill": {"ramp": "Rainbow"}}]})",
         "m.json: layers[0].fill.ramp: unknown ramp 'Rainbow' (YlOrRd, YlOrBr, OrRd, Reds, Blues, Greens, "
         "Purples, Oranges, Greys, BuGn, BuPu, GnBu, PuBu, PuBuGn, PuRd, RdPu, YlGn, YlGnBu, viridis, magma, "
         "plasma, cividis, RdBu, RdYlBu, RdYlGn, PuOr, BrBG, PiYG, Spectral, Set2, Dark2, Paired, Set3)"},
        {R"({"layers": [{"source": "a.shp", "fill": {"method": 3}}]})",
         "m.json: layers[0].fill.method: expected a string"},
        {R"({"layers": [{"source": "a.shp", "fill": {"ramp": ""}}]})",
         "m.json: layers[0].fill.ramp: unknown ramp ''"},
    };
    for (const BadCase& c : cases) {
        Result<MapDocument> doc = parseMapDocument(c.text, "m.json");
        ASSERT_FALSE(doc.ok()) << c.text;
        if (std::string_view(c.expected).back() == ')')
            EXPECT_EQ(doc.error().message, c.expected);
        else
            EXPECT_EQ(doc.error().message.rfind(c.expected, 0), 0u) << doc.error().message;
    }
}

// Any case and the "natural" alias are read; saving writes the registry's names, as before.
TEST(MapDocument, MethodsAndRampsRoundTripAsTheirNames) {
    Result<MapDocument> doc = parseMapDocument(kDocument, "/maps/region/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_EQ(doc->layers[0].fill.method, ClassMethod::Quantile);
    EXPECT_EQ(doc->layers[0].fill.ramp, Ramp::Blues);
    const std::string text = serializeMapDocument(*doc, "/maps/region/map.json");
    EXPECT_NE(text.find("\"method\": \"quantile\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"ramp\": \"Blues\""), std::string::npos) << text;

    const std::pair<const char*, ClassMethod> methods[] = {
        {"jenks", ClassMethod::NaturalBreaks},  {"natural", ClassMethod::NaturalBreaks},
        {"EQUAL", ClassMethod::EqualInterval},  {"stddev", ClassMethod::StandardDeviation},
        {"pretty", ClassMethod::Pretty},        {"percentile", ClassMethod::Percentile},
        {"BoxMap", ClassMethod::BoxMap},        {"boxmap3", ClassMethod::BoxMap3},
        {"categories", ClassMethod::Categories}};
    for (const auto& [name, method] : methods) {
        const std::string json =
            std::string(R"({"layers": [{"source": "a.shp", "fill": {"field": "f", "method": ")") + name +
            R"(", "ramp": "viridis"}}]})";
        Result<MapDocument> parsed = parseMapDocument(json, "/m/m.json");
        ASSERT_TRUE(parsed.ok()) << parsed.error().message;
        EXPECT_EQ(parsed->layers[0].fill.method, method) << name;
        EXPECT_EQ(parsed->layers[0].fill.ramp, Ramp::Viridis);
        const std::string saved = serializeMapDocument(*parsed, "/m/m.json");
        if (method != FillStyle{}.method) {  // the default method is not written (the writer's tests)
            EXPECT_NE(saved.find("\"method\": \"" + std::string(classMethodName(method)) + "\""),
                      std::string::npos);
        }
        EXPECT_NE(saved.find("\"ramp\": \"viridis\""), std::string::npos);
        Result<MapDocument> again = parseMapDocument(saved, "/m/m.json");
        ASSERT_TRUE(again.ok()) << again.error().message;
        EXPECT_EQ(again->layers[0].fill.method, method) << name;
    }
    MapDocument defaults;
    defaults.layers.emplace_back();
    defaults.layers[0].source = "/m/a.shp";
    defaults.layers[0].fill.field = "f";
    const std::string saved = serializeMapDocument(defaults, "/m/m.json");
    EXPECT_EQ(saved.find("\"method\""), std::string::npos) << saved;
    Result<MapDocument> again = parseMapDocument(saved, "/m/m.json");
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(again->layers[0].fill.method, ClassMethod::NaturalBreaks);
    EXPECT_EQ(again->layers[0].fill.ramp, Ramp::YlOrRd);
}

TEST(MapDocument, AViewRoundTripsAndIsChecked) {
    const char* text = R"({"view": {"center": [104.06, 30.67], "width": 250000}, "layers": []})";
    Result<MapDocument> doc = parseMapDocument(text, "/m/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    ASSERT_TRUE(doc->view.has_value());
    EXPECT_DOUBLE_EQ(doc->view->centerLon, 104.06);
    EXPECT_DOUBLE_EQ(doc->view->width, 250000);
    Result<MapDocument> again = parseMapDocument(serializeMapDocument(*doc, "/m/map.json"), "/m/map.json");
    ASSERT_TRUE(again.ok());
    EXPECT_DOUBLE_EQ(again->view->centerLat, 30.67);
    EXPECT_DOUBLE_EQ(again->view->height, 0.0) << "no height given, none written";

    Result<MapDocument> tall = parseMapDocument(
        R"({"view": {"center": [104, 30], "width": 2000, "height": 3000}, "layers": []})", "m.json");
    ASSERT_TRUE(tall.ok()) << tall.error().message;
    EXPECT_DOUBLE_EQ(tall->view->height, 3000.0);
    EXPECT_NE(serializeMapDocument(*tall, "/m/map.json").find("\"height\": 3000"), std::string::npos);

    for (const char* bad : {R"({"view": {"center": [200, 30], "width": 1}, "layers": []})",
                            R"({"view": {"center": [104, 30]}, "layers": []})",
                            R"({"view": {"center": [104, 30], "width": -5}, "layers": []})"}) {
        Result<MapDocument> refused = parseMapDocument(bad, "m.json");
        ASSERT_FALSE(refused.ok()) << bad;
        EXPECT_EQ(refused.error().message.rfind("m.json: view.", 0), 0u) << refused.error().message;
    }
}

TEST(MapDocument, ExplicitBreaksRoundTripAndSetTheClassCount) {
    const char* text =
        R"({"layers": [{"source": "a.shp", "fill": {"field": "gdp", "breaks": [0, 10.5, 100, 2000]}}]})";
    Result<MapDocument> doc = parseMapDocument(text, "/m/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_EQ(doc->layers[0].fill.breaks, (std::vector<double>{0, 10.5, 100, 2000}));
    EXPECT_EQ(doc->layers[0].fill.classes, 3);
    Result<MapDocument> again = parseMapDocument(serializeMapDocument(*doc, "/m/map.json"), "/m/map.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->layers[0].fill.breaks, doc->layers[0].fill.breaks);

    for (const char* bad : {R"({"layers": [{"source": "a", "fill": {"breaks": [1]}}]})",
                            R"({"layers": [{"source": "a", "fill": {"breaks": [1, "2"]}}]})",
                            R"({"layers": [{"source": "a", "fill": {"breaks": [5, 5]}}]})",
                            R"({"layers": [{"source": "a", "fill": {"breaks": 3}}]})"}) {
        Result<MapDocument> refused = parseMapDocument(bad, "m.json");
        ASSERT_FALSE(refused.ok()) << bad;
        EXPECT_EQ(refused.error().message.rfind("m.json: layers[0].fill.breaks: ", 0), 0u)
            << refused.error().message;
    }
}

TEST(MapDocument, LabelsRoundTripAndNeedAField) {
    const char* text =
        R"({"layers": [{"source": "a.shp", "label": {"field": "name_zh", "size": 14, "halo": "#ffffffcc", "priority": "gdp"}}]})";
    Result<MapDocument> doc = parseMapDocument(text, "/m/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    const LabelStyle& label = doc->layers[0].label;
    EXPECT_EQ(label.field, "name_zh");
    EXPECT_DOUBLE_EQ(label.size, 14.0);
    EXPECT_EQ(label.halo.a, 0xcc);
    EXPECT_EQ(label.priority, "gdp");
    Result<MapDocument> again = parseMapDocument(serializeMapDocument(*doc, "/m/map.json"), "/m/map.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->layers[0].label.field, "name_zh");
    EXPECT_EQ(again->layers[0].label.halo.a, 0xcc);

    Result<MapDocument> refused =
        parseMapDocument(R"({"layers": [{"source": "a", "label": {"size": 3}}]})", "m.json");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message.rfind("m.json: layers[0].label.size: ", 0), 0u)
        << refused.error().message;
}

TEST(MapDocument, ABaseLayerCanBeLeftOutOfTheLegend) {
    Result<MapDocument> doc = parseMapDocument(
        R"({"layers": [{"source": "a.shp", "legend": false}, {"source": "b.shp"}]})", "/m/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_FALSE(doc->layers[0].inLegend);
    EXPECT_TRUE(doc->layers[1].inLegend);
    Result<MapDocument> again = parseMapDocument(serializeMapDocument(*doc, "/m/map.json"), "/m/map.json");
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->layers[0].inLegend);
}

TEST(MapDocument, NumberFormatAndUnitRoundTrip) {
    const char* text =
        R"({"layers": [{"source": "a.shp", "fill": {"field": "gdp", "number_format": "Wan", "unit": "亿元"}}]})";
    Result<MapDocument> doc = parseMapDocument(text, "/m/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_EQ(doc->layers[0].fill.numberFormat, NumberFormat::Wan);
    EXPECT_EQ(doc->layers[0].fill.unit, "亿元");
    const std::string saved = serializeMapDocument(*doc, "/m/map.json");
    EXPECT_NE(saved.find("\"number_format\": \"wan\""), std::string::npos) << saved;
    Result<MapDocument> again = parseMapDocument(saved, "/m/map.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->layers[0].fill.numberFormat, NumberFormat::Wan);
    EXPECT_EQ(serializeMapDocument(*again, "/m/map.json"), saved);

    // The default is not written: documents that never asked stay as they were.
    Result<MapDocument> plain =
        parseMapDocument(R"({"layers": [{"source": "a.shp", "fill": {"field": "gdp"}}]})", "/m/map.json");
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain->layers[0].fill.numberFormat, NumberFormat::Plain);
    EXPECT_EQ(serializeMapDocument(*plain, "/m/map.json").find("number_format"), std::string::npos);

    EXPECT_EQ(parseNumberFormat("万"), NumberFormat::Wan);
    EXPECT_EQ(parseNumberFormat("亿"), NumberFormat::Yi);
    EXPECT_EQ(parseNumberFormat("AUTO"), NumberFormat::Auto);
    Result<MapDocument> refused =
        parseMapDocument(R"({"layers": [{"source": "a", "fill": {"number_format": "lakh"}}]})", "m.json");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message,
              "m.json: layers[0].fill.number_format: unknown number format 'lakh' (plain, wan, yi, auto)");
}

TEST(MapDocument, QuantileTypeRoundTripsAndUnknownTypesAreRefused) {
    const char* text =
        R"({"layers": [{"source": "a.shp", "fill": {"field": "gdp", "method": "quantile", "quantile_type": 7}}]})";
    Result<MapDocument> doc = parseMapDocument(text, "/m/map.json");
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    EXPECT_EQ(doc->layers[0].fill.quantileType, 7);
    const std::string saved = serializeMapDocument(*doc, "/m/map.json");
    EXPECT_NE(saved.find("\"quantile_type\": 7"), std::string::npos) << saved;
    Result<MapDocument> again = parseMapDocument(saved, "/m/map.json");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->layers[0].fill.quantileType, 7);

    // The default, type 1, is not written.
    Result<MapDocument> plain =
        parseMapDocument(R"({"layers": [{"source": "a.shp", "fill": {"field": "gdp"}}]})", "/m/map.json");
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain->layers[0].fill.quantileType, 1);
    EXPECT_EQ(serializeMapDocument(*plain, "/m/map.json").find("quantile_type"), std::string::npos);

    for (const char* bad : {"6", "\"7\"", "7.5"}) {
        Result<MapDocument> refused = parseMapDocument(
            std::string(R"({"layers": [{"source": "a", "fill": {"quantile_type": )") + bad + "}}]}",
            "m.json");
        ASSERT_FALSE(refused.ok()) << bad;
        EXPECT_EQ(refused.error().message,
                  std::string("m.json: layers[0].fill.quantile_type: unknown quantile type ") + bad +
                      " (1: data values, 5: GeoDa's, 7: R's quantile(), classInt's and "
                      "QGIS's)");
    }
}

TEST(MapDocument, GraticuleIsOnOffOrAnIntervalAndRoundTrips) {
    for (const auto& [value, shown, interval] :
         {std::tuple{"true", true, 0.0}, std::tuple{"false", false, 0.0}, std::tuple{"0.5", true, 0.5}}) {
        const std::string text =
            std::string(R"({"graticule": )") + value + R"(, "layers": [{"source": "a.shp"}]})";
        Result<MapDocument> doc = parseMapDocument(text, "/m/map.json");
        ASSERT_TRUE(doc.ok()) << doc.error().message;
        EXPECT_EQ(doc->graticule.shown, shown) << value;
        EXPECT_EQ(doc->graticule.interval, interval) << value;
        const std::string saved = serializeMapDocument(*doc, "/m/map.json");
        Result<MapDocument> again = parseMapDocument(saved, "/m/map.json");
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again->graticule.shown, shown);
        EXPECT_EQ(again->graticule.interval, interval);
        EXPECT_EQ(serializeMapDocument(*again, "/m/map.json"), saved);
    }
    for (const char* bad : {R"({"graticule": "yes", "layers": []})", R"({"graticule": 0, "layers": []})",
                            R"({"graticule": 120, "layers": []})"}) {
        Result<MapDocument> refused = parseMapDocument(bad, "m.json");
        ASSERT_FALSE(refused.ok()) << bad;
        EXPECT_EQ(refused.error().message,
                  "m.json: graticule: expected true, false or the degrees between lines (0.001 to 90)");
    }
}

TEST(MapDocument, DeepNestingIsRefusedWithoutParsing) {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    Result<MapDocument> doc = parseMapDocument(deep, "deep.json");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().message, "deep.json: nested too deeply (more than 64 levels)");
}

TEST(MapDocument, AStatisticRoundTripsAndBadOptionsAreNamed) {
    const char* text = R"({"version": 1, "layers": [{"source": "u.geojson", "statistic": {"method": "gistar",
        "field": "density", "weights": "knn:6", "permutations": 499, "correction": "fdr"}}]})";
    Result<MapDocument> doc = parseMapDocument(text, "/maps/map.json");
    ASSERT_TRUE(doc) << doc.error().message;
    ASSERT_TRUE(doc->layers[0].statistic);
    const StatisticSpec& st = *doc->layers[0].statistic;
    EXPECT_EQ(st.method, StatisticMethod::GiStar);
    EXPECT_EQ(st.field, "density");
    EXPECT_EQ(st.weights, "knn:6");
    EXPECT_EQ(st.permutations, 499);
    EXPECT_EQ(st.seed, 12345) << "the default";
    EXPECT_EQ(st.correction, "fdr");
    Result<MapDocument> again =
        parseMapDocument(serializeMapDocument(*doc, "/maps/map.json"), "/maps/map.json");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->layers[0].statistic, doc->layers[0].statistic);

    // A bivariate choropleth: its second field, classes per field and palette round-trip too.
    Result<MapDocument> bivariate = parseMapDocument(
        R"({"version": 1, "layers": [{"source": "u.geojson", "statistic": {"method": "bivariate",
        "field": "growth", "with": "density", "classes": 4, "palette": "teal-purple"}}]})",
        "/maps/map.json");
    ASSERT_TRUE(bivariate) << bivariate.error().message;
    const StatisticSpec& bv = *bivariate->layers[0].statistic;
    EXPECT_EQ(bv.method, StatisticMethod::Bivariate);
    EXPECT_EQ(bv.with, "density");
    EXPECT_EQ(bv.classes, 4);
    EXPECT_EQ(bv.palette, "teal-purple");
    Result<MapDocument> bivariateAgain =
        parseMapDocument(serializeMapDocument(*bivariate, "/maps/map.json"), "/maps/map.json");
    ASSERT_TRUE(bivariateAgain);
    EXPECT_EQ(bivariateAgain->layers[0].statistic, bivariate->layers[0].statistic);

    for (const auto& [statistic, message] : std::vector<std::pair<std::string, std::string>>{
             {R"({"method": "moran", "field": "v"})",
              "layers[0].statistic.method: 'moran' is not lisa, lisa_significance, gistar, lisa_bivariate or "
              "bivariate"},
             {R"({"method": "bivariate", "field": "v"})",
              "layers[0].statistic.with: missing (bivariate maps the field against a second one)"},
             {R"({"method": "bivariate", "field": "v", "with": "w", "classes": 5})", "classes"},
             {R"({"method": "lisa"})", "layers[0].statistic.field: missing"},
             {R"({"method": "lisa", "field": "v", "correction": "holm"})",
              "'holm' is not none, bonferroni or fdr"},
             {R"({"method": "lisa", "field": "v", "colour": "red"})", "colour"}}) {
        Result<MapDocument> bad = parseMapDocument(
            R"({"version": 1, "layers": [{"source": "u.geojson", "statistic": )" + statistic + "}]}",
            "/maps/map.json");
        ASSERT_FALSE(bad) << statistic;
        EXPECT_NE(bad.error().message.find(message), std::string::npos) << bad.error().message;
    }
}

}  // namespace
}  // namespace bashu
