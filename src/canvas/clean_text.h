#pragma once
// Text from data files made safe for documents that store text as text (SVG, PDF).
#include <string>
#include <string_view>

namespace bashu {

/// `text` as valid UTF-8 without control characters: invalid bytes become U+FFFD (as FontFace
/// draws them), tabs and line breaks become spaces, other controls are dropped. XML cannot hold
/// controls at all, and Cairo refuses a whole page for one invalid byte.
std::string cleanText(std::string_view text);

}  // namespace bashu
