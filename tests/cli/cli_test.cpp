// Runs the real `bashu` binary on real files and checks exit codes, messages and outputs.
#include <gtest/gtest.h>

#include <unistd.h>
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "io/image_reader.h"
#include "support/cli_fixture.h"
#include "support/run_command.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;

using testing::Outcome;
using testing::readFileText;
const auto quote = testing::shellQuote;

class Cli : public testing::CliFixture {
protected:
    fs::path write(const std::string& name, const std::string& contents) {
        std::ofstream(dir / name, std::ios::binary) << contents;
        return dir / name;
    }
};

const std::string kTwoSquares = R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name": "a", "pop": 10}, "geometry": {"type": "Polygon", "coordinates": [[[104, 30], [105, 30], [105, 31], [104, 31], [104, 30]]]}},
{"type": "Feature", "properties": {"name": "b", "pop": 90}, "geometry": {"type": "Polygon", "coordinates": [[[105, 30], [106, 30], [106, 31], [105, 31], [105, 30]]]}},
{"type": "Feature", "properties": {"name": "c", "pop": null}, "geometry": null}
]})";

TEST_F(Cli, VersionIsTheProjects) {
    Outcome run = bashu("--version");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(std::regex_search(run.out, std::regex(R"(^bashu \d+\.\d+\.\d+\n$)"))) << run.out;
}

// The launcher (app/launcher.c) starts the engine beside it with the allocator's tunables, each
// added unless the user set that one: a copy beside an "engine" that says what it was given.
TEST_F(Cli, TheLauncherTunesTheAllocatorUnlessTheUserDid) {
    const fs::path folder = dir / "launcher";
    fs::create_directories(folder);
    fs::copy_file(BASHU_BINARY, folder / "bashu");
    std::ofstream(folder / "bashu-engine") << "#!/bin/sh\necho \"$GLIBC_TUNABLES|$*\"\n";
    fs::permissions(folder / "bashu-engine", fs::perms::owner_all);
    const std::string launcher = quote((folder / "bashu").string());
    Outcome plain = testing::runWithoutDisplay("/usr/bin/env",
                                               "-u GLIBC_TUNABLES " + launcher + " render 'a b'", dir, dir);
    // One arena a core, two at least.
    const std::string arenas = std::to_string(std::max(2L, sysconf(_SC_NPROCESSORS_ONLN)));
    EXPECT_EQ(plain.out, "glibc.malloc.hugetlb=1:glibc.malloc.arena_max=" + arenas + "|render a b\n")
        << plain.err;
    Outcome own = testing::runWithoutDisplay(
        "/usr/bin/env", "GLIBC_TUNABLES=glibc.malloc.arena_max=8:glibc.malloc.tcache_count=0 " + launcher,
        dir, dir);
    EXPECT_EQ(own.out, "glibc.malloc.arena_max=8:glibc.malloc.tcache_count=0:glibc.malloc.hugetlb=1|\n")
        << own.err;
    Outcome variable = testing::runWithoutDisplay(
        "/usr/bin/env", "-u GLIBC_TUNABLES MALLOC_ARENA_MAX=8 " + launcher, dir, dir);
    EXPECT_EQ(variable.out, "glibc.malloc.hugetlb=1|\n") << "MALLOC_ARENA_MAX is the user's too";
}

