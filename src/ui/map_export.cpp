#include "ui/map_export.h"

#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "carto/paper_size.h"
#include "export/render_scene.h"
#include "ui/dialog_keys.h"
#include "ui/document_saving.h"
#include "ui/file_defaults.h"
#include "ui/layer_streaming.h"
#include "ui/map_title.h"
#include "ui/map_view_state.h"
#include "ui/messages.h"
#include "ui/window_report.h"

namespace bashu {

namespace {
constexpr const char* kExportPopup = "Export map";

// Renders the view as shown (styles, visibility, this moment's view) at the size chosen.
Status exportNow(MapViewState& state, ExportDialog& dialog, std::string& warning) {
    Result<ExportTarget> target = exportTarget(dialog.path);
    if (!target) return target.error();
    ExportOptions options;
    options.width = state.camera.width;
    options.height = state.camera.height;
    if (dialog.sizeMode == 1) {
        options.width = dialog.width;
        options.height = dialog.height;
        if (Status size = checkExportSize(options.width, options.height); !size) return size.error();
    } else if (dialog.sizeMode == 2) {
        const Paper& paper = paperSizes()[size_t(dialog.paper)];
        Result<PrintSize> print = printSize(
            paper.name, dialog.dpi, dialog.landscape ? Orientation::Landscape : Orientation::Portrait);
        if (!print) return print.error();
        options.width = print->width;
        options.height = print->height;
        options.pixelScale = print->pixelScale;
        options.dpi = dialog.dpi;
    }
    options.legend = dialog.legend;
    options.scaleBar = dialog.scaleBar;
    options.northArrow = dialog.northArrow;
    state.scene.document.title = dialog.title;  // the title is part of the map: saving keeps it
    const MapDocument opened = state.scene.document;
    state.scene.document = currentDocument(state);
    // PostGIS layers at the export's pixels, not the window's cells (two pixels wide, too coarse
    // for paper): read for the export's view, on this thread as the export itself is drawn. The
    // reads running for the window are stopped first, or the export would wait for them (seconds
    // at 10^7 rows); the window reads its view again after.
    cancelLayerStreams(state);
    Result<StreamedParts> shown =
        swapInExportParts(state.scene, exportCamera(state.scene, options, target->format));
    Status exported = exportMap(state.scene, options, *target, &warning);
    if (shown) {
        putBackStreamedParts(state.scene, std::move(*shown));
    } else if (exported) {
        // The export's read failed (the server down, slow or refusing): the map is exported as
        // the window draws it, and the message says why.
        const std::string shownNote = "drawn at the window's detail: " + shown.error().message;
        warning = warning.empty() ? shownNote : warning + "; " + shownNote;
    }
    state.scene.document = opened;
    return exported;
}
}  // namespace

void drawExportDialog(MapViewState& state) {
    ExportDialog& dialog = state.exportDialog;
    if (state.input.pressed(Key::E, true) || dialog.requested) {
        dialog.requested = false;
        if (dialog.path[0] == '\0') {
            const std::string proposed = proposedExportPath(
                state.documentFile.path, state.documentFile.readOnly, firstDataFile(state));
            std::snprintf(dialog.path, sizeof dialog.path, "%s", proposed.c_str());
        }
        dialog.replacing.clear();
        std::snprintf(dialog.title, sizeof dialog.title, "%s", state.scene.document.title.c_str());
        dialog.error.clear();
        ImGui::OpenPopup(kExportPopup);
    }
    if (!ImGui::BeginPopupModal(kExportPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(scaled(420));
    bool go = ImGui::InputText("File (.png, .tif, .svg, .pdf)", dialog.path, sizeof dialog.path,
                               ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    const std::string windowSize =
        "Window (" + std::to_string(state.camera.width) + " x " + std::to_string(state.camera.height) + ")";
    ImGui::RadioButton(windowSize.c_str(), &dialog.sizeMode, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Pixels", &dialog.sizeMode, 1);
    ImGui::SameLine();
    ImGui::RadioButton("Paper", &dialog.sizeMode, 2);
    if (dialog.sizeMode == 1) {
        ImGui::SetNextItemWidth(scaled(120));
        ImGui::InputInt("Width", &dialog.width, 0);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(scaled(120));
        ImGui::InputInt("Height", &dialog.height, 0);
    } else if (dialog.sizeMode == 2) {
        const std::span<const Paper> papers = paperSizes();
        ImGui::SetNextItemWidth(scaled(120));
        if (ImGui::BeginCombo("Paper size", std::string(papers[size_t(dialog.paper)].name).c_str())) {
            for (size_t i = 0; i < papers.size(); ++i)
                if (ImGui::Selectable(std::string(papers[i].name).c_str(), int(i) == dialog.paper))
                    dialog.paper = int(i);
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(scaled(90));
        ImGui::InputInt("DPI", &dialog.dpi, 0);
        ImGui::SameLine();
        ImGui::Checkbox("Landscape", &dialog.landscape);
        if (Result<PrintSize> size =
                printSize(papers[size_t(dialog.paper)].name, dialog.dpi,
                          dialog.landscape ? Orientation::Landscape : Orientation::Portrait))
            ImGui::TextDisabled("%d x %d pixels", size->width, size->height);
    }
    if (const std::string mismatch = titleMismatch(state.scene); !mismatch.empty())
        ImGui::TextColored(ImVec4(0.75f, 0.3f, 0.0f, 1), "%s Check the title before exporting.",
                           mismatch.c_str());
    ImGui::SetNextItemWidth(scaled(420));
    go |= ImGui::InputText("Title", dialog.title, sizeof dialog.title, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::Checkbox("Legend", &dialog.legend);
    ImGui::SameLine();
    ImGui::Checkbox("Scale bar", &dialog.scaleBar);
    ImGui::SameLine();
    ImGui::Checkbox("North arrow", &dialog.northArrow);
    ImGui::SameLine();
    // Part of the map, like the title: a saved document draws it too.
    ImGui::Checkbox("Graticule", &state.scene.document.graticule.shown);
    if (!dialog.error.empty()) drawErrorText(dialog.error);
    // A file already there is named before it is replaced: the second Export replaces it.
    const bool replacingShown = !dialog.replacing.empty() && dialog.replacing == dialog.path;
    if (replacingShown)
        ImGui::TextColored(ImVec4(0.7f, 0.35f, 0.0f, 1), "%s exists: Replace writes over it.", dialog.path);
    go |= ImGui::Button(replacingShown ? "Replace" : "Export") || dialogConfirmKey();
    nameControl("export/export");
    if (go && !replacingShown && replacingAsks(dialog.path, "")) {
        dialog.replacing = dialog.path;
        go = false;
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || dialogCancelKey()) ImGui::CloseCurrentPopup();
    if (go) {
        std::string warning;
        if (Status exported = exportNow(state, dialog, warning); !exported) {
            dialog.error = exported.error().message;
            state.messages.say("not exported: " + dialog.error, true);
        } else {
            state.messages.say("exported " + std::string(dialog.path) +
                               (warning.empty() ? "" : " (" + warning + ")"));
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::EndPopup();
}

}  // namespace bashu
