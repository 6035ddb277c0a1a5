#pragma once
// The Style panel's small editors that several sections share: a colour swatch that opens a
// picker, and a slider of pixel widths for a double in the document.
#include <string>
#include <vector>

#include "core/color.h"

namespace bashu {

/// A colour swatch (with alpha) that opens ImGui's picker. Returns true when the colour changed.
bool colorControl(const char* label, Rgba8& color);

/// A combo of `options`; the empty option reads as `emptyLabel`. Returns true when it changed.
bool comboOfStrings(const char* label, std::string& value, const std::vector<std::string>& options,
                    const char* emptyLabel);

/// A combo of `options` by position (`chosen` indexes them). Returns true when the choice changed.
bool comboOfIndex(const char* label, int& chosen, const std::vector<std::string>& options);

/// A slider of pixels (one decimal) for a document's double. Returns true when it changed.
bool sliderOfDouble(const char* label, double& value, float lo, float hi);

}  // namespace bashu
