// Datasets that are folders or zip archives: a File Geodatabase, a folder of Shapefiles, zips of
// them (at the top or in a subfolder) and /vsizip/ paths, read as one dataset with a layer per
// table or file; and the one message for each way they cannot be.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "io/network_access.h"
#include "io/vector_reader.h"
#include "support/temp_folder.h"
#include "unit/io/container_fixtures.h"

namespace bashu {
namespace {

using testing::TempFolder;
using testing::writeFileGeodatabase;
using testing::writeShapefileFolder;
using testing::zipFolder;

std::vector<std::string> sorted(std::vector<std::string> names) {
    std::sort(names.begin(), names.end());
    return names;
}

std::string failure(const std::string& path) {
    Result<VectorFile> file = readVectorFile(path);
    EXPECT_FALSE(file.ok()) << path << " was read";
    return file.ok() ? std::string() : file.error().message;
}

const Layer* layerNamed(const VectorFile& file, const std::string& name) {
    for (const Layer& layer : file.layers)
        if (layer.name == name) return &layer;
    return nullptr;
}

class ContainerDatasets : public ::testing::Test {
protected:
    TempFolder dir{"bashu-containers"};
};

// What the Shapefile folder's layers hold, however the folder is reached (folder, zip, /vsizip/).
void expectShapefileFolderLayers(const Result<VectorFile>& file, const std::string& path) {
    ASSERT_TRUE(file.ok()) << file.error().message;
    EXPECT_EQ(file->path, path);
    EXPECT_EQ(file->driver, "ESRI Shapefile");
    ASSERT_EQ(file->layers.size(), 2u);
    const Layer* towns = layerNamed(*file, "towns");
    const Layer* rivers = layerNamed(*file, "rivers");
    ASSERT_TRUE(towns && rivers);
    EXPECT_EQ(towns->featureCount(), 3u);
    EXPECT_EQ(towns->geometry.kind, GeometryKind::Point);
    EXPECT_EQ(towns->epsg, 4326);
    EXPECT_EQ(towns->sourcePath, path);
    EXPECT_EQ(towns->report.textEncoding, "GBK (as the file declares)");
    ASSERT_EQ(towns->attributes.columns.size(), 1u);
    EXPECT_EQ(towns->attributes.columns[0].strings, (std::vector<std::string>{"成都", "重庆", "自贡"}));
    EXPECT_EQ(rivers->featureCount(), 1u);
    EXPECT_EQ(rivers->geometry.kind, GeometryKind::Line);
    EXPECT_EQ(rivers->geometry.vertexCount(), 3u);
}

TEST_F(ContainerDatasets, AFileGeodatabaseIsReadWithATablePerLayer) {
    const std::string gdb = dir.file("plan.gdb");
    writeFileGeodatabase(gdb);
    Result<std::vector<std::string>> names = listLayerNames(gdb);
    ASSERT_TRUE(names.ok()) << names.error().message;
    EXPECT_EQ(sorted(*names), (std::vector<std::string>{"districts", "roads"}));

    Result<VectorFile> file = readVectorFile(gdb);
    ASSERT_TRUE(file.ok()) << file.error().message;
    EXPECT_EQ(file->driver, "OpenFileGDB");
    ASSERT_EQ(file->layers.size(), 2u);
    const Layer* districts = layerNamed(*file, "districts");
    ASSERT_NE(districts, nullptr);
    EXPECT_EQ(districts->featureCount(), 2u);
    EXPECT_EQ(districts->geometry.kind, GeometryKind::Polygon);
    EXPECT_EQ(districts->epsg, 4490);
    const Column* name = districts->attributes.find("name");
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->strings, (std::vector<std::string>{"锦江区", "青羊区"}));
    EXPECT_TRUE(districts->report.warnings.empty()) << districts->report.warnings.front();