TEST_F(Cli, InfoDescribesAFile) {
    const fs::path file = write("squares.geojson", kTwoSquares);
    Outcome run = bashu("info " + quote(file.string()));
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("GeoJSON"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("3 features, Polygon"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("EPSG:4326"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("pop (Integer)"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("1 null"), std::string::npos) << run.out;
}

TEST_F(Cli, InfoJsonIsOneObjectForScripts) {
    const fs::path file = write("squares.geojson", kTwoSquares);
    Outcome run = bashu("info --json " + quote(file.string()));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const nlohmann::json info = nlohmann::json::parse(run.out);
    ASSERT_EQ(info["layers"].size(), 1u);
    const auto& layer = info["layers"][0];
    EXPECT_EQ(layer["name"], "squares");
    EXPECT_EQ(layer["feature_count"], 3);
    EXPECT_EQ(layer["geometry_type"], "Polygon");
    EXPECT_EQ(layer["crs"]["epsg"], 4326);
    EXPECT_EQ(layer["extent_wgs84"], nlohmann::json({104.0, 30.0, 106.0, 31.0}));
    EXPECT_EQ(layer["fields"][1], nlohmann::json({{"name", "pop"}, {"type", "Integer"}}));
    EXPECT_EQ(layer["geometries"]["null"], 1);
}

TEST_F(Cli, InfoOfTheBuiltInCounties) {
    Outcome run = bashu("info --json " + quote(std::string(BASHU_GEODATA) + "/districts.geojson"));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto layer = nlohmann::json::parse(run.out)["layers"][0];
    EXPECT_EQ(layer["feature_count"], 221);
    const auto e = layer["extent_wgs84"];
    EXPECT_NEAR(e[0].get<double>(), 97.35, 0.1);
    EXPECT_NEAR(e[2].get<double>(), 110.2, 0.1);
}

TEST_F(Cli, InfoOfATableSaysItHasNoGeometry) {
    const fs::path file = write("values.csv", "code,gdp\nA,1.5\nB,2\n");
    Outcome run = bashu("info --json " + quote(file.string()));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto layer = nlohmann::json::parse(run.out)["layers"][0];
    EXPECT_EQ(layer["geometry_type"], "None");
    EXPECT_EQ(layer["feature_count"], 2);
    Outcome text = bashu("info " + quote(file.string()));
    EXPECT_NE(text.out.find("table 'values': 2 rows, no geometry"), std::string::npos) << text.out;
}

TEST_F(Cli, InfoErrorsNameTheFile) {
    Outcome missing = bashu("info " + quote((dir / "nothere.shp").string()));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err, "error: " + (dir / "nothere.shp").string() + ": no such file\n");

    const fs::path broken =
        write("broken.geojson", R"({"type": "FeatureCollection", "features": [{"type": "Fea)");
    Outcome truncated = bashu("info " + quote(broken.string()));
    EXPECT_EQ(truncated.exitCode, 1);
    EXPECT_EQ(truncated.err.rfind("error: " + broken.string() + ": ", 0), 0u) << truncated.err;
    EXPECT_EQ(std::count(truncated.err.begin(), truncated.err.end(), '\n'), 1)
        << "one line: " << truncated.err;
}

TEST_F(Cli, RenderWritesAPngOfTheRequestedSize) {
    const fs::path file = write("squares.geojson", kTwoSquares);
    Outcome run = bashu("render " + quote(file.string()) +
                        " -o map.png --width 300 --height 200 --field pop --classes 2");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    Result<Image> image = readImage((dir / "map.png").string());
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_EQ(image->width, 300);
    EXPECT_EQ(image->height, 200);
    // Left square is the low class (lightest YlOrRd of 2), right square the high one.
    const Rgba8 left = image->pixel(90, 100), right = image->pixel(210, 100);
    EXPECT_GT(int(left.g), int(right.g) + 50) << "the high value is darker";
}

TEST_F(Cli, RenderOfTheBuiltInMapNeedsNoArguments) {
    Outcome run = bashu("render -o builtin.png --width 640 --height 480");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    Result<Image> image = readImage((dir / "builtin.png").string());
    ASSERT_TRUE(image.ok());
    EXPECT_EQ(image->width, 640);
}

TEST_F(Cli, BashuWithoutDisplayRendersTheBuiltInMapAndSaysWhere) {
    Outcome run = bashu("");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find((dir / "bashu-map.png").string()), std::string::npos) << run.out;
    EXPECT_TRUE(fs::exists(dir / "bashu-map.png"));
}

TEST_F(Cli, RenderErrorsAreOneLineAndNonZero) {
    const fs::path file = write("squares.geojson", kTwoSquares);
    struct Case {
        std::string arguments, expected;
        int exitCode;
    };
    const Case cases[] = {
        {quote(file.string()) + " -o x.jpg",
         "error: x.jpg: cannot write '.jpg' images (use .png, .tif for a GeoTIFF, .svg or .pdf for "
         "vectors)\n",
         1},
        {quote(file.string()) + " -o x.png --field nope",
         "error: " + file.string() + ": layer 'squares': no field 'nope' to colour by (fields: name, pop)\n",
         1},
        // Methods and ramps are read when the options are, naming the option (core/style_registry.h).
        {quote(file.string()) + " -o x.png --field pop --method median",
         "error: --method: unknown method 'median' (quantile, equal, jenks, pretty, stddev, percentile, "
         "boxmap, boxmap3, categories)\n",
         1},
        {quote(file.string()) + " -o x.png --field pop --method jenk",
         "error: --method: unknown method 'jenk' (did you mean 'jenks'?)\n", 1},
        {quote(file.string()) + " -o x.png --field pop --ramp Blue",
         "error: --ramp: unknown ramp 'Blue' (did you mean 'Blues'?)\n", 1},
        {quote(file.string()) + " -o x.png --field pop --ramp Rainbow",
         "error: --ramp: unknown ramp 'Rainbow' (YlOrRd, YlOrBr, OrRd, ", 1},
        {quote(file.string()) + " -o x.png --crs EPSG:999999",
         "error: unknown coordinate reference system 'EPSG:999999'", 1},
        {quote(file.string()) + " -o x.png --method jenks",
         "error: --method, --classes, --quantile-type, --ramp and --reverse need a classified layer: give "
         "--field too\n",
         1},
        {quote(file.string()) + " -o x.png --field pop --quantile-type 6",
         "error: --quantile-type: unknown quantile type 6 (1: data values, 5: GeoDa's, 7: R's quantile(), "
         "classInt's and QGIS's)\n",
         1},
    };
    for (const Case& c : cases) {
        Outcome run = bashu("render " + c.arguments);
        EXPECT_EQ(run.exitCode, c.exitCode) << c.arguments << "\n" << run.err;
        EXPECT_EQ(run.err.rfind(c.expected, 0), 0u) << c.arguments << "\n" << run.err;
        EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
        EXPECT_FALSE(fs::exists(dir / "x.png"));
    }
}

TEST_F(Cli, ABadDocumentNamesTheDocumentAndTheKey) {
    const fs::path doc = write("map.json", R"({"layers": [{"source": "a.geojson", "fill": {"clases": 5}}]})");
    Outcome run = bashu("render " + quote(doc.string()) + " -o x.png");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, "error: " + doc.string() + ": layers[0].fill.clases: unknown key\n");
}

