// Reference-image tests: each folder in cases/ holds map.json, expected.png (1x) and
// expected@2x.png (twice the size, line widths and symbols scaled by 2). A failing case
// writes actual.png and diff.png under the build folder's render-artifacts/. Set
// BASHU_UPDATE_REFERENCES=1 to (re)write the references from the current renderer.
//
// A case may add case.json for what a map document cannot say, the export's own options:
// {"paper": "A5", "dpi": 72, "landscape": true} sizes it for print (at 2x, twice the DPI), and
// {"fields": ["f1", "f2"]} or {"years": ["2019", "2021"]}, with an optional "columns", draws
// small multiples. Unknown keys fail the case.
//
// Tolerance: a pixel differs when a channel differs by more than 8 (of 255); a case passes
// when at most 0.1% of its pixels differ.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>

#include "carto/paper_size.h"
#include "export/render_scene.h"
#include "export/small_multiples.h"
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

// The export options of case.json (see the top of this file).
struct CaseOptions {
    std::string paper;
    int dpi = 0;
    bool landscape = false;
    std::optional<SmallMultiplesRequest> multiples;
};

Result<CaseOptions> readCaseOptions(const fs::path& folder) {
    CaseOptions options;
    const fs::path path = folder / "case.json";
    if (!fs::exists(path)) return options;
    std::ifstream in(path);
    const nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
    if (!json.is_object()) return Error{path.string() + ": not a JSON object"};
    for (const auto& [key, value] : json.items()) {
        if (key == "paper" && value.is_string()) {
            options.paper = value.get<std::string>();
        } else if (key == "dpi" && value.is_number_integer()) {
            options.dpi = value.get<int>();
        } else if (key == "landscape" && value.is_boolean()) {
            options.landscape = value.get<bool>();
        } else if ((key == "fields" || key == "years") && value.is_array()) {
            if (!options.multiples) options.multiples.emplace();
            options.multiples->by = key == "fields" ? PanelsBy::Field : PanelsBy::Year;
            for (const auto& item : value) options.multiples->values.push_back(item.get<std::string>());
        } else if (key == "columns" && value.is_number_integer()) {
            if (!options.multiples) options.multiples.emplace();
            options.multiples->columns = value.get<int>();
        } else {
            return Error{path.string() + ": " + key + ": unknown key or wrong type"};
        }
    }
    if (options.multiples && options.multiples->values.empty())
        return Error{path.string() + ": columns without fields or years"};
    return options;
}

class ReferenceImage : public ::testing::TestWithParam<RenderCase> {};

TEST_P(ReferenceImage, MatchesTheExpectedPicture) {
    ASSERT_TRUE(testing::headlessContextReady());
    const RenderCase c = GetParam();
    const fs::path folder = fs::path(BASHU_RENDER_CASES) / c.name;
    Result<CaseOptions> caseOptions = readCaseOptions(folder);
    ASSERT_TRUE(caseOptions.ok()) << caseOptions.error().message;
    Result<MapDocument> document = loadMapDocument((folder / "map.json").string());
    ASSERT_TRUE(document.ok()) << document.error().message;
    SceneBuildOptions buildOptions;
    buildOptions.everyField = caseOptions->multiples && caseOptions->multiples->by == PanelsBy::Field;
    Result<MapScene> scene = buildScene(*document, buildOptions);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    std::string warning;
    ExportOptions options;
    options.width = document->width * c.scale;
    options.height = document->height * c.scale;
    options.pixelScale = float(c.scale);
    if (!caseOptions->paper.empty()) {
        Result<PrintSize> print =
            printSize(caseOptions->paper, caseOptions->dpi * c.scale,
                      caseOptions->landscape ? Orientation::Landscape : Orientation::Portrait);
        ASSERT_TRUE(print.ok()) << print.error().message;
        options.width = print->width;
        options.height = print->height;
        options.pixelScale = print->pixelScale;
        options.dpi = caseOptions->dpi * c.scale;
    }
    Result<Image> actual = Error{"not drawn"};
    if (caseOptions->multiples) {
        Result<PanelPlan> plan = planPanels(*scene, *caseOptions->multiples, c.name);
        ASSERT_TRUE(plan.ok()) << plan.error().message;
        actual = renderSmallMultiples(*scene, *plan, caseOptions->multiples->columns, options, &warning);
    } else {
        actual = renderMapExport(*scene, options, &warning);
    }
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
