#pragma once
// Drawing text into CPU images with FreeType, using a font found through fontconfig. Used for
// the map furniture of exports (title, legend); CJK place names need a CJK font.
#include <memory>
#include <string>
#include <string_view>

#include "core/color.h"
#include "core/image.h"
#include "core/result.h"

namespace bashu {

/// A font file found by fontconfig: path, face index inside a collection, and whether it has
/// Chinese glyphs.
struct FontLocation {
    std::string path;
    int index = 0;
    bool coversChinese = false;
};

/// The best font for map text: Noto Sans CJK SC or another font covering Chinese; any sans
/// font otherwise (then coversChinese is false and Chinese would show as boxes). Fails only when
/// fontconfig finds no font at all.
Result<FontLocation> findMapFont();

/// Why findMapFont found no font, the one wording of the window and the exporter.
inline constexpr const char* kNoFontFound =
    "no font found (install fonts-noto-cjk); Chinese text cannot be shown";

/// The warning for a map font without Chinese glyphs (Chinese would show as boxes), naming the
/// font and what to install; "" when the font covers Chinese.
std::string missingChineseWarning(const FontLocation& location);

class FontFace {
public:
    static Result<FontFace> load(const FontLocation& location);

    FontFace(FontFace&&) noexcept;
    FontFace& operator=(FontFace&&) noexcept;
    ~FontFace();

    /// True when the font has a glyph for the code point (else it would draw a "missing" box).
    bool hasGlyph(char32_t codePoint) const;
    /// Width in pixels of a UTF-8 string at a pixel size.
    float measure(std::string_view utf8, float pixelSize) const;
    /// Distance from the baseline to the top of capitals/CJK glyphs at a pixel size.
    float ascent(float pixelSize) const;
    /// Draws a UTF-8 string with its baseline starting at (x, baselineY), alpha-blended over the
    /// image, turned by `angle` radians (clockwise on the image, y down) about that point.
    void draw(Image& image, float x, float baselineY, std::string_view utf8, float pixelSize, Rgba8 color,
              float angle = 0.0f) const;

    const FontLocation& location() const;
    /// The family name the font file gives itself ("Noto Sans CJK SC"), for documents that name
    /// their fonts (SVG).
    std::string familyName() const;

private:
    struct State;
    explicit FontFace(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

}  // namespace bashu