TEST_F(Cli, ABadMethodOrRampInADocumentNamesTheKeyAndTheNearestName) {
    const fs::path doc = write("map.json", R"({"layers": [{"source": "a.geojson"},
        {"source": "b.geojson", "fill": {"field": "pop", "method": "jenk"}}]})");
    Outcome run = bashu("render " + quote(doc.string()) + " -o x.png");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, "error: " + doc.string() +
                           ": layers[1].fill.method: unknown method 'jenk' (did you mean 'jenks'?)\n");
    const fs::path ramp =
        write("ramp.json", R"({"layers": [{"source": "a.geojson", "fill": {"ramp": "Blue"}}]})");
    run = bashu("render " + quote(ramp.string()) + " -o x.png");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, "error: " + ramp.string() +
                           ": layers[0].fill.ramp: unknown ramp 'Blue' (did you mean 'Blues'?)\n");
    EXPECT_FALSE(fs::exists(dir / "x.png"));
}

TEST_F(Cli, MethodAndRampHelpListTheRegistry) {
    Outcome run = bashu("render --help");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    for (const char* name :
         {"quantile", "jenks (or natural)", "boxmap3", "categories", "YlOrRd", "viridis", "Spectral", "Set3"})
        EXPECT_NE(run.out.find(name), std::string::npos) << name << "\n" << run.out;
}

