#pragma once
// The font of exported maps' text, found and opened once per process.
#include <string>

#include "core/result.h"
#include "text/font_face.h"

namespace bashu {

/// The map font (findMapFont), or why there is none. Finding and opening it costs tens of
/// milliseconds, so it is done once; every export format uses this same face.
const Result<FontFace>& mapFont();

/// The map font where there is one, else null; `warning` (when given) says what an export loses:
/// without a font its title, legend and furniture are left out; a font without Chinese characters
/// draws Chinese names as boxes. Every export format reports this the same way.
const FontFace* usableMapFont(std::string* warning);

}  // namespace bashu