    // One layer chosen as for a GeoPackage (a document's source_layer).
    ReadOptions roadsOnly;
    roadsOnly.layerName = "roads";
    Result<VectorFile> roads = readVectorFile(gdb, roadsOnly);
    ASSERT_TRUE(roads.ok()) << roads.error().message;
    ASSERT_EQ(roads->layers.size(), 1u);
    EXPECT_EQ(roads->layers[0].geometry.kind, GeometryKind::Line);
    ReadOptions missing;
    missing.layerName = "rivers";
    EXPECT_EQ(readVectorFile(gdb, missing).error().message, gdb + ": no layer named 'rivers'");
}

TEST_F(ContainerDatasets, AFolderOfShapefilesIsOneDatasetWithALayerPerFile) {
    const std::string folder = dir.file("shapes");
    writeShapefileFolder(folder);
    Result<std::vector<std::string>> names = listLayerNames(folder);
    ASSERT_TRUE(names.ok()) << names.error().message;
    EXPECT_EQ(sorted(*names), (std::vector<std::string>{"rivers", "towns"}));
    expectShapefileFolderLayers(readVectorFile(folder), folder);
}

TEST_F(ContainerDatasets, AShapefileWithoutItsIndexIsNamedAsLeftOutOfItsFolder) {
    const std::string folder = dir.file("shapes");
    writeShapefileFolder(folder);
    std::filesystem::remove(folder + "/rivers.shx");
    Result<VectorFile> file = readVectorFile(folder);
    ASSERT_TRUE(file.ok()) << file.error().message;
    ASSERT_EQ(file->layers.size(), 1u);
    EXPECT_EQ(file->layers[0].name, "towns");
    EXPECT_EQ(file->layers[0].report.warnings,
              (std::vector<std::string>{"left out of the folder's layers: " + folder +
                                        "/rivers.shp: the Shapefile's index " + folder +
                                        "/rivers.shx is missing (a Shapefile is several files: copy the "
                                        ".shx, .dbf and .prj with the .shp)"}));
}

TEST_F(ContainerDatasets, AZipOfShapefilesInASubfolderIsReadInPlace) {
    const std::string folder = dir.file("shapes");
    writeShapefileFolder(folder);
    const std::string zip = dir.file("from_the_office.zip");
    zipFolder(folder, zip, "export/2023/");
    Result<std::vector<std::string>> names = listLayerNames(zip);
    ASSERT_TRUE(names.ok()) << names.error().message;
    EXPECT_EQ(sorted(*names), (std::vector<std::string>{"rivers", "towns"}));
    expectShapefileFolderLayers(readVectorFile(zip), zip);
    // GDAL's own syntax reaches the same data: the whole archive, or the folder inside it.
    expectShapefileFolderLayers(readVectorFile("/vsizip/" + zip), "/vsizip/" + zip);
    expectShapefileFolderLayers(readVectorFile("/vsizip/" + zip + "/export/2023"),
                                "/vsizip/" + zip + "/export/2023");
}

TEST_F(ContainerDatasets, AZipWithShapefilesAtItsTopAndARelativePath) {
    const std::string folder = dir.file("shapes");
    writeShapefileFolder(folder);
    zipFolder(folder, dir.file("flat.zip"), "");
    const std::filesystem::path before = std::filesystem::current_path();
    std::filesystem::current_path(dir.path());
    Result<VectorFile> file = readVectorFile("flat.zip");
    std::filesystem::current_path(before);
    expectShapefileFolderLayers(file, "flat.zip");
}

TEST_F(ContainerDatasets, AZippedFileGeodatabase) {
    const std::string gdb = dir.file("plan.gdb");
    writeFileGeodatabase(gdb);
    const std::string zip = dir.file("plan.gdb.zip");
    zipFolder(gdb, zip, "plan.gdb/");
    Result<VectorFile> file = readVectorFile(zip);
    ASSERT_TRUE(file.ok()) << file.error().message;
    EXPECT_EQ(file->driver, "OpenFileGDB");
    ASSERT_EQ(file->layers.size(), 2u);
    const Layer* districts = layerNamed(*file, "districts");
    ASSERT_NE(districts, nullptr);
    EXPECT_EQ(districts->featureCount(), 2u);
    EXPECT_EQ(districts->epsg, 4490);
}

TEST_F(ContainerDatasets, AZipOfOneGeoJsonFileInAFolder) {
    const std::string folder = dir.file("json");
    std::filesystem::create_directories(folder);
    std::ofstream(folder + "/parks.geojson")
        << R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"kind": "公园"},)"
           R"( "geometry": {"type": "Point", "coordinates": [104.1, 30.6]}}]})";
    std::ofstream(folder + "/readme.txt") << "parks of Chengdu";
    const std::string zip = dir.file("parks.zip");
    zipFolder(folder, zip, "data/");
    Result<VectorFile> file = readVectorFile(zip);
    ASSERT_TRUE(file.ok()) << file.error().message;
    EXPECT_EQ(file->driver, "GeoJSON");
    ASSERT_EQ(file->layers.size(), 1u);
    EXPECT_EQ(file->layers[0].name, "parks");
    EXPECT_EQ(file->layers[0].featureCount(), 1u);
}

