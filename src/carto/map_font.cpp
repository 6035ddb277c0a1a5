#include "carto/map_font.h"

namespace bashu {

const Result<FontFace>& mapFont() {
    static const Result<FontFace> font = []() -> Result<FontFace> {
        Result<FontLocation> location = findMapFont();
        if (!location) return location.error();
        return FontFace::load(*location);
    }();
    return font;
}

const FontFace* usableMapFont(std::string* warning) {
    const Result<FontFace>& font = mapFont();
    if (!font) {
        if (warning) *warning = "no title, legend, scale bar or north arrow drawn: " + font.error().message;
        return nullptr;
    }
    if (warning && !font->location().coversChinese) *warning = missingChineseWarning(font->location());
    return &*font;
}

}  // namespace bashu
