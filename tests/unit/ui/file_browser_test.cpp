#include "ui/file_browser.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace bashu {
namespace {

namespace fs = std::filesystem;

TEST(FileBrowser, ListsFoldersFirstThenMapDataByNameWithoutHiddenOnes) {
    const fs::path folder = fs::temp_directory_path() / "bashu-browser-test";
    fs::remove_all(folder);
    fs::create_directories(folder / "zones");
    fs::create_directories(folder / "admin");
    std::ofstream(folder / "roads.gpkg") << "x";
    std::ofstream(folder / "counties.shp") << "x";
    std::ofstream(folder / ".hidden") << "x";
    std::ofstream(folder / "notes.txt") << "x";
    std::string error;
    const std::vector<FolderEntry> entries = listFolder(folder.string(), &error);
    EXPECT_EQ(error, "");
    ASSERT_EQ(entries.size(), 4u);
    EXPECT_EQ(entries[0].name, "admin");
    EXPECT_TRUE(entries[0].folder);
    EXPECT_EQ(entries[1].name, "zones");
    EXPECT_EQ(entries[2].name, "counties.shp");
    EXPECT_FALSE(entries[2].folder);
    EXPECT_EQ(entries[3].name, "roads.gpkg");
    EXPECT_EQ(listFolder(folder.string(), &error, true).size(), 5u) << "all files: notes.txt too";
    fs::remove_all(folder);
}

TEST(FileBrowser, AFileGeodatabaseIsChosenWholeAndShapefilesAreCounted) {
    const fs::path folder = fs::temp_directory_path() / "bashu-browser-datasets-test";
    fs::remove_all(folder);
    fs::create_directories(folder / "plan.gdb");
    fs::create_directories(folder / "zones");
    std::ofstream(folder / "roads.shp") << "x";
    std::ofstream(folder / "towns.SHP") << "x";
    std::ofstream(folder / "towns.dbf") << "x";
    std::ofstream(folder / "data.zip") << "x";
    std::string error;
    const std::vector<FolderEntry> entries = listFolder(folder.string(), &error);
    ASSERT_EQ(entries.size(), 5u) << "the .dbf is not listed";
    EXPECT_EQ(entries[0].name, "plan.gdb");
    EXPECT_TRUE(entries[0].folder && entries[0].dataset);
    EXPECT_EQ(entries[1].name, "zones");
    EXPECT_FALSE(entries[1].dataset);
    EXPECT_EQ(entries[2].name, "data.zip");
    EXPECT_EQ(shapefileCount(entries), 2u);
    fs::remove_all(folder);
}

TEST(FileBrowser, AMissingFolderSaysSo) {
    std::string error;
    EXPECT_TRUE(listFolder("/no/such/folder/here", &error).empty());
    EXPECT_NE(error.find("/no/such/folder/here"), std::string::npos);
}

}  // namespace
}  // namespace bashu