TEST_F(ContainerDatasets, AZipWithDataInTwoPlacesSaysWhichToName) {
    const std::string folder = dir.file("shapes");
    writeShapefileFolder(folder);
    const std::string zip = dir.file("two.zip");
    zipFolder(folder, zip, "2022/");
    zipFolder(folder, zip, "2023/");
    const std::string inside = "/vsizip/" + zip;
    EXPECT_EQ(failure(zip),
              zip + ": the zip archive holds vector data in 2 places (2022, 2023); name one, as in " +
                  inside + "/2022");
    EXPECT_TRUE(readVectorFile(inside + "/2023").ok());
}

TEST_F(ContainerDatasets, FoldersWithoutVectorDataAreNamedWithWhatTheyHold) {
    const std::string empty = dir.file("empty");
    std::filesystem::create_directories(empty);
    const std::string kRule = "; a folder is read when it is a File Geodatabase (.gdb) or holds Shapefiles)";
    EXPECT_EQ(
        failure(empty),
        empty + ": is a directory, not a file, and holds no vector data GDAL can open (it is empty" + kRule);
    EXPECT_EQ(listLayerNames(empty).error().message, failure(empty));

    const std::string photos = dir.file("photos");
    std::filesystem::create_directories(photos);
    for (const char* name : {"a.jpg", "b.jpg", "c.jpg", "d.jpg"})
        std::ofstream(photos + "/" + name) << "JFIF";
    EXPECT_EQ(failure(photos), photos +
                                   ": is a directory, not a file, and holds no vector data GDAL can open (it "
                                   "holds 4 entries: a.jpg, b.jpg, c.jpg, ..." +
                                   kRule);
}

TEST_F(ContainerDatasets, BrokenAndEmptyZipsNameTheFile) {
    const std::string broken = dir.write("broken.zip", "PK\x03\x04 not really a zip archive");
    EXPECT_EQ(failure(broken), broken + ": not a zip archive that can be read (damaged, or not a zip file)");
    EXPECT_EQ(failure("/vsizip/" + broken),
              "/vsizip/" + broken + ": not a zip archive that can be read (damaged, or not a zip file)");
    EXPECT_EQ(failure("/vsizip/" + broken + "/towns.shp"),
              "/vsizip/" + broken + "/towns.shp: not a zip archive that can be read (" + broken +
                  ") (damaged, or not a zip file)");
    const std::string empty = dir.write("empty.zip", "");
    EXPECT_EQ(failure(empty), empty + ": file is empty");

    const std::string photos = dir.file("photos");
    std::filesystem::create_directories(photos);
    std::ofstream(photos + "/a.jpg") << "JFIF";
    const std::string zip = dir.file("photos.zip");
    zipFolder(photos, zip, "");
    std::ofstream(photos + "/b.jpg") << "JFIF";
    zipFolder(photos, zip, "more/");
    EXPECT_EQ(
        failure(zip),
        zip +
            ": the zip archive holds no vector data GDAL can open (3 files: a.jpg, more/a.jpg, more/b.jpg)");
}

TEST_F(ContainerDatasets, VsizipPathsNameWhatIsMissing) {
    const std::string folder = dir.file("shapes");
    writeShapefileFolder(folder);
    const std::string zip = dir.file("data.zip");
    zipFolder(folder, zip, "");
    EXPECT_EQ(failure("/vsizip/" + zip + "/nothere.shp"),
              "/vsizip/" + zip + "/nothere.shp: no such file or folder in the zip archive " + zip);
    EXPECT_EQ(failure("/vsizip/" + dir.file("nothere.zip")),
              "/vsizip/" + dir.file("nothere.zip") + ": no such file");
    // One Shapefile of the archive, named by its path inside.
    Result<VectorFile> towns = readVectorFile("/vsizip/" + zip + "/towns.shp");
    ASSERT_TRUE(towns.ok()) << towns.error().message;
    ASSERT_EQ(towns->layers.size(), 1u);
    EXPECT_EQ(towns->layers[0].featureCount(), 3u);
    EXPECT_EQ(towns->layers[0].report.textEncoding, "GBK (as the file declares)");
}

TEST_F(ContainerDatasets, ZipsOfRemoteFilesStayRefusedWithoutNetworkAccess) {
    ASSERT_FALSE(networkAccessAllowed());
    for (const std::string& path : {std::string("/vsizip//vsicurl/http://127.0.0.1:9/data.zip"),
                                    std::string("/vsizip/{/vsicurl/http://127.0.0.1:9/data.zip}/towns.shp")})
        EXPECT_EQ(
            failure(path),
            path + ": remote paths are not opened (network access is off; bashu --allow-network allows it)");
}

}  // namespace
}  // namespace bashu
