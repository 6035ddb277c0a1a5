#include "text/font_face.h"

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>

#include "core/utf8.h"

namespace bashu {

Result<FontLocation> findMapFont() {
    if (!FcInit()) return Error{"fontconfig cannot be initialised"};
    // Try a CJK family first; the name carries the language so fontconfig prefers Simplified.
    for (const char* pattern : {"Noto Sans CJK SC:lang=zh-cn", "sans-serif:lang=zh-cn", "sans-serif"}) {
        FcPattern* query = FcNameParse(reinterpret_cast<const FcChar8*>(pattern));
        FcConfigSubstitute(nullptr, query, FcMatchPattern);
        FcDefaultSubstitute(query);
        FcResult result = FcResultNoMatch;
        FcPattern* match = FcFontMatch(nullptr, query, &result);
        FcPatternDestroy(query);
        if (!match) continue;
        FcChar8* file = nullptr;
        int index = 0;
        FcLangSet* languages = nullptr;
        FontLocation location;
        if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && file) {
            location.path = reinterpret_cast<const char*>(file);
            FcPatternGetInteger(match, FC_INDEX, 0, &index);
            location.index = index;
            if (FcPatternGetLangSet(match, FC_LANG, 0, &languages) == FcResultMatch)
                location.coversChinese =
                    FcLangSetHasLang(languages, reinterpret_cast<const FcChar8*>("zh-cn")) == FcLangEqual;
        }
        FcPatternDestroy(match);
        if (!location.path.empty() && (location.coversChinese || std::string(pattern) == "sans-serif"))
            return location;
    }
    return Error{kNoFontFound};
}

std::string missingChineseWarning(const FontLocation& location) {
    if (location.coversChinese) return "";
    return "the font found (" + location.path + ") has no Chinese characters; install fonts-noto-cjk";
}

struct FontFace::State {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    FontLocation location;
    ~State() {
        if (face) FT_Done_Face(face);
        if (library) FT_Done_FreeType(library);
    }
};

FontFace::FontFace(std::unique_ptr<State> state) : state_(std::move(state)) {}
FontFace::FontFace(FontFace&&) noexcept = default;
FontFace& FontFace::operator=(FontFace&&) noexcept = default;
FontFace::~FontFace() = default;

Result<FontFace> FontFace::load(const FontLocation& location) {
    auto state = std::make_unique<State>();
    state->location = location;
    if (FT_Init_FreeType(&state->library)) return Error{"FreeType cannot be initialised"};
    if (FT_New_Face(state->library, location.path.c_str(), location.index, &state->face))
        return Error{location.path + ": cannot be read as a font"};
    return FontFace(std::move(state));
}

const FontLocation& FontFace::location() const { return state_->location; }

std::string FontFace::familyName() const {
    return state_->face->family_name ? std::string(state_->face->family_name) : std::string();
}

namespace {
void setSize(FT_Face face, float pixelSize) {
    FT_Set_Char_Size(face, 0, FT_F26Dot6(std::lround(pixelSize * 64.0f)), 72, 72);
}
}  // namespace

bool FontFace::hasGlyph(char32_t codePoint) const { return FT_Get_Char_Index(state_->face, codePoint) != 0; }

float FontFace::measure(std::string_view utf8, float pixelSize) const {
    FT_Face face = state_->face;
    setSize(face, pixelSize);
    float width = 0;
    for (size_t pos = 0; pos < utf8.size();) {
        if (FT_Load_Char(face, nextCodePoint(utf8, pos), FT_LOAD_DEFAULT) == 0)
            width += float(face->glyph->advance.x) / 64.0f;
    }
    return width;
}

float FontFace::ascent(float pixelSize) const {
    FT_Face face = state_->face;
    setSize(face, pixelSize);
    return float(face->size->metrics.ascender) / 64.0f;
}

namespace {
// Blends a rendered glyph bitmap into the image with its top-left pixel at (left, top).
void blendGlyph(Image& image, const FT_Bitmap& bitmap, int left, int top, Rgba8 color) {
    for (unsigned row = 0; row < bitmap.rows; ++row) {
        const int y = top + int(row);
        if (y < 0 || y >= image.height) continue;
        for (unsigned column = 0; column < bitmap.width; ++column) {
            const int px = left + int(column);
            if (px < 0 || px >= image.width) continue;
            const unsigned coverage = bitmap.buffer[row * unsigned(std::abs(bitmap.pitch)) + column];
            if (coverage == 0) continue;
            const unsigned alpha = coverage * color.a / 255;
            uint8_t* p = &image.rgba[(size_t(y) * size_t(image.width) + size_t(px)) * 4];
            p[0] = uint8_t((color.r * alpha + p[0] * (255 - alpha)) / 255);
            p[1] = uint8_t((color.g * alpha + p[1] * (255 - alpha)) / 255);
            p[2] = uint8_t((color.b * alpha + p[2] * (255 - alpha)) / 255);
            p[3] = uint8_t(std::min(255u, p[3] + alpha * (255u - p[3]) / 255u));
        }
    }
}
}  // namespace

void FontFace::draw(Image& image, float x, float baselineY, std::string_view utf8, float pixelSize,
                    Rgba8 color, float angle) const {
    FT_Face face = state_->face;
    setSize(face, pixelSize);
    if (angle == 0.0f) {
        // Upright text: each glyph on whole pixels, as it was hinted.
        float penX = x;
        for (size_t pos = 0; pos < utf8.size();) {
            if (FT_Load_Char(face, nextCodePoint(utf8, pos), FT_LOAD_RENDER) != 0) continue;
            const FT_GlyphSlot glyph = face->glyph;
            blendGlyph(image, glyph->bitmap, int(std::lround(penX)) + glyph->bitmap_left,
                       int(std::lround(baselineY)) - glyph->bitmap_top, color);
            penX += float(glyph->advance.x) / 64.0f;
        }
        return;
    }
    // Turned text: FreeType turns each outline before rendering it. Its y axis points up, so a
    // clockwise turn on the image is a counter-clockwise one there; the pen's fraction of a pixel
    // goes into the outline, so the glyphs keep to one straight baseline.
    const double c = std::cos(double(angle)), s = std::sin(double(angle));
    FT_Matrix turn{FT_Fixed(std::lround(c * 65536.0)), FT_Fixed(std::lround(s * 65536.0)),
                   FT_Fixed(std::lround(-s * 65536.0)), FT_Fixed(std::lround(c * 65536.0))};
    double penX = x, penY = baselineY;
    for (size_t pos = 0; pos < utf8.size();) {
        const double wholeX = std::floor(penX), wholeY = std::floor(penY);
        FT_Vector fraction{FT_Pos(std::lround((penX - wholeX) * 64.0)),
                           FT_Pos(std::lround(-(penY - wholeY) * 64.0))};
        FT_Set_Transform(face, &turn, &fraction);
        const bool loaded = FT_Load_Char(face, nextCodePoint(utf8, pos), FT_LOAD_RENDER) == 0;
        FT_Set_Transform(face, nullptr, nullptr);  // measure() and upright text expect none
        if (!loaded) continue;
        const FT_GlyphSlot glyph = face->glyph;
        blendGlyph(image, glyph->bitmap, int(wholeX) + glyph->bitmap_left, int(wholeY) - glyph->bitmap_top,
                   color);
        // The advance comes turned, in FreeType's y-up axes.
        penX += double(glyph->advance.x) / 64.0;
        penY -= double(glyph->advance.y) / 64.0;
    }
}

}  // namespace bashu
