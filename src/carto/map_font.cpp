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

}  // namespace bashu