TEST_F(Cli, AFailedRenderLeavesAnExistingOutputAlone) {
    const fs::path existing = write("keep.png", "previous export");
    Outcome run = bashu("render " + quote((dir / "missing.geojson").string()) + " -o keep.png");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(readFileText(existing), "previous export");
}

// What a command prints (stdout and stderr), or empty when it fails.
std::string commandOutput(const std::string& command) {
    std::string out;
    if (FILE* pipe = popen((command + " 2>&1").c_str(), "r")) {
        std::array<char, 4096> buffer{};
        while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
        if (pclose(pipe) != 0) out.clear();
    }
    return out;
}

size_t occurrences(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST_F(Cli, SvgAndPdfOutputsFollowTheExtension) {
    const std::string corridors = quote(std::string(BASHU_GEODATA) + "/corridors.json");
    Outcome run = bashu("render " + corridors + " -o map.svg --width 640 --height 480");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string svg = readFileText(dir / "map.svg");
    ASSERT_EQ(svg.rfind("<?xml", 0), 0u);
    // The corridors map: its units as paths, its parks as circles, its title and names as text.
    EXPECT_GT(occurrences(svg, "fill-rule=\"evenodd\""), 100u);
    EXPECT_GT(occurrences(svg, "<circle"), 10u);
    EXPECT_GT(occurrences(svg, "stroke-linecap=\"round\""), 2u) << "the corridors";
    EXPECT_NE(svg.find("成渝"), std::string::npos);
    EXPECT_GT(occurrences(svg, "<text"), 20u);
    EXPECT_EQ(svg.rfind("</svg>\n"), svg.size() - 7);

    run = bashu("render -o MAP.PDF --paper A5 --dpi 150 --landscape");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string pdf = readFileText(dir / "MAP.PDF");
    ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);
    const std::string info = commandOutput("pdfinfo " + quote((dir / "MAP.PDF").string()));
    EXPECT_TRUE(std::regex_search(info, std::regex("Page size: +595.2 x 419.52 pts"))) << info;
    const std::string text =
        commandOutput("pdftotext -enc UTF-8 " + quote((dir / "MAP.PDF").string()) + " -");
    EXPECT_NE(text.find("成渝"), std::string::npos) << "pdftotext (poppler-utils) reads the title: " << text;
}

TEST_F(Cli, VectorExportsNeedNoGl) {
    // An empty folder of EGL vendors: no EGL implementation can be loaded, as on a server without
    // GL drivers. SVG and PDF are drawn by the CPU and still come out; a PNG says why it cannot.
    const fs::path noVendors = dir / "no-egl-vendors";
    fs::create_directories(noVendors);
    ::setenv("__EGL_VENDOR_LIBRARY_DIRS", noVendors.c_str(), 1);
    const Outcome svg = bashu("render -o map.svg --width 640 --height 480");
    const Outcome pdf = bashu("render -o map.pdf --width 640 --height 480");
    const Outcome png = bashu("render -o map.png --width 640 --height 480");
    ::unsetenv("__EGL_VENDOR_LIBRARY_DIRS");
    ASSERT_EQ(svg.exitCode, 0) << svg.err;
    const std::string document = readFileText(dir / "map.svg");
    EXPECT_GT(occurrences(document, "fill-rule=\"evenodd\""), 50u);
    EXPECT_NE(document.find("成渝"), std::string::npos) << "the title";
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err;
    EXPECT_EQ(readFileText(dir / "map.pdf").rfind("%PDF-", 0), 0u);
    EXPECT_EQ(png.exitCode, 3) << png.err;
    EXPECT_NE(png.err.find("error: "), std::string::npos) << png.err;
    EXPECT_FALSE(fs::exists(dir / "map.png"));
}

