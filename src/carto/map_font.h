#pragma once
// The font of exported maps' text, found and opened once per process.
#include "core/result.h"
#include "text/font_face.h"

namespace bashu {

/// The map font (findMapFont), or why there is none. Finding and opening it costs tens of
/// milliseconds, so it is done once; every export format uses this same face.
const Result<FontFace>& mapFont();

}  // namespace bashu
