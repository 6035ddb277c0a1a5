#include "ui/settings.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "core/atomic_write.h"

namespace bashu {

namespace {
namespace fs = std::filesystem;
constexpr size_t kRecentFiles = 10;
constexpr const char* kFileName = "settings.json";
}  // namespace

std::string settingsFolder() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
        return (fs::path(xdg) / "bashu-atlas").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (fs::path(home) / ".config" / "bashu-atlas").string();
    return "";
}

UiSettings loadSettings(const std::string& folder, std::string* warning) {
    UiSettings settings;
    settings.folder = folder;
    if (folder.empty()) return settings;
    const fs::path path = fs::path(folder) / kFileName;
    std::ifstream in(path, std::ios::binary);
    if (!in) return settings;
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
    auto broken = [&](const std::string& why) {
        if (warning) *warning = path.string() + ": " + why + "; using the default settings";
        UiSettings defaults;
        defaults.folder = folder;
        return defaults;
    };
    if (root.is_discarded() || !root.is_object()) return broken("not a JSON object");
    if (root.contains("window")) {
        const nlohmann::json& w = root["window"];
        if (!w.is_object() || !w.value("width", nlohmann::json()).is_number_integer() ||
            !w.value("height", nlohmann::json()).is_number_integer())
            return broken("window: expected {\"width\": N, \"height\": N}");
        // A size from another, larger screen is kept within reason.
        settings.windowWidth = std::clamp(w["width"].get<int>(), 320, 16384);
        settings.windowHeight = std::clamp(w["height"].get<int>(), 240, 16384);
    }
    if (root.contains("layout")) {
        const nlohmann::json& l = root["layout"];
        if (!l.is_object() || !l.value("sidebar_width", nlohmann::json(0)).is_number() ||
            !l.value("map_title", nlohmann::json(true)).is_boolean())
            return broken("layout: expected {\"sidebar_width\": N, \"map_title\": true|false}");
        // Any width is taken: the window fits it to its size when it shows the sidebar.
        settings.sidebarWidth = std::max(0.0f, l.value("sidebar_width", 0.0f));
        settings.mapTitleShown = l.value("map_title", true);
    }
    if (root.contains("recent_files")) {
        const nlohmann::json& recent = root["recent_files"];
        if (!recent.is_array()) return broken("recent_files: expected a list of paths");
        for (const nlohmann::json& r : recent)
            if (r.is_string() && settings.recentFiles.size() < kRecentFiles)
                settings.recentFiles.push_back(r.get<std::string>());
    }
    return settings;
}

Status saveSettings(const UiSettings& settings) {
    const std::string& folder = settings.folder;
    if (folder.empty()) return Error{"no config folder (neither XDG_CONFIG_HOME nor HOME is set)"};
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) return Error{folder + ": cannot create the settings folder: " + ec.message()};
    nlohmann::json root;
    root["window"] = {{"width", settings.windowWidth}, {"height", settings.windowHeight}};
    root["layout"] = {{"sidebar_width", settings.sidebarWidth}, {"map_title", settings.mapTitleShown}};
    root["recent_files"] = settings.recentFiles;
    return writeTextFileAtomically((fs::path(folder) / kFileName).string(), root.dump(2) + "\n");
}

void rememberRecent(UiSettings& settings, const std::string& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    const std::string normal = ec ? path : absolute.lexically_normal().string();
    auto& recent = settings.recentFiles;
    recent.erase(std::remove(recent.begin(), recent.end(), normal), recent.end());
    recent.insert(recent.begin(), normal);
    if (recent.size() > kRecentFiles) recent.resize(kRecentFiles);
}

}  // namespace bashu

namespace bashu {

Status recordRecentFile(UiSettings& settings, const std::string& path) {
    rememberRecent(settings, path);
    return saveSettings(settings);
}

}  // namespace bashu
