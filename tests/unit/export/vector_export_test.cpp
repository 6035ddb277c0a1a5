// Finished maps as SVG and PDF, read back as a person's tools read them: the SVG's elements and
// text, the PDF's text (pdftotext) and fonts (pdffonts).
#include "export/vector_export.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <regex>

#include "support/scene_fixture.h"

namespace bashu {
namespace {

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// What a command prints; fails the test when it cannot run.
std::string output(const std::string& command) {
    std::string out;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) {
        ADD_FAILURE() << "cannot run " << command;
        return out;
    }
    std::array<char, 4096> buffer{};
    while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
    const int status = pclose(pipe);
    EXPECT_EQ(status, 0) << command << " (poppler-utils installed?): " << out;
    return out;
}

class VectorExport : public Scene {
protected:
    void SetUp() override {
        Scene::SetUp();
        write("towns.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name": "綦江区", "pop": 5}, "geometry": {"type": "Polygon", "coordinates": [[[104, 30], [105, 30], [105, 31], [104, 31], [104, 30]], [[104.4, 30.4], [104.6, 30.4], [104.6, 30.6], [104.4, 30.6], [104.4, 30.4]]]}},
{"type": "Feature", "properties": {"name": "郫都区", "pop": 50}, "geometry": {"type": "Polygon", "coordinates": [[[105, 30], [106, 30], [106, 31], [105, 31], [105, 30]]]}},
{"type": "Feature", "properties": {"name": "A&B <town>", "pop": 500}, "geometry": {"type": "Polygon", "coordinates": [[[106, 30], [107, 30], [107, 31], [106, 31], [106, 30]]]}}
]})");
        MapDocument d;
        d.title = "成渝 Population & more";
        LayerSpec layer;
        layer.name = "人口";
        layer.source = (dir / "towns.geojson").string();
        layer.fill.field = "pop";
        layer.fill.method = ClassMethod::EqualInterval;
        layer.fill.classes = 3;
        layer.fill.ramp = Ramp::Blues;
        layer.label.field = "name";
        layer.label.size = 14;
        d.layers.push_back(layer);
        Result<MapScene> built = buildScene(d);
        ASSERT_TRUE(built.ok()) << built.error().message;
        scene = std::move(*built);
        options.width = 800;
        options.height = 600;
    }

    std::string document(VectorFormat format) {
        std::string warning;
        Result<std::string> written = vectorMapDocument(scene, options, format, &warning, &stats);
        EXPECT_TRUE(written.ok()) << written.error().message;
        return written ? *written : std::string();
    }

    MapScene scene;
    ExportOptions options;
    VectorMapStats stats;
};

TEST_F(VectorExport, SvgHasEveryUnitAsAPathAndTheTextAsText) {
    const std::string svg = document(VectorFormat::Svg);
    ASSERT_EQ(svg.rfind("<?xml", 0), 0u);
    EXPECT_EQ(count(svg, "fill-rule=\"evenodd\""), 3u) << "one path per unit";
    EXPECT_EQ(stats.paths, 4u) << "three fills and the outlines";
    // The first unit keeps its hole: two rings in its path.
    const std::regex firstUnit("<path d=\"M[^\"]*ZM[^\"]*Z\" fill=\"#[0-9a-f]{6}\" fill-rule=\"evenodd\"");
    EXPECT_TRUE(std::regex_search(svg, firstUnit)) << svg.substr(0, 2000);
    EXPECT_NE(svg.find(">成渝 Population &amp; more</text>"), std::string::npos);
    EXPECT_NE(svg.find(">綦江区</text>"), std::string::npos) << "a label, as text";
    EXPECT_NE(svg.find(">郫都区</text>"), std::string::npos);
    EXPECT_NE(svg.find(">A&amp;B &lt;town&gt;</text>"), std::string::npos);
    EXPECT_NE(svg.find(">人口</text>"), std::string::npos) << "the legend's heading";
    EXPECT_NE(svg.find(">0</text>"), std::string::npos) << "the scale bar's zero";
    EXPECT_NE(svg.find(">N</text>"), std::string::npos) << "the north arrow";
    EXPECT_NE(svg.find("width=\"600pt\" height=\"450pt\""), std::string::npos);
}

