#include "canvas/svg_canvas.h"

#include <charconv>
#include <cmath>

#include "canvas/clean_text.h"

namespace bashu {

namespace {
// Text as XML character data or an attribute value: the five special characters escaped.
void appendEscaped(std::string& out, std::string_view text) {
    for (char c : cleanText(text)) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            default:
                out += c;
        }
    }
}

std::string hexColor(Rgba8 c) {
    static const char* digits = "0123456789abcdef";
    std::string s = "#000000";
    const uint8_t channels[3] = {c.r, c.g, c.b};
    for (int i = 0; i < 3; ++i) {
        s[size_t(1 + 2 * i)] = digits[channels[i] >> 4];
        s[size_t(2 + 2 * i)] = digits[channels[i] & 15];
    }
    return s;
}
}  // namespace

SvgCanvas::SvgCanvas(int width, int height, int dpi, const std::string& fontFamily) {
    const double points = 72.0 / double(dpi > 0 ? dpi : 96);
    out_ =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
        "version=\"1.1\"";
    out_ += " width=\"";
    number(float(width * points));
    out_ += "pt\" height=\"";
    number(float(height * points));
    out_ += "pt\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) + "\"";
    out_ += " font-family=\"";
    if (!fontFamily.empty()) {
        out_ += "'";
        appendEscaped(out_, fontFamily);
        out_ += "', ";
    }
    out_ += "sans-serif\">\n";
}

// Two decimals at most, trailing zeros dropped: a hundredth of a pixel is finer than any output
// shows, and most of the file is coordinates.
void SvgCanvas::number(float value) {
    if (!std::isfinite(value)) value = 0;
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    std::string_view text(buffer, size_t(end - buffer));
    if (text.find('.') != std::string_view::npos) {
        while (text.back() == '0') text.remove_suffix(1);
        if (text.back() == '.') text.remove_suffix(1);
    }
    if (text == "-0") text = "0";
    out_ += text;
}

void SvgCanvas::attribute(const char* name, float value) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    number(value);
    out_ += '"';
}

// fill="#rrggbb" (or stroke=...), with its opacity when not opaque.
void SvgCanvas::paint(const char* which, Rgba8 color) {
    if (color.a == 0) {
        out_ += std::string(" ") + which + "=\"none\"";
        return;
    }
    out_ += std::string(" ") + which + "=\"" + hexColor(color) + "\"";
    if (color.a < 255) attribute((std::string(which) + "-opacity").c_str(), float(color.a) / 255.0f);
}

void SvgCanvas::pathData(std::span<const Point2> points, std::span<const size_t> ends, bool closed) {
    out_ += " d=\"";
    size_t start = 0;
    for (size_t end : ends) {
        for (size_t i = start; i < end; ++i) {
            out_ += i == start ? 'M' : (i == start + 1 ? 'L' : ' ');
            number(points[i].x);
            out_ += ' ';
            number(points[i].y);
        }
        if (closed) out_ += 'Z';
        start = end;
    }
    out_ += '"';
}

void SvgCanvas::fillRect(float x0, float y0, float x1, float y1, Rgba8 color) {
    out_ += "<rect";
    attribute("x", x0);
    attribute("y", y0);
    attribute("width", x1 - x0);
    attribute("height", y1 - y0);
    paint("fill", color);
    out_ += "/>\n";
}

void SvgCanvas::frameRect(float x0, float y0, float x1, float y1, float width, Rgba8 color) {
    // The stroke is centred on its path: inset by half the width, it lies just inside the box.
    out_ += "<rect";
    attribute("x", x0 + 0.5f * width);
    attribute("y", y0 + 0.5f * width);
    attribute("width", x1 - x0 - width);
    attribute("height", y1 - y0 - width);
    out_ += " fill=\"none\"";
    paint("stroke", color);
    attribute("stroke-width", width);
    out_ += "/>\n";
}

void SvgCanvas::fillDisc(float cx, float cy, float radius, Rgba8 color) {
    circle(cx, cy, radius, color, Rgba8{0, 0, 0, 0}, 0);
}

