// `bashu render --years/--fields`: small multiples of the built-in map through the real binary.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "io/image_reader.h"
#include "support/cli_fixture.h"
#include "support/run_command.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;

using testing::Outcome;
const auto quote = testing::shellQuote;

class SmallMultiplesCli : public testing::CliFixture {
protected:
    const std::string gdp = quote(std::string(BASHU_GEODATA) + "/gdp_2021.json");
};

// A panel's map: the inside of a frame drawn in the panels' frame grey.
struct Frame {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

bool frameGrey(const Image& image, int x, int y) {
    const Rgba8 p = image.pixel(x, y);
    return p.r == 0xb0 && p.g == 0xb0 && p.b == 0xb0;
}

// Frames drawn in the panels' frame grey: rows of it at least `minWidth` long whose left end
// turns down in it too, top edges only (the pixel above the run's left end is another colour).
std::vector<Frame> findFrames(const Image& image, int minWidth) {
    std::vector<Frame> frames;
    for (int y = 1; y + 1 < image.height; ++y)
        for (int x = 0; x < image.width;) {
            int end = x;
            while (end < image.width && frameGrey(image, end, y)) ++end;
            if (end - x >= minWidth && !frameGrey(image, x, y - 1) && frameGrey(image, x, y + 1)) {
                int bottom = y + 1;
                while (bottom < image.height && frameGrey(image, x, bottom)) ++bottom;
                frames.push_back(Frame{x, y, end, bottom});
            }
            x = std::max(end, x + 1);
        }
    return frames;
}

// The panels: the most frames of one size (the legend's and scale bar's boxes have sizes of
// their own).
std::vector<Frame> findPanels(const Image& image, int minWidth) {
    const std::vector<Frame> frames = findFrames(image, minWidth);
    std::vector<Frame> best;
    for (const Frame& f : frames) {
        std::vector<Frame> same;
        for (const Frame& g : frames)
            if (g.x1 - g.x0 == f.x1 - f.x0 && g.y1 - g.y0 == f.y1 - f.y0) same.push_back(g);
        if (same.size() > best.size()) best = same;
    }
    return best;
}

// The share of pixels that differ (any channel by more than 24) between two frames of one size.
double differingShare(const Image& image, const Frame& a, const Frame& b) {
    size_t differ = 0, total = 0;
    for (int y = 0; y < a.y1 - a.y0; ++y)
        for (int x = 0; x < a.x1 - a.x0; ++x) {
            const Rgba8 p = image.pixel(a.x0 + x, a.y0 + y), q = image.pixel(b.x0 + x, b.y0 + y);
            differ += std::abs(p.r - q.r) + std::abs(p.g - q.g) + std::abs(p.b - q.b) > 24;
            ++total;
        }
    return double(differ) / double(std::max<size_t>(total, 1));
}

TEST_F(SmallMultiplesCli, ThreeYearsOfTheBuiltInMapInOneImage) {
    Outcome run = bashu("render " + gdp + " --years 2019,2021,2023 -o gdp.png --width 1200 --height 900");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    Result<Image> image = readImage((dir / "gdp.png").string());
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_EQ(image->width, 1200);
    EXPECT_EQ(image->height, 900);

    const std::vector<Frame> frames = findPanels(*image, 200);
    ASSERT_EQ(frames.size(), 3u) << "one panel of one size per year";
    // The same map, coloured by another year's values: clearly different, yet far from wholly so.
    for (size_t i = 1; i < frames.size(); ++i) {
        const double share = differingShare(*image, frames[0], frames[i]);
        EXPECT_GT(share, 0.02) << "panel " << i << " looks like panel 0";
        EXPECT_LT(share, 0.6) << "panel " << i << " is not the same map";
    }
}

TEST_F(SmallMultiplesCli, AllYearsWithGivenColumnsAsVectors) {
    Outcome run = bashu("render " + gdp + " --years all --columns 3 -o gdp.svg --width 1200 --height 900");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    std::ifstream in(dir / "gdp.svg");
    const std::string svg{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    for (const char* year : {">2019<", ">2020<", ">2021<", ">2022<", ">2023<", ">2024<"})
        EXPECT_NE(svg.find(year), std::string::npos) << "panel title " << year;
    EXPECT_NE(svg.find("2019–2024"), std::string::npos) << "the shared title spans the years";
}

TEST_F(SmallMultiplesCli, FieldsOfADataFile) {
    std::ofstream(dir / "wide.geojson") << R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name": "a", "p2019": 1, "p2020": 10}, "geometry": {"type": "Polygon", "coordinates": [[[104, 30], [105, 30], [105, 31], [104, 31], [104, 30]]]}},
{"type": "Feature", "properties": {"name": "b", "p2019": 2, "p2020": 20}, "geometry": {"type": "Polygon", "coordinates": [[[105, 30], [106, 30], [106, 31], [105, 31], [105, 30]]]}}
]})";
    Outcome run = bashu("render wide.geojson --fields p2019,p2020 -o wide.png --width 800 --height 500");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    Result<Image> image = readImage((dir / "wide.png").string());
    ASSERT_TRUE(image.ok());
    EXPECT_EQ(findPanels(*image, 100).size(), 2u);

    Outcome text = bashu("render wide.geojson --fields p2019,name -o text.png");
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_EQ(text.err,
              "error: wide.geojson: field 'name' of layer 'wide' holds text; small multiples compare numbers "
              "(numeric fields: p2019, p2020)\n");
    EXPECT_FALSE(fs::exists(dir / "text.png"));

    Outcome years = bashu("render wide.geojson --years 2019,2020 -o years.png");
    EXPECT_EQ(years.exitCode, 1);
    EXPECT_EQ(years.err.rfind("error: wide.geojson: --years needs a layer joined to a table by year", 0), 0u)
        << years.err;
}

