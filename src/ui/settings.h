#pragma once
// What the window remembers between runs: its size and the recent maps, in a small JSON file in
// the user's config folder (ImGui keeps the panel layout in an ini file beside it).
#include <string>
#include <vector>

#include "core/result.h"

namespace bashu {

struct UiSettings {
    int windowWidth = 1280, windowHeight = 860;
    float sidebarWidth = 0.0f;  // window coordinates; 0: the default (fitted to the window when shown)
    bool mapTitleShown = true;  // the map's title and note over the map
    std::vector<std::string> recentFiles;  // most recent first
    std::string folder;                    // where they were read from and are saved; empty: nowhere
};

/// $XDG_CONFIG_HOME/bashu-atlas, else ~/.config/bashu-atlas; empty when neither is known.
std::string settingsFolder();

/// Reads settings.json from `folder` (remembered in the result). A missing file gives the defaults; a broken
/// one gives the defaults and a warning naming the file.
UiSettings loadSettings(const std::string& folder, std::string* warning);

/// Writes settings.json into settings.folder (created when needed), atomically.
Status saveSettings(const UiSettings& settings);

/// Puts `path` (made absolute) first in the recent files, without duplicates, ten at most.
void rememberRecent(UiSettings& settings, const std::string& path);

/// rememberRecent, then saved at once: a map opened or saved stays in the list even if the
/// program does not end normally.
Status recordRecentFile(UiSettings& settings, const std::string& path);

}  // namespace bashu
