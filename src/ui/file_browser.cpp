#include "ui/file_browser.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

#include "core/file_extension.h"
#include "ui/messages.h"
#include "ui/workspace_layout.h"

namespace bashu {

namespace fs = std::filesystem;

namespace {
// What GDAL reads as vector data here, map documents, and tables of statistics to join.
bool isMapData(const std::string& name) {
    static const char* const kExtensions[] = {".geojson", ".json",     ".shp",  ".gpkg", ".csv", ".kml",
                                              ".gml",     ".fgb",      ".tab",  ".mif",  ".gpx", ".sqlite",
                                              ".zip",     ".topojson", ".xlsx", ".xls",  ".ods", ".tsv"};
    const std::string extension = lowerExtension(name);
    return std::any_of(std::begin(kExtensions), std::end(kExtensions),
                       [&](const char* known) { return extension == known; });
}
}  // namespace

size_t shapefileCount(const std::vector<FolderEntry>& entries) {
    return size_t(std::count_if(entries.begin(), entries.end(), [](const FolderEntry& entry) {
        return !entry.folder && lowerExtension(entry.name) == ".shp";
    }));
}

std::vector<FolderEntry> listFolder(const std::string& folder, std::string* error, bool allFiles) {
    std::vector<FolderEntry> entries;
    std::error_code ec;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        if (error) *error = folder + ": " + ec.message();
        return entries;
    }
    for (const fs::directory_entry& entry : it) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.front() == '.') continue;
        std::error_code typeError;
        const bool isFolder = entry.is_directory(typeError);
        if (!isFolder && !allFiles && !isMapData(name)) continue;
        entries.push_back(FolderEntry{name, isFolder, isFolder && lowerExtension(name) == ".gdb"});
    }
    std::sort(entries.begin(), entries.end(), [](const FolderEntry& a, const FolderEntry& b) {
        return a.folder != b.folder ? a.folder : a.name < b.name;
    });
    return entries;
}

std::optional<std::string> drawFileBrowser(std::string& folder, float height, bool& allFiles) {
    if (folder.empty()) folder = fs::current_path().string();
    ImGui::TextDisabled("%s", folder.c_str());
    ImGui::SameLine();
    ImGui::Checkbox("All files", &allFiles);
    ImGui::BeginChild("##browser", ImVec2(scaled(520), height), true);
    std::string error;
    // Listed every frame the browser is open: a folder holds few entries, and it stays current.
    const std::vector<FolderEntry> entries = listFolder(folder, &error, allFiles);
    std::optional<std::string> chosen;
    std::string enter;
    if (ImGui::Selectable("..")) enter = fs::path(folder).parent_path().string();
    // GDAL reads a folder of Shapefiles as one dataset: offered as a whole beside its files.
    if (const size_t shapefiles = shapefileCount(entries); shapefiles > 1) {
        const std::string label = "[all " + std::to_string(shapefiles) + " Shapefiles of this folder]";
        if (ImGui::Selectable(label.c_str())) chosen = folder;
    }
    for (const FolderEntry& entry : entries) {
        const std::string label = entry.dataset  ? entry.name + "/ (File Geodatabase)"
                                  : entry.folder ? entry.name + "/"
                                                 : entry.name;
        if (ImGui::Selectable(label.c_str())) {
            if (entry.folder && !entry.dataset)
                enter = (fs::path(folder) / entry.name).string();
            else
                chosen = (fs::path(folder) / entry.name).string();
        }
    }
    if (!error.empty()) drawErrorText(error);
    ImGui::EndChild();
    if (!enter.empty()) folder = enter;
    return chosen;
}

}  // namespace bashu
