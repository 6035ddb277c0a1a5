#include "ui/ui_fonts.h"

#include <imgui.h>
#include <imgui_freetype.h>

#include "text/font_face.h"

namespace bashu {

std::string buildUiFont(const std::vector<std::string>& strings, float pixelSize) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();  // built again when new text comes (another map, an added layer)
    Result<FontLocation> location = findMapFont();
    if (!location) {
        io.Fonts->AddFontDefault();
        return kNoFontFound;
    }
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    for (const std::string& s : strings) builder.AddText(s.c_str());
    // Signs that labels made later use (a restyle to standard deviations writes "−1.5 SD"): the
    // atlas is built from the text known at load, and a glyph missing from it shows as "?".
    builder.AddText("−–—°×·…‰±≤≥²³ ");
    static ImVector<ImWchar> ranges;  // must outlive the atlas build
    ranges.clear();
    builder.BuildRanges(&ranges);
    ImFontConfig config;
    config.FontNo = location->index;
    config.OversampleH = 1;
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    if (!io.Fonts->AddFontFromFileTTF(location->path.c_str(), pixelSize, &config, ranges.Data)) {
        io.Fonts->AddFontDefault();
        return location->path + ": cannot be loaded as the window font";
    }
    return missingChineseWarning(*location);
}

}  // namespace bashu