void SvgCanvas::circle(float cx, float cy, float radius, Rgba8 fill, Rgba8 stroke, float strokeWidth) {
    const bool rim = stroke.a > 0 && strokeWidth > 0;
    out_ += "<circle";
    attribute("cx", cx);
    attribute("cy", cy);
    attribute("r", rim ? radius - 0.5f * strokeWidth : radius);
    paint("fill", fill);
    if (rim) {
        paint("stroke", stroke);
        attribute("stroke-width", strokeWidth);
    }
    out_ += "/>\n";
}

void SvgCanvas::fillPolygon(std::span<const Point2> polygon, Rgba8 color) {
    if (polygon.size() < 3) return;
    const size_t end = polygon.size();
    out_ += "<path";
    pathData(polygon, std::span<const size_t>(&end, 1), true);
    paint("fill", color);
    out_ += "/>\n";
}

void SvgCanvas::fillPath(const VectorPath& rings, Rgba8 color) {
    if (rings.empty()) return;
    out_ += "<path";
    pathData(rings.points, rings.ends, true);
    paint("fill", color);
    out_ += " fill-rule=\"evenodd\"/>\n";
}

void SvgCanvas::strokePath(const VectorPath& lines, bool closed, float width, Rgba8 color,
                           const LineDash& dash) {
    if (lines.empty()) return;
    out_ += "<path";
    pathData(lines.points, lines.ends, closed);
    out_ += " fill=\"none\"";
    paint("stroke", color);
    attribute("stroke-width", width);
    if (dash.solid()) {
        out_ += " stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n";
        return;
    }
    // Square-ended dashes, as the renderer draws them; the pattern restarts on each subpath.
    out_ += " stroke-dasharray=\"";
    number(float(dash.on));
    out_ += ' ';
    number(float(dash.off));
    out_ += "\" stroke-linejoin=\"round\" stroke-linecap=\"butt\"/>\n";
}

void SvgCanvas::drawText(float x, float baseline, std::string_view utf8, float size, Rgba8 color) {
    drawHaloText(x, baseline, utf8, size, color, Rgba8{0, 0, 0, 0}, 0.0f, 0.0f);
}

void SvgCanvas::drawHaloText(float x, float baseline, std::string_view utf8, float size, Rgba8 color,
                             Rgba8 halo, float haloRadius, float angle) {
    out_ += "<text xml:space=\"preserve\"";
    attribute("x", x);
    attribute("y", baseline);
    attribute("font-size", size);
    if (angle != 0.0f) {
        // SVG turns by positive degrees clockwise in its y-down space, as the canvas does.
        out_ += " transform=\"rotate(";
        number(angle * float(180.0 / std::numbers::pi));
        out_ += ' ';
        number(x);
        out_ += ' ';
        number(baseline);
        out_ += ")\"";
    }
    paint("fill", color);
    if (halo.a > 0) {
        // One element: the halo is the glyphs' outline stroked under their fill (paint-order).
        paint("stroke", halo);
        attribute("stroke-width", 2 * haloRadius);
        out_ += " stroke-linejoin=\"round\" paint-order=\"stroke\"";
    }
    out_ += '>';
    appendEscaped(out_, utf8);
    out_ += "</text>\n";
}

void SvgCanvas::beginClip(float x0, float y0, float x1, float y1) {
    const std::string id = "clip" + std::to_string(++clips_);
    out_ += "<clipPath id=\"" + id + "\"><rect";
    attribute("x", x0);
    attribute("y", y0);
    attribute("width", x1 - x0);
    attribute("height", y1 - y0);
    out_ += "/></clipPath>\n<g clip-path=\"url(#" + id + ")\">\n";
    ++openClips_;
}

void SvgCanvas::endClip() {
    if (openClips_ == 0) return;
    out_ += "</g>\n";
    --openClips_;
}

Result<std::string> SvgCanvas::finish() {
    while (openClips_ > 0) endClip();
    out_ += "</svg>\n";
    return std::move(out_);
}

}  // namespace bashu