TEST_F(SmallMultiplesCli, MistakesAreOneLineNamingTheDocument) {
    Outcome missing = bashu("render " + gdp + " --years 2018,2021 -o gdp.png");
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("gdp_2021.json: no year 2018 in indicators.csv"), std::string::npos)
        << missing.err;
    EXPECT_NE(missing.err.find("years: 2019, 2020, 2021, 2022, 2023, 2024"), std::string::npos)
        << missing.err;
    EXPECT_EQ(missing.err.find("error:"), missing.err.rfind("error:")) << "one error: " << missing.err;
    EXPECT_FALSE(fs::exists(dir / "gdp.png"));

    Outcome both = bashu("render " + gdp + " --years 2019 --fields a -o gdp.png");
    EXPECT_EQ(both.exitCode, 2) << both.err;
    EXPECT_NE(both.err.find("--years excludes --fields"), std::string::npos) << both.err;

    Outcome columns = bashu("render " + gdp + " --columns 2 -o gdp.png");
    EXPECT_EQ(columns.exitCode, 2);
    EXPECT_NE(columns.err.find("--columns needs --years or --fields"), std::string::npos) << columns.err;

    Outcome geotiff = bashu("render " + gdp + " --years 2019,2021 -o gdp.tif");
    EXPECT_EQ(geotiff.exitCode, 1);
    EXPECT_NE(geotiff.err.find("a GeoTIFF holds one georeferenced map"), std::string::npos) << geotiff.err;
}

TEST_F(SmallMultiplesCli, EveryPanelGetsTheGraticuleWhenAskedFor) {
    auto render = [&](const std::string& extra) {
        Outcome run =
            bashu("render " + gdp + " --years 2019,2021 --width 900 --height 500 -o sm.png " + extra);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        Result<Image> image = readImage((dir / "sm.png").string());
        EXPECT_TRUE(image.ok());
        return image.ok() ? std::move(*image) : Image{};
    };
    const Image plain = render(""), lines = render("--graticule-step 1");
    ASSERT_EQ(plain.width, lines.width);
    // Changed pixels in each half of the page, side by side or one over the other as the panels
    // are laid out: both panels have lines.
    size_t left = 0, right = 0, top = 0, bottom = 0;
    for (int y = 0; y < plain.height; ++y)
        for (int x = 0; x < plain.width; ++x)
            if (!(plain.pixel(x, y) == lines.pixel(x, y))) {
                ++(x < plain.width / 2 ? left : right);
                ++(y < plain.height / 2 ? top : bottom);
            }
    EXPECT_TRUE((left > 200 && right > 200) || (top > 200 && bottom > 200))
        << left << " " << right << " " << top << " " << bottom;
}

}  // namespace
}  // namespace bashu
