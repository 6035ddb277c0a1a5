#include "ui/settings.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace bashu {
namespace {

namespace fs = std::filesystem;

class Settings : public ::testing::Test {
protected:
    void SetUp() override {
        folder = fs::temp_directory_path() /
                 ("bashu-settings-" +
                  std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(folder);
    }
    void TearDown() override { fs::remove_all(folder); }
    fs::path folder;
};

TEST_F(Settings, SavedSettingsLoadTheSame) {
    UiSettings settings;
    settings.folder = folder.string();
    settings.windowWidth = 1500;
    settings.windowHeight = 900;
    settings.sidebarWidth = 412.5f;
    settings.mapTitleShown = false;
    rememberRecent(settings, "/maps/a.json");
    rememberRecent(settings, "/maps/b.json");
    ASSERT_TRUE(saveSettings(settings).ok()) << "the folder is created when needed";
    std::string warning;
    const UiSettings loaded = loadSettings(folder.string(), &warning);
    EXPECT_EQ(warning, "");
    EXPECT_EQ(loaded.windowWidth, 1500);
    EXPECT_EQ(loaded.windowHeight, 900);
    EXPECT_FLOAT_EQ(loaded.sidebarWidth, 412.5f);
    EXPECT_FALSE(loaded.mapTitleShown);
    EXPECT_EQ(loaded.recentFiles, (std::vector<std::string>{"/maps/b.json", "/maps/a.json"}));
}

TEST_F(Settings, RecentFilesAreUniqueNewestFirstAndAtMostTen) {
    UiSettings settings;
    for (int i = 0; i < 12; ++i) rememberRecent(settings, "/maps/" + std::to_string(i) + ".json");
    rememberRecent(settings, "/maps/5.json");
    ASSERT_EQ(settings.recentFiles.size(), 10u);
    EXPECT_EQ(settings.recentFiles[0], "/maps/5.json");
    EXPECT_EQ(settings.recentFiles[1], "/maps/11.json");
    EXPECT_EQ(std::count(settings.recentFiles.begin(), settings.recentFiles.end(), "/maps/5.json"), 1);
}

TEST_F(Settings, AMissingFileGivesTheDefaultsQuietly) {
    std::string warning;
    const UiSettings loaded = loadSettings(folder.string(), &warning);
    EXPECT_EQ(warning, "");
    EXPECT_EQ(loaded.windowWidth, 1280);
}

TEST_F(Settings, ABrokenFileGivesTheDefaultsAndAWarningNamingIt) {
    fs::create_directories(folder);
    for (const char* text : {"{", R"({"window": {"width": "wide"}})", R"({"recent_files": 3})",
                             R"({"layout": {"sidebar_width": "wide"}})", R"({"layout": {"map_title": 1}})"}) {
        std::ofstream(folder / "settings.json") << text;
        std::string warning;
        const UiSettings loaded = loadSettings(folder.string(), &warning);
        EXPECT_NE(warning.find((folder / "settings.json").string()), std::string::npos) << text;
        EXPECT_EQ(loaded.windowWidth, 1280) << text;
    }
}

TEST_F(Settings, TheFolderFollowsXdgConfigHome) {
    setenv("XDG_CONFIG_HOME", "/tmp/some-config", 1);
    EXPECT_EQ(settingsFolder(), "/tmp/some-config/bashu-atlas");
    unsetenv("XDG_CONFIG_HOME");
    setenv("HOME", "/home/planner", 1);
    EXPECT_EQ(settingsFolder(), "/home/planner/.config/bashu-atlas");
}

}  // namespace
}  // namespace bashu
