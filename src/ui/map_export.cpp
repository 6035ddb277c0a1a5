#include "ui/map_export.h"

#include <filesystem>

#include "scene/render_scene.h"
#include "ui/document_saving.h"

namespace bashu {

void exportView(MapViewState& state, std::vector<std::string>& messages) {
    namespace fs = std::filesystem;
    const fs::path document = state.documentPath.empty() || state.documentReadOnly
                                  ? fs::path("map.json")
                                  : fs::path(state.documentPath);
    const fs::path output = document.parent_path() / (document.stem().string() + "-export.png");
    // The document as shown (styles, visibility, this moment's view) for the length of the export;
    // the layers' paints already are as shown.
    const MapDocument opened = state.scene.document;
    state.scene.document = currentDocument(state);
    std::string warning;
    Status exported = exportMapPng(state.scene, {.width = state.camera.width, .height = state.camera.height},
                                   output.string(), &warning);
    state.scene.document = opened;
    messages.insert(messages.begin(),
                    exported ? "exported " + output.string() + (warning.empty() ? "" : " (" + warning + ")")
                             : "not exported: " + exported.error().message);
}

}  // namespace bashu
