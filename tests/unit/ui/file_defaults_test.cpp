// Where Save as and Export propose to write, and when replacing a file asks first.
#include "ui/file_defaults.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace bashu {
namespace {

namespace fs = std::filesystem;

class FileDefaults : public ::testing::Test {
protected:
    void SetUp() override {
        folder = fs::temp_directory_path() / ("bashu_file_defaults_" + std::to_string(::getpid()));
        fs::create_directories(folder / "home");
        if (const char* home = std::getenv("HOME")) oldHome = home;
        ::setenv("HOME", (folder / "home").c_str(), 1);
    }
    void TearDown() override {
        ::setenv("HOME", oldHome.c_str(), 1);
        fs::remove_all(folder);
    }
    fs::path folder;
    std::string oldHome;
};

TEST_F(FileDefaults, AMapOfTheUsersOwnIsSavedWhereItIs) {
    EXPECT_EQ(proposedDocumentPath("/maps/plan/district.json", false, ""), "/maps/plan/district.json");
    EXPECT_EQ(proposedExportPath("/maps/plan/district.json", false, ""), "/maps/plan/district-export.png");
}

TEST_F(FileDefaults, TheBuiltInMapIsSavedAsACopyInTheHomeFolder) {
    EXPECT_EQ(proposedDocumentPath("/usr/share/bashu/geodata/gdp_2021.json", true, ""),
              (folder / "home" / "gdp_2021.json").string());
    EXPECT_EQ(proposedExportPath("/usr/share/bashu/geodata/gdp_2021.json", true, ""),
              (folder / "home" / "gdp_2021-export.png").string());
}

TEST_F(FileDefaults, AMapMadeFromDataFilesIsSavedBesideTheFirst) {
    EXPECT_EQ(proposedDocumentPath("", false, "/data/parcels/parcels.shp"), "/data/parcels/map.json");
    EXPECT_EQ(proposedDocumentPath("", false, ""), (folder / "home" / "map.json").string())
        << "nothing loaded";
}

TEST_F(FileDefaults, ReplacingAsksForAFileThatIsNotTheMapsOwn) {
    const fs::path own = folder / "own.json", other = folder / "other.json";
    std::ofstream(own) << "{}";
    std::ofstream(other) << "{}";
    EXPECT_FALSE(replacingAsks(own.string(), own.string())) << "the map's own file is saved over";
    EXPECT_TRUE(replacingAsks(other.string(), own.string()));
    EXPECT_TRUE(replacingAsks(other.string(), "")) << "an export over an existing image";
    EXPECT_FALSE(replacingAsks((folder / "new.json").string(), own.string())) << "nothing there";
}

}  // namespace
}  // namespace bashu
