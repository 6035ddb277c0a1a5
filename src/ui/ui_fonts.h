#pragma once
// The ImGui font: a CJK font found through fontconfig, with glyphs for exactly the strings the
// window shows (ImGui's built-in Chinese subset lacks many of this region's place names).
#include <string>
#include <vector>

namespace bashu {

/// Builds ImGui's font atlas from the map font at `pixelSize`, with glyphs for ASCII, Latin-1,
/// common punctuation and every character of `strings`. Returns a warning to show when no font
/// with Chinese glyphs was found (text then falls back to ImGui's default font).
std::string buildUiFont(const std::vector<std::string>& strings, float pixelSize);

}  // namespace bashu
