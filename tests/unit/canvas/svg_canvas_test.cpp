// The hand-written SVG: page size, numbers, escaping of text from data, and the shapes' markup.
#include "canvas/svg_canvas.h"

#include <gtest/gtest.h>

#include <string>

namespace bashu {
namespace {

std::string finished(SvgCanvas& canvas) {
    Result<std::string> svg = canvas.finish();
    EXPECT_TRUE(svg.ok());
    return svg ? *svg : std::string();
}

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST(SvgCanvas, ThePageIsThePixelsAtItsDpiInPoints) {
    SvgCanvas screen(800, 600, 0, "Noto Sans CJK SC");
    const std::string a = finished(screen);
    EXPECT_NE(a.find("width=\"600pt\" height=\"450pt\" viewBox=\"0 0 800 600\""), std::string::npos) << a;
    EXPECT_NE(a.find("font-family=\"'Noto Sans CJK SC', sans-serif\""), std::string::npos) << a;
    SvgCanvas print(3000, 1500, 300, "");
    const std::string b = finished(print);
    EXPECT_NE(b.find("width=\"720pt\" height=\"360pt\""), std::string::npos) << b;
    EXPECT_EQ(b.rfind("</svg>\n"), b.size() - 7);
}

TEST(SvgCanvas, TextIsEscapedCleanUtf8) {
    SvgCanvas canvas(100, 100, 0, "A&B");
    canvas.drawText(10, 20, "R&D <b>\"x\" 'y'", 12, Rgba8{0, 0, 0, 255});
    canvas.drawText(10, 40, "綦江\x01\xff", 12.5f, Rgba8{0x12, 0xab, 0xef, 128});
    const std::string svg = finished(canvas);
    EXPECT_NE(svg.find("font-family=\"'A&amp;B', sans-serif\""), std::string::npos) << svg;
    EXPECT_NE(svg.find(">R&amp;D &lt;b&gt;&quot;x&quot; &apos;y&apos;</text>"), std::string::npos) << svg;
    // The control character is dropped, the invalid byte shown as U+FFFD, as the PNG draws it.
    EXPECT_NE(svg.find(">綦江\xef\xbf\xbd</text>"), std::string::npos) << svg;
    EXPECT_NE(svg.find("x=\"10\" y=\"40\" font-size=\"12.5\" fill=\"#12abef\" fill-opacity=\"0.5\""),
              std::string::npos)
        << svg;
}

TEST(SvgCanvas, HaloTextIsOneElementStrokedUnderItsFill) {
    SvgCanvas canvas(100, 100, 0, "");
    canvas.drawHaloText(1, 2, "郫都", 16, Rgba8{0x22, 0x22, 0x22, 255}, Rgba8{255, 255, 255, 255}, 2, 0);
    canvas.drawHaloText(1, 2, "邛崃", 16, Rgba8{0x22, 0x22, 0x22, 255}, Rgba8{255, 255, 255, 0}, 2, 0);
    const std::string svg = finished(canvas);
    EXPECT_EQ(count(svg, "<text"), 2u);
    EXPECT_EQ(count(svg, "paint-order=\"stroke\""), 1u) << "no halo drawn for a transparent one";
    EXPECT_NE(svg.find("stroke=\"#ffffff\" stroke-width=\"4\""), std::string::npos) << svg;
    EXPECT_EQ(svg.find("transform"), std::string::npos) << "unturned text has no transform";
}

TEST(SvgCanvas, TurnedTextIsRotatedAboutTheStartOfItsBaseline) {
    SvgCanvas canvas(200, 200, 0, "");
    // -30 degrees: anticlockwise on the page, rising to the right; SVG's rotate turns the same way.
    canvas.drawHaloText(40.5f, 120, "成渝高铁", 16, Rgba8{0x22, 0x22, 0x22, 255}, Rgba8{255, 255, 255, 255},
                        2, -0.5235988f);
    canvas.drawHaloText(10, 20, "渝万", 12, Rgba8{0, 0, 0, 255}, Rgba8{255, 255, 255, 0}, 1, 1.5707964f);
    const std::string svg = finished(canvas);
    EXPECT_NE(svg.find("<text xml:space=\"preserve\" x=\"40.5\" y=\"120\" font-size=\"16\" "
                       "transform=\"rotate(-30 40.5 120)\" fill=\"#222222\" stroke=\"#ffffff\""),
              std::string::npos)
        << svg;
    EXPECT_NE(svg.find("transform=\"rotate(90 10 20)\" fill=\"#000000\">渝万</text>"), std::string::npos)
        << svg;
    EXPECT_EQ(count(svg, "<text"), 2u);
}

TEST(SvgCanvas, PathsHaveTheirRingsAndRules) {
    SvgCanvas canvas(100, 100, 0, "");
    VectorPath rings;
    rings.points = {{0, 0}, {10, 0}, {10, 10}, {2, 2}, {3.333f, 2}, {3, 3}};
    rings.ends = {3, 6};
    canvas.fillPath(rings, Rgba8{255, 0, 0, 255});
    canvas.strokePath(rings, false, 1.5f, Rgba8{0, 0, 255, 255}, LineDash{});
    canvas.fillPath(VectorPath{}, Rgba8{255, 0, 0, 255});  // nothing to draw: no element
    const std::string svg = finished(canvas);
    EXPECT_NE(
        svg.find("<path d=\"M0 0L10 0 10 10ZM2 2L3.33 2 3 3Z\" fill=\"#ff0000\" fill-rule=\"evenodd\"/>"),
        std::string::npos)
        << svg;
    EXPECT_NE(svg.find("<path d=\"M0 0L10 0 10 10M2 2L3.33 2 3 3\" fill=\"none\" stroke=\"#0000ff\" "
                       "stroke-width=\"1.5\""),
              std::string::npos)
        << svg;
    EXPECT_EQ(count(svg, "<path"), 2u);
}

TEST(SvgCanvas, DashedStrokesHaveADashArrayAndSquareEnds) {
    SvgCanvas canvas(100, 100, 0, "");
    VectorPath line;
    line.points = {{0, 0}, {50, 0}};
    line.ends = {2};
    canvas.strokePath(line, false, 2.0f, Rgba8{0, 0, 0, 255}, LineDash{6, 2.5});
    canvas.strokePath(line, false, 2.0f, Rgba8{0, 0, 0, 255}, LineDash{});
    const std::string svg = finished(canvas);
    EXPECT_NE(svg.find("stroke-dasharray=\"6 2.5\" stroke-linejoin=\"round\" stroke-linecap=\"butt\"/>"),
              std::string::npos)
        << svg;
    EXPECT_EQ(count(svg, "stroke-dasharray"), 1u) << "a solid stroke has none";
}

TEST(SvgCanvas, CirclesKeepTheirRimInside) {
    SvgCanvas canvas(100, 100, 0, "");
    canvas.circle(50, 50, 10, Rgba8{255, 0, 0, 191}, Rgba8{0x33, 0x33, 0x33, 255}, 1);
    canvas.fillDisc(5, 5, 3, Rgba8{0, 0, 0, 255});
    const std::string svg = finished(canvas);
    EXPECT_NE(svg.find("<circle cx=\"50\" cy=\"50\" r=\"9.5\" fill=\"#ff0000\" fill-opacity=\"0.75\" "
                       "stroke=\"#333333\" stroke-width=\"1\"/>"),
              std::string::npos)
        << svg;
    EXPECT_NE(svg.find("<circle cx=\"5\" cy=\"5\" r=\"3\" fill=\"#000000\"/>"), std::string::npos) << svg;
}

TEST(SvgCanvas, ClipsAreClosedAtTheEnd) {
    SvgCanvas canvas(100, 100, 0, "");
    canvas.beginClip(0, 10, 100, 90);
    canvas.fillRect(0, 0, 100, 100, Rgba8{1, 2, 3, 255});
    const std::string svg = finished(canvas);
    EXPECT_NE(
        svg.find("<clipPath id=\"clip1\"><rect x=\"0\" y=\"10\" width=\"100\" height=\"80\"/></clipPath>"),
        std::string::npos)
        << svg;
    EXPECT_EQ(count(svg, "<g clip-path=\"url(#clip1)\">"), 1u);
    EXPECT_EQ(count(svg, "</g>"), 1u);
}

}  // namespace
}  // namespace bashu
