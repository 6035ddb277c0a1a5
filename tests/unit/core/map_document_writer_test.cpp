// Saving writes what the map says and nothing else, so a saved document diffs cleanly.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/map_document.h"
#include "support/temp_folder.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Lines of `after` that are not in `before` at the same place (both split on newlines).
std::vector<std::string> changedLines(const std::string& before, const std::string& after) {
    std::vector<std::string> a, b, changed;
    for (auto [text, lines] : {std::pair{&before, &a}, std::pair{&after, &b}}) {
        std::istringstream in(*text);
        for (std::string line; std::getline(in, line);) lines->push_back(line);
    }
    for (size_t i = 0; i < b.size(); ++i)
        if (i >= a.size() || a[i] != b[i]) changed.push_back(b[i]);
    return changed;
}

TEST(MapDocumentWriter, EveryBuiltInDocumentSavesToItsOwnText) {
    size_t documents = 0;
    for (const fs::directory_entry& entry : fs::directory_iterator(BASHU_GEODATA)) {
        if (entry.path().extension() != ".json") continue;
        const std::string text = readText(entry.path());
        Result<MapDocument> document = parseMapDocument(text, entry.path().string());
        ASSERT_TRUE(document.ok()) << document.error().message;
        EXPECT_EQ(serializeMapDocument(*document, entry.path().string(), text), text) << entry.path();
        ++documents;
    }
    EXPECT_GE(documents, 6u);
}

TEST(MapDocumentWriter, AChangedSettingChangesOneLine) {
    const fs::path path = fs::path(BASHU_GEODATA) / "gdp_2021.json";
    const std::string text = readText(path);
    Result<MapDocument> document = parseMapDocument(text, path.string());
    ASSERT_TRUE(document.ok()) << document.error().message;
    document->layers[0].stroke.width = 1.2f;  // as the Style panel's slider sets it: a float
    const std::string saved = serializeMapDocument(*document, path.string(), text);
    EXPECT_EQ(changedLines(text, saved),
              std::vector<std::string>{R"(      "stroke": {"color": "#5a5a5a", "width": 1.2})"});
}

TEST(MapDocumentWriter, ANewDocumentHoldsOnlyWhatDiffersFromTheDefaults) {
    MapDocument document;
    LayerSpec layer;
    layer.name = "units";
    layer.source = "/maps/units.geojson";
    layer.opacity = 0.41f;  // a float from a slider: 0.4099999964237213 as a double
    document.layers.push_back(layer);
    EXPECT_EQ(serializeMapDocument(document, "/maps/map.json"),
              "{\n  \"version\": 1,\n  \"layers\": [{\"name\": \"units\", \"source\": \"units.geojson\", "
              "\"opacity\": 0.41}]\n}\n");
}

TEST(MapDocumentWriter, KeysKeepThePreviousOrderAndTheOnesItWroteAtTheirDefaults) {
    constexpr const char* previous = R"({
  "layers": [
    {"source": "b.geojson", "name": "b", "visible": true},
    {"source": "a.geojson", "name": "a", "stroke": {"width": 2, "color": "#000000"}}
  ],
  "crs": "auto",
  "version": 1
}
)";
    Result<MapDocument> document = parseMapDocument(previous, "/maps/map.json");
    ASSERT_TRUE(document.ok()) << document.error().message;
    EXPECT_EQ(serializeMapDocument(*document, "/maps/map.json", previous), previous);

    // Layers are matched by name: moved, each keeps its own keys and order.
    std::swap(document->layers[0], document->layers[1]);
    EXPECT_EQ(serializeMapDocument(*document, "/maps/map.json", previous), R"({
  "layers": [
    {"source": "a.geojson", "name": "a", "stroke": {"width": 2, "color": "#000000"}},
    {"source": "b.geojson", "name": "b", "visible": true}
  ],
  "crs": "auto",
  "version": 1
}
)");
}

TEST(MapDocumentWriter, DerivedSettingsAreNotWrittenAndTheTextReadsBackTheSame) {
    constexpr const char* text = R"({"version": 1, "layers": [{"name": "u", "source": "u.geojson",
        "join": {"table": "t.csv", "layer_key": "adcode", "value": "value"},
        "fill": {"field": "value", "breaks": [0, 10, 100]},
        "label": {"field": "name"}}]})";
    Result<MapDocument> document = parseMapDocument(text, "/maps/map.json");
    ASSERT_TRUE(document.ok()) << document.error().message;
    const std::string saved = serializeMapDocument(*document, "/maps/map.json");
    for (const char* derived :
         {"\"table_key\"", "\"as\"", "\"where\"", "\"classes\"", "\"casing\"", "\"point\""})
        EXPECT_EQ(saved.find(derived), std::string::npos) << derived << " in\n" << saved;
    Result<MapDocument> again = parseMapDocument(saved, "/maps/map.json");
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(serializeMapDocument(*again, "/maps/map.json"), saved);
    EXPECT_EQ(again->layers[0].join->tableKey, "adcode");
    EXPECT_EQ(again->layers[0].fill.classes, 2);
    EXPECT_EQ(again->layers[0].label.field, "name");
}

TEST(MapDocumentWriter, SavingOverAnOpenedDocumentChangesOnlyWhatChanged) {
    testing::TempFolder dir{"bashu-document-writer"};
    const std::string original = readText(fs::path(BASHU_GEODATA) / "corridors.json");
    const std::string path = dir.write("corridors.json", original);
    Result<MapDocument> document = loadMapDocument(path);
    ASSERT_TRUE(document.ok()) << document.error().message;
    document->layers[1].visible = false;
    ASSERT_TRUE(saveMapDocument(*document, path).ok());
    const std::string saved = readText(path);
    EXPECT_EQ(std::count(saved.begin(), saved.end(), '\n'),
              std::count(original.begin(), original.end(), '\n') + 1)
        << "one line added:\n"
        << saved;
    Result<MapDocument> again = loadMapDocument(path);
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_FALSE(again->layers[1].visible);
    document->layers[1].visible = true;
    ASSERT_TRUE(saveMapDocument(*document, path).ok());
    EXPECT_NE(readText(path), original) << "the key the last save wrote stays, now true";
    EXPECT_NE(readText(path).find("\"visible\": true"), std::string::npos);
}

}  // namespace
}  // namespace bashu
