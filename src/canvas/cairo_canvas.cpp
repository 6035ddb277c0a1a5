#include "canvas/cairo_canvas.h"

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <cmath>
#include <cstdint>
#include <map>
#include <mutex>
#include <numbers>
#include <utility>

#include "canvas/clean_text.h"

namespace bashu {

namespace {

// Cairo font faces by file and index, made once per process: Cairo keeps its own references to
// faces it has used, so each lives as long as the process (as its FreeType face must).
cairo_font_face_t* cairoFace(const FontLocation& font) {
    static std::mutex mutex;
    static FT_Library library = nullptr;
    static std::map<std::pair<std::string, int>, cairo_font_face_t*> faces;
    const std::lock_guard lock(mutex);
    const auto key = std::pair{font.path, font.index};
    if (auto found = faces.find(key); found != faces.end()) return found->second;
    if (!library && FT_Init_FreeType(&library)) return nullptr;
    FT_Face face = nullptr;
    if (FT_New_Face(library, font.path.c_str(), font.index, &face)) return nullptr;
    cairo_font_face_t* cairo = cairo_ft_font_face_create_for_ft_face(face, 0);
    if (cairo_font_face_status(cairo) != CAIRO_STATUS_SUCCESS) {
        cairo_font_face_destroy(cairo);
        FT_Done_Face(face);
        return nullptr;
    }
    faces[key] = cairo;
    return cairo;
}

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

struct CairoCanvas::State {
    std::string bytes;
    cairo_surface_t* surface = nullptr;
    cairo_t* cr = nullptr;
    cairo_font_face_t* face = nullptr;
    int clips = 0;
    bool image = false;  // an image surface, not a PDF page

    ~State() {
        if (cr) cairo_destroy(cr);
        if (surface) cairo_surface_destroy(surface);
    }

    void source(Rgba8 c) { cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a / 255.0); }

    void path(std::span<const Point2> points, std::span<const size_t> ends, bool closed) {
        size_t start = 0;
        for (size_t end : ends) {
            for (size_t i = start; i < end; ++i)
                (i == start ? cairo_move_to : cairo_line_to)(cr, points[i].x, points[i].y);
            if (closed) cairo_close_path(cr);
            start = end;
        }
    }