TEST_F(VectorExport, SvgLeavesOutWhatTheOptionsLeaveOut) {
    const size_t all = count(document(VectorFormat::Svg), "<text");
    options.legend = options.scaleBar = options.northArrow = false;
    const std::string bare = document(VectorFormat::Svg);
    EXPECT_EQ(bare.find(">人口</text>"), std::string::npos);
    EXPECT_EQ(bare.find(">N</text>"), std::string::npos);
    EXPECT_LT(count(bare, "<text"), all);
    EXPECT_NE(bare.find(">綦江区</text>"), std::string::npos) << "labels stay";
}

TEST_F(VectorExport, PdfHasThePageSizeTheTextAndAnEmbeddedSubsetFont) {
    options.dpi = 300;  // 800 x 600 pixels at 300 dpi: 192 x 144 points
    const std::string pdf = document(VectorFormat::Pdf);
    ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);
    const fs::path file = dir / "map.pdf";
    std::ofstream(file, std::ios::binary) << pdf;
    const std::string info = output("pdfinfo " + file.string());
    EXPECT_TRUE(std::regex_search(info, std::regex("Page size: +192 x 144 pts"))) << info;
    const std::string text = output("pdftotext -enc UTF-8 " + file.string() + " -");
    EXPECT_NE(text.find("成渝 Population & more"), std::string::npos) << text;
    EXPECT_NE(text.find("綦江区"), std::string::npos) << text;
    EXPECT_NE(text.find("郫都区"), std::string::npos) << text;
    EXPECT_NE(text.find("人口"), std::string::npos) << text;
    // pdffonts: one line per font, "emb" and "sub" columns both "yes".
    const std::string fonts = output("pdffonts " + file.string());
    EXPECT_TRUE(std::regex_search(fonts, std::regex("CJK.*yes +yes"))) << fonts;
    EXPECT_EQ(fonts.find(" no "), std::string::npos) << "every font embedded: " << fonts;
}

TEST_F(VectorExport, ALabelAlongALineIsTurnedTextInBothFormats) {
    write("rail.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name": "成渝高铁"}, "geometry": {"type": "LineString", "coordinates": [[104.05, 30.05], [106.95, 30.95]]}}
]})");
    MapDocument d = scene.document;
    LayerSpec rail;
    rail.name = "高铁";
    rail.source = (dir / "rail.geojson").string();
    rail.label.field = "name";
    rail.label.size = 14;
    d.layers.push_back(rail);
    Result<MapScene> built = buildScene(d);
    ASSERT_TRUE(built.ok()) << built.error().message;
    scene = std::move(*built);
    const std::string svg = document(VectorFormat::Svg);
    // The line rises to the east: on the page (y down) its label is turned anticlockwise, a
    // negative angle, about the start of its baseline.
    const std::regex turned(
        "<text xml:space=\"preserve\" x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" font-size=\"14\" "
        "transform=\"rotate\\((-[0-9.]+) ([-0-9.]+) ([-0-9.]+)\\)\"[^>]*>成渝高铁</text>");
    std::smatch match;
    ASSERT_TRUE(std::regex_search(svg, match, turned)) << svg.substr(svg.find("<text"));
    EXPECT_EQ(match[1], match[4]) << "turned about its own start";
    EXPECT_EQ(match[2], match[5]);
    const double degrees = std::stod(match[3]);
    EXPECT_LT(degrees, -5);
    EXPECT_GT(degrees, -45);
    EXPECT_EQ(count(svg, "rotate("), 1u) << "the polygons' labels and the furniture stay level";
    EXPECT_NE(svg.find(">綦江区</text>"), std::string::npos) << "other labels still placed";
    // The PDF sets it as text too, its characters in order (pdftotext breaks turned text into
    // lines of a character or a few).
    const fs::path file = dir / "rail.pdf";
    std::ofstream(file, std::ios::binary) << document(VectorFormat::Pdf);
    std::string text = output("pdftotext -raw -enc UTF-8 " + file.string() + " -");
    std::erase_if(text, [](char c) { return c == '\n' || c == ' '; });
    EXPECT_NE(text.find("成渝高铁"), std::string::npos) << text;
}

TEST_F(VectorExport, PdfDrawsTheSameBody) {
    const std::string pdf = document(VectorFormat::Pdf);
    EXPECT_EQ(stats.paths, 4u);
    EXPECT_GT(pdf.size(), 1000u);
    EXPECT_NE(pdf.find("%%EOF"), std::string::npos) << "a finished file";
}

}  // namespace
}  // namespace bashu
