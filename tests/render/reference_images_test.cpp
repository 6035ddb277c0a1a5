// Reference-image tests: each folder in cases/ holds map.json, expected.png (1x) and
// expected@2x.png (twice the size, line widths and symbols scaled by 2). A failing case
// writes actual.png and diff.png under the build folder's render-artifacts/. Set
// BASHU_UPDATE_REFERENCES=1 to (re)write the references from the current renderer.
//
// Tolerance: a pixel differs when a channel differs by more than 8 (of 255); a case passes
// when at most 0.1% of its pixels differ.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "export/render_scene.h"
#include "gl_context.h"
#include "io/image_reader.h"
#include "io/image_writer.h"
#include "support/image_compare.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;

struct RenderCase {
    std::string name;
    int scale;
};

std::vector<RenderCase> allCases() {
    std::vector<RenderCase> cases;
    for (const auto& entry : fs::directory_iterator(BASHU_RENDER_CASES)) {
        if (!fs::exists(entry.path() / "map.json")) continue;
        cases.push_back({entry.path().filename().string(), 1});
        cases.push_back({entry.path().filename().string(), 2});
    }
    std::sort(cases.begin(), cases.end(), [](const RenderCase& a, const RenderCase& b) {
        return std::tie(a.name, a.scale) < std::tie(b.name, b.scale);
    });
    return cases;
}

class ReferenceImage : public ::testing::TestWithParam<RenderCase> {};

TEST_P(ReferenceImage, MatchesTheExpectedPicture) {
    ASSERT_TRUE(testing::headlessContextReady());
    const RenderCase c = GetParam();
    const fs::path folder = fs::path(BASHU_RENDER_CASES) / c.name;
    Result<MapDocument> document = loadMapDocument((folder / "map.json").string());
    ASSERT_TRUE(document.ok()) << document.error().message;
    Result<MapScene> scene = buildScene(*document);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    std::string warning;
    ExportOptions options;
    options.width = document->width * c.scale;
    options.height = document->height * c.scale;
    options.pixelScale = float(c.scale);
    Result<Image> actual = renderMapExport(*scene, options, &warning);
    EXPECT_EQ(warning, "") << "the references are drawn with a CJK font (fonts-noto-cjk)";
    ASSERT_TRUE(actual.ok()) << actual.error().message;

    const fs::path expectedPath = folder / (c.scale == 1 ? "expected.png" : "expected@2x.png");
    const char* update = std::getenv("BASHU_UPDATE_REFERENCES");
    if (update && std::string(update) == "1") {
        ASSERT_TRUE(writePng(*actual, expectedPath.string()).ok());
        GTEST_SKIP() << "reference written: " << expectedPath;
    }
    Result<Image> expected = readImage(expectedPath.string());
    ASSERT_TRUE(expected.ok()) << expected.error().message
                               << " (run with BASHU_UPDATE_REFERENCES=1 to create it)";

    const testing::ImageComparison comparison = testing::compareImages(*actual, *expected, {});
    if (!comparison.matches) {
        const fs::path artifacts = fs::path(BASHU_ARTIFACTS) / (c.name + "@" + std::to_string(c.scale) + "x");
        fs::create_directories(artifacts);
        (void)writePng(*actual, (artifacts / "actual.png").string());
        if (comparison.sameSize) (void)writePng(comparison.diff, (artifacts / "diff.png").string());
        ADD_FAILURE() << c.name << " at " << c.scale << "x differs from " << expectedPath << ": "
                      << (comparison.sameSize
                              ? std::to_string(comparison.differentPixels) + " pixels (" +
                                    std::to_string(100.0 * comparison.differentFraction) + "%)"
                              : std::string("size differs"))
                      << "; see " << artifacts;
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, ReferenceImage, ::testing::ValuesIn(allCases()),
                         [](const ::testing::TestParamInfo<RenderCase>& param) {
                             return param.param.name + "_" + std::to_string(param.param.scale) + "x";
                         });

}  // namespace
}  // namespace bashu
