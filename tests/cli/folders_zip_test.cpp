// The real binary on datasets that are folders or zip archives: `bashu info` and `bashu render`
// on a File Geodatabase, a folder of Shapefiles and zips of them, as a map document's sources
// too, and the one message (exit 1) for a folder or zip without data and a zip of a remote file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "io/image_reader.h"
#include "support/cli_fixture.h"
#include "support/run_command.h"
#include "unit/io/container_fixtures.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;

using testing::Outcome;
const auto quote = testing::shellQuote;

class FoldersAndZips : public testing::CliFixture {
protected:
    std::string path(const std::string& name) const { return (dir / name).string(); }
};

// Pixels within 8/255 of a colour.
size_t pixelsOf(const Image& image, Rgba8 colour) {
    size_t count = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const Rgba8 p = image.pixel(x, y);
            if (std::abs(p.r - colour.r) <= 8 && std::abs(p.g - colour.g) <= 8 &&
                std::abs(p.b - colour.b) <= 8)
                ++count;
        }
    return count;
}

// The fill bashu gives the first layer of data files (scene/document_inputs.cpp).
constexpr Rgba8 kFirstLayerFill{0xd9, 0xe4, 0xd0, 255};

TEST_F(FoldersAndZips, InfoJsonOfAFileGeodatabase) {
    testing::writeFileGeodatabase(path("plan.gdb"));
    Outcome run = bashu("info --json plan.gdb");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const nlohmann::json info = nlohmann::json::parse(run.out);
    ASSERT_EQ(info["files"].size(), 1u);
    EXPECT_EQ(info["files"][0]["driver"], "OpenFileGDB");
    EXPECT_EQ(info["files"][0]["layer_count"], 2);
    ASSERT_EQ(info["layers"].size(), 2u);
    for (const auto& layer : info["layers"]) {
        EXPECT_EQ(layer["path"], "plan.gdb");
        EXPECT_EQ(layer["crs"]["epsg"], 4490);
        if (layer["name"] == "districts") {
            EXPECT_EQ(layer["feature_count"], 2);
            EXPECT_EQ(layer["geometry_type"], "Polygon");
            EXPECT_EQ(layer["extent_wgs84"], nlohmann::json({104.0, 30.0, 106.0, 31.0}));
        } else {
            EXPECT_EQ(layer["name"], "roads");
            EXPECT_EQ(layer["geometry_type"], "LineString");
        }
    }
}

TEST_F(FoldersAndZips, InfoOfAZipWithShapefilesInASubfolder) {
    testing::writeShapefileFolder(path("shapes"));
    testing::zipFolder(path("shapes"), path("from the office.zip"), "export/");
    Outcome run = bashu("info " + quote("from the office.zip"));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("from the office.zip: ESRI Shapefile, 2 layers\n"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("  layer 'towns': 3 features, Point, 3 vertices\n"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("    text: GBK (as the file declares)\n"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("  layer 'rivers': 1 features, LineString, 3 vertices\n"), std::string::npos)
        << run.out;
    EXPECT_EQ(run.err, "");
}

TEST_F(FoldersAndZips, RenderDrawsAFileGeodatabaseAFolderAndAZip) {
    testing::writeFileGeodatabase(path("plan.gdb"));
    testing::writeShapefileFolder(path("shapes"));
    testing::zipFolder(path("plan.gdb"), path("plan.zip"), "deliveries/plan.gdb/");
    for (const std::string input :
         {"plan.gdb", "shapes", "plan.zip", "/vsizip/plan.zip/deliveries/plan.gdb"}) {
        Outcome run =
            bashu("render " + quote(input) +
                  " -o map.png --width 320 --height 240 --no-legend --no-scale-bar --no-north-arrow");
        ASSERT_EQ(run.exitCode, 0) << input << "\n" << run.err;
        EXPECT_EQ(run.err, "") << input;
        Result<Image> image = readImage(path("map.png"));
        ASSERT_TRUE(image.ok()) << input << ": " << image.error().message;
        if (input == "shapes") continue;  // points and a line: no fill
        // The two districts fill most of the map in the first layer's colour.
        EXPECT_GT(pixelsOf(*image, kFirstLayerFill), size_t(320 * 240 / 4)) << input;
    }
}

TEST_F(FoldersAndZips, AMapDocumentNamesALayerOfAFolderOrZip) {
    testing::writeFileGeodatabase(path("plan.gdb"));
    testing::writeShapefileFolder(path("shapes"));
    testing::zipFolder(path("shapes"), path("shapes.zip"), "");
    std::ofstream(dir / "map.json") << R"({"version": 1, "title": "Plan", "layers": [
      {"name": "Districts", "source": "plan.gdb", "source_layer": "districts",
       "fill": {"field": "pop", "method": "equal", "classes": 2, "ramp": "Blues"}},
      {"name": "Towns", "source": "shapes.zip", "source_layer": "towns", "label": {"field": "name"}}]})";
    Outcome info = bashu("info map.json");
    EXPECT_EQ(info.exitCode, 0) << info.err;
    Outcome run = bashu("render map.json -o map.png --width 320 --height 240");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_TRUE(readImage(path("map.png")).ok());

    std::ofstream(dir / "wrong.json") << R"({"version": 1, "layers": [
      {"name": "Parks", "source": "plan.gdb", "source_layer": "parks"}]})";
    run = bashu("render wrong.json -o map.png");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find(path("plan.gdb") + ": no layer named 'parks'"), std::string::npos) << run.err;
}

TEST_F(FoldersAndZips, FoldersAndZipsWithoutDataAreOneMessage) {
    fs::create_directories(dir / "photos");
    std::ofstream(dir / "photos" / "a.jpg") << "JFIF";
    Outcome run = bashu("info photos");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err,
              "error: photos: is a directory, not a file, and holds no vector data GDAL can open (it holds 1 "
              "entry: a.jpg; a folder is read when it is a File Geodatabase (.gdb) or holds Shapefiles)\n");
    EXPECT_EQ(run.out, "");

    std::ofstream(dir / "broken.zip") << "PK\x03\x04 cut short";
    run = bashu("render broken.zip -o map.png");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err,
              "error: broken.zip: not a zip archive that can be read (damaged, or not a zip file)\n");
    EXPECT_FALSE(fs::exists(dir / "map.png"));
}

TEST_F(FoldersAndZips, AZipOfARemoteFileNeedsNetworkAccess) {
    const std::string remote = "/vsizip//vsicurl/http://127.0.0.1:9/data.zip";
    Outcome run = bashu("info " + quote(remote));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err,
              "error: " + remote +
                  ": remote paths are not opened (network access is off; bashu --allow-network allows "
                  "it)\n");
}

}  // namespace
}  // namespace bashu