    // Places the text's path or glyphs at (x, baseline) in the map font at `size` pixels.
    bool setFont(float size) {
        if (!face) return false;
        cairo_set_font_face(cr, face);
        cairo_set_font_size(cr, size);
        return true;
    }
};

CairoCanvas::CairoCanvas(std::unique_ptr<State> state) : state_(std::move(state)) {}
CairoCanvas::~CairoCanvas() = default;

Result<std::unique_ptr<CairoCanvas>> CairoCanvas::createPdf(int width, int height, int dpi,
                                                            const FontLocation* font) {
    auto state = std::make_unique<State>();
    const double points = 72.0 / double(dpi > 0 ? dpi : 96);
    state->surface =
        cairo_pdf_surface_create_for_stream(appendToString, &state->bytes, width * points, height * points);
    if (cairo_surface_status(state->surface) != CAIRO_STATUS_SUCCESS)
        return Error{std::string("cannot start a PDF: ") +
                     cairo_status_to_string(cairo_surface_status(state->surface))};
    cairo_pdf_surface_set_metadata(state->surface, CAIRO_PDF_METADATA_CREATOR, "Bashu Atlas");
    state->cr = cairo_create(state->surface);
    // Pixels are the drawing units, as on the PNG; the page scales them to its size in points.
    cairo_scale(state->cr, points, points);
    cairo_set_line_join(state->cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(state->cr, CAIRO_LINE_CAP_ROUND);
    // Unhinted metrics: glyph advances as designed, as a printer sets them at any size.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_set_font_options(state->cr, options);
    cairo_font_options_destroy(options);
    if (font) state->face = cairoFace(*font);
    return std::unique_ptr<CairoCanvas>(new CairoCanvas(std::move(state)));
}

Result<std::unique_ptr<CairoCanvas>> CairoCanvas::createImage(int width, int height) {
    auto state = std::make_unique<State>();
    state->surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
    if (cairo_surface_status(state->surface) != CAIRO_STATUS_SUCCESS)
        return Error{std::string("cannot start an image of ") + std::to_string(width) + " x " +
                     std::to_string(height) + ": " +
                     cairo_status_to_string(cairo_surface_status(state->surface))};
    state->image = true;
    state->cr = cairo_create(state->surface);
    cairo_set_line_join(state->cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(state->cr, CAIRO_LINE_CAP_ROUND);
    return std::unique_ptr<CairoCanvas>(new CairoCanvas(std::move(state)));
}

Image CairoCanvas::pixels() const {
    if (!state_->image || !state_->surface) return Image{};
    cairo_surface_flush(state_->surface);
    const int width = cairo_image_surface_get_width(state_->surface);
    const int height = cairo_image_surface_get_height(state_->surface);
    const int stride = cairo_image_surface_get_stride(state_->surface);
    const unsigned char* data = cairo_image_surface_get_data(state_->surface);
    Image out(width, height);
    for (int y = 0; y < height; ++y) {
        // Cairo's ARGB32 is one native-endian word per pixel, its colour premultiplied by alpha.
        const auto* row = reinterpret_cast<const uint32_t*>(data + size_t(y) * size_t(stride));
        for (int x = 0; x < width; ++x) {
            const uint32_t p = row[x];
            const unsigned a = p >> 24;
            const auto straight = [a](unsigned c) { return uint8_t(a == 0 ? 0 : (c * 255 + a / 2) / a); };
            uint8_t* q = &out.rgba[(size_t(y) * size_t(width) + size_t(x)) * 4];
            q[0] = straight((p >> 16) & 0xff);
            q[1] = straight((p >> 8) & 0xff);
            q[2] = straight(p & 0xff);
            q[3] = uint8_t(a);
        }
    }
    return out;
}

void CairoCanvas::fillRect(float x0, float y0, float x1, float y1, Rgba8 color) {
    cairo_t* cr = state_->cr;
    cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0);
    state_->source(color);
    cairo_fill(cr);
}

void CairoCanvas::frameRect(float x0, float y0, float x1, float y1, float width, Rgba8 color) {
    cairo_t* cr = state_->cr;
    // The stroke is centred on its path: inset by half the width, it lies just inside the box.
    cairo_rectangle(cr, x0 + 0.5 * width, y0 + 0.5 * width, x1 - x0 - width, y1 - y0 - width);
    cairo_set_line_width(cr, width);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
    state_->source(color);
    cairo_stroke(cr);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
}

void CairoCanvas::fillDisc(float cx, float cy, float radius, Rgba8 color) {
    circle(cx, cy, radius, color, Rgba8{0, 0, 0, 0}, 0);
}

void CairoCanvas::circle(float cx, float cy, float radius, Rgba8 fill, Rgba8 stroke, float strokeWidth) {
    cairo_t* cr = state_->cr;
    const bool rim = stroke.a > 0 && strokeWidth > 0;
    cairo_new_path(cr);
    cairo_arc(cr, cx, cy, rim ? radius - 0.5 * strokeWidth : radius, 0, 2 * std::numbers::pi);
    if (fill.a > 0) {
        state_->source(fill);
        cairo_fill_preserve(cr);
    }
    if (rim) {
        state_->source(stroke);
        cairo_set_line_width(cr, strokeWidth);
        cairo_stroke_preserve(cr);
    }
    cairo_new_path(cr);
}

void CairoCanvas::fillPolygon(std::span<const Point2> polygon, Rgba8 color) {
    if (polygon.size() < 3) return;
    const size_t end = polygon.size();
    state_->path(polygon, std::span<const size_t>(&end, 1), true);
    state_->source(color);
    cairo_fill(state_->cr);
}

void CairoCanvas::fillPath(const VectorPath& rings, Rgba8 color) {
    if (rings.empty()) return;
    cairo_t* cr = state_->cr;
    state_->path(rings.points, rings.ends, true);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    state_->source(color);
    cairo_fill(cr);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
}

void CairoCanvas::strokePath(const VectorPath& lines, bool closed, float width, Rgba8 color,
                             const LineDash& dash) {
    if (lines.empty()) return;
    cairo_t* cr = state_->cr;
    state_->path(lines.points, lines.ends, closed);
    cairo_set_line_width(cr, width);
    state_->source(color);
    if (!dash.solid()) {
        // Square-ended dashes, as the renderer draws them; Cairo restarts the pattern per line.
        const double pattern[2] = {dash.on, dash.off};
        cairo_set_dash(cr, pattern, 2, 0.0);
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    }
    cairo_stroke(cr);
    if (!dash.solid()) {
        cairo_set_dash(cr, nullptr, 0, 0.0);
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    }
}

void CairoCanvas::drawText(float x, float baseline, std::string_view utf8, float size, Rgba8 color) {
    drawHaloText(x, baseline, utf8, size, color, Rgba8{0, 0, 0, 0}, 0.0f, 0.0f);
}

void CairoCanvas::drawHaloText(float x, float baseline, std::string_view utf8, float size, Rgba8 color,
                               Rgba8 halo, float haloRadius, float angle) {
    if (!state_->setFont(size)) return;
    cairo_t* cr = state_->cr;
    const std::string text = cleanText(utf8);
    // Cairo turns from +x towards +y, clockwise on the y-down page, as the canvas does.
    cairo_save(cr);
    cairo_translate(cr, x, baseline);
    cairo_rotate(cr, angle);
    if (halo.a > 0) {
        // The halo is the glyphs' outline stroked; the text itself is then set over it as text,
        // so it can be searched and copied.
        cairo_move_to(cr, 0, 0);
        cairo_text_path(cr, text.c_str());
        cairo_set_line_width(cr, 2 * haloRadius);
        state_->source(halo);
        cairo_stroke(cr);
    }
    cairo_move_to(cr, 0, 0);
    state_->source(color);
    cairo_show_text(cr, text.c_str());
    cairo_new_path(cr);
    cairo_restore(cr);
}

void CairoCanvas::beginClip(float x0, float y0, float x1, float y1) {
    cairo_t* cr = state_->cr;
    cairo_save(cr);
    cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0);
    cairo_clip(cr);
    ++state_->clips;
}

void CairoCanvas::endClip() {
    if (state_->clips == 0) return;
    cairo_restore(state_->cr);
    --state_->clips;
}

Result<std::string> CairoCanvas::finish() {
    while (state_->clips > 0) endClip();
    if (state_->image) return std::string();
    const cairo_status_t drawing = cairo_status(state_->cr);
    cairo_destroy(state_->cr);
    state_->cr = nullptr;
    cairo_surface_finish(state_->surface);
    const cairo_status_t status =
        drawing != CAIRO_STATUS_SUCCESS ? drawing : cairo_surface_status(state_->surface);
    if (status != CAIRO_STATUS_SUCCESS)
        return Error{std::string("cannot write the PDF: ") + cairo_status_to_string(status)};
    return std::move(state_->bytes);
}

}  // namespace bashu