TEST_F(Cli, AnUnwritableVectorOutputIsNamedAndAFailedOneLeavesTheOldFile) {
    const std::string target = (dir / "no-such-folder" / "map.svg").string();
    Outcome run = bashu("render -o " + quote(target) + " --width 320 --height 240");
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_NE(run.err.find("error: " + target + ": folder "), std::string::npos) << run.err;
    const fs::path existing = write("keep.pdf", "previous export");
    run = bashu("render " + quote((dir / "missing.geojson").string()) + " -o keep.pdf");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(readFileText(existing), "previous export");
}

TEST_F(Cli, AFileTooLargeForMemoryEndsWithAMessage) {
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "AddressSanitizer's shadow memory does not fit under a data limit";
#else
    // 200,000 squares, about 45 MB of GeoJSON: far more than the 24 MiB of data this run may use.
    std::string big = R"({"type": "FeatureCollection", "features": [)";
    for (int i = 0; i < 200000; ++i) {
        const double x = 100 + (i % 400) * 0.01, y = 25 + (i / 400) * 0.01;
        char feature[320];
        std::snprintf(
            feature, sizeof feature,
            R"(%s{"type": "Feature", "properties": {"id": %d, "name": "unit %d"}, "geometry": {"type": )"
            R"("Polygon", "coordinates": [[[%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f]]]}})",
            i ? ", " : "", i, i, x, y, x + 0.009, y, x + 0.009, y + 0.009, x, y);
        big += feature;
    }
    big += "]}";
    write("big.geojson", big);
    write("small.geojson", kTwoSquares);
    auto limited = [&](const std::string& file) {
        return testing::runWithoutDisplay(
            "/bin/sh", "-c " + quote("ulimit -d 24576 && exec " + quote(BASHU_BINARY) + " info " + file), dir,
            dir);
    };
    ASSERT_EQ(limited("small.geojson").exitCode, 0) << "the limit leaves room for a small file";
    Outcome run = limited("big.geojson");
    EXPECT_EQ(run.exitCode, 1) << run.err;
    EXPECT_EQ(run.err.rfind("error: big.geojson: not enough memory to read it", 0), 0u) << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
#endif
}

TEST_F(Cli, PaperSizesGiveThePixelsOfTheSheet) {
    // A5 is 148 x 210 mm: 420 x 595 pixels at 72 dpi.
    Outcome run = bashu("render -o a5.png --paper a5 --dpi 72");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    Result<Image> image = readImage((dir / "a5.png").string());
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_EQ(image->width, 420);
    EXPECT_EQ(image->height, 595);

    run = bashu("render -o a5l.png --paper A5 --dpi 72 --landscape");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    image = readImage((dir / "a5l.png").string());
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_EQ(image->width, 595);
    EXPECT_EQ(image->height, 420);
}

TEST_F(Cli, ATifOutputIsAGeoTiffOfTheMapAlone) {
    const fs::path file = write("squares.geojson", kTwoSquares);
    Outcome run =
        bashu("render " + quote(file.string()) + " -o map.tif --width 300 --height 200 --crs EPSG:4326");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    Result<Image> image = readImage((dir / "map.tif").string());
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_EQ(image->width, 300);
    EXPECT_EQ(image->height, 200);
    // No title band, legend or scale bar: the squares (104..106 E) fill the width edge to edge.
    const Rgba8 corner = image->pixel(2, 2), middle = image->pixel(150, 100);
    EXPECT_NE(corner, middle);
    EXPECT_EQ(image->pixel(297, 197), corner) << "the lower right is map, not a legend";
}

