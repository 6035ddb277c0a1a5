#pragma once
// Text too long for one line broken into lines at spaces: long subtitles of exported maps read
// in two lines rather than shrunk to small print or cut off.
#include <string>
#include <vector>

#include "text/font_face.h"

namespace bashu {

/// `text` in at most `maxLines` lines of at most `width` pixels at `size`: at a " · " separator
/// of a bilingual title when both halves fit, else broken at spaces and filled greedily; the
/// last line takes whatever is left (the caller fits or cuts it). One line when it fits, or when
/// there is no space to break at.
std::vector<std::string> wrapText(const FontFace& font, const std::string& text, float size, float width,
                                  int maxLines);

}  // namespace bashu