TEST_F(Cli, FurnitureCanBeLeftOut) {
    const fs::path file = write("squares.geojson", kTwoSquares);
    auto darkPixelsInLowerCorners = [&](const std::string& options) {
        Outcome run = bashu("render " + quote(file.string()) +
                            " -o map.png --width 600 --height 400 --field pop " + options);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        Result<Image> image = readImage((dir / "map.png").string());
        EXPECT_TRUE(image.ok());
        if (!image.ok()) return -1;
        // The two squares fill the middle; the legend sits lower right, scale bar and arrow lower left.
        int dark = 0;
        for (int y = image->height - 80; y < image->height; ++y)
            for (int x = 0; x < image->width; ++x)
                if (x < 150 || x >= image->width - 150) dark += image->pixel(x, y).r < 100;
        return dark;
    };
    EXPECT_GT(darkPixelsInLowerCorners(""), 100) << "scale bar, north arrow and legend are drawn by default";
    EXPECT_EQ(darkPixelsInLowerCorners("--no-legend --no-scale-bar --no-north-arrow"), 0);
}

TEST_F(Cli, TheGraticuleCanBeAskedForOnTheCommandLine) {
    const fs::path file = write("squares.geojson", kTwoSquares);
    // Grey line pixels (neither the squares' fills, the white ground nor the black furniture)
    // along the meridian of 105 degrees, between the squares' halves.
    auto render = [&](const std::string& options) {
        Outcome run =
            bashu("render " + quote(file.string()) + " -o map.png --width 600 --height 400 " + options);
        EXPECT_EQ(run.exitCode, 0) << options << "\n" << run.err;
        Result<Image> image = readImage((dir / "map.png").string());
        EXPECT_TRUE(image.ok());
        return image.ok() ? std::move(*image) : Image{};
    };
    const Image plain = render(""), lines = render("--graticule-step 0.5");
    ASSERT_EQ(plain.width, lines.width);
    size_t changed = 0;
    for (int y = 0; y < plain.height; ++y)
        for (int x = 0; x < plain.width; ++x) changed += !(plain.pixel(x, y) == lines.pixel(x, y));
    EXPECT_GT(changed, 500u) << "graticule lines and their labels were drawn";
    EXPECT_EQ(bashu("render -o x.png --graticule-step 200").exitCode, 2) << "degrees out of range";
}

TEST_F(Cli, PaperOptionErrorsAreUsageErrors) {
    struct Case {
        std::string arguments, expected;
    };
    const Case cases[] = {
        {"--paper A7",
         "error: --paper A7: unknown paper size 'A7' (A5, A4, A3, A2, A1, A0, Letter, Legal, Tabloid)\n"},
        {"--paper A0 --dpi 1200",
         "error: --paper A0: A0 at 1200 dpi is 39732 x 56173 pixels, more than an export may have "
         "(32768 a side, 268 million in all); use at most 416 dpi\n"},
        {"--paper A4 --width 800", "excludes"},  // "--paper excludes --width" or the other way round
        {"--dpi 300", "--dpi requires --paper"},
        {"--landscape", "--landscape requires --paper"},
        {"--dpi 20 --paper A4", "--dpi"},
    };
    for (const Case& c : cases) {
        Outcome run = bashu("render -o x.png " + c.arguments);
        EXPECT_EQ(run.exitCode, 2) << c.arguments << "\n" << run.err;
        EXPECT_NE(run.err.find(c.expected), std::string::npos) << c.arguments << "\n" << run.err;
        // The message names the option at fault.
        EXPECT_NE(run.err.find(c.arguments.substr(0, c.arguments.find(' '))), std::string::npos) << run.err;
        EXPECT_FALSE(fs::exists(dir / "x.png"));
    }
}

TEST_F(Cli, UsageErrorsExitWithTwo) {
    EXPECT_EQ(bashu("render").exitCode, 2) << "-o is required";
    EXPECT_EQ(bashu("frobnicate").exitCode, 2);
    EXPECT_EQ(bashu("render -o x.png --width 0").exitCode, 2);
}

}  // namespace
}  // namespace bashu
