// The corpus of bad and odd inputs (tests/corpus/inputs/, made by make_corpus.py): each row of
// cases.json runs the real binary on one file and states what must happen.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "io/image_reader.h"
#include "support/run_command.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Case {
    std::string name;
    json spec;
};

std::vector<Case> loadCases() {
    const json all = json::parse(testing::readFileText(fs::path(BASHU_CORPUS) / "cases.json"));
    std::vector<Case> cases;
    for (const json& c : all.at("cases")) cases.push_back({c.at("name").get<std::string>(), c});
    return cases;
}

std::string replaceAll(std::string text, const std::string& from, const std::string& to) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// Distinct colours in an image, counted up to a few: a blank map has one or two.
size_t distinctColours(const Image& image, size_t enough) {
    std::set<uint32_t> seen;
    for (size_t i = 0; i + 3 < image.rgba.size() && seen.size() < enough; i += 4 * 97)
        seen.insert(uint32_t(image.rgba[i]) << 16 | uint32_t(image.rgba[i + 1]) << 8 | image.rgba[i + 2]);
    return seen.size();
}

class Corpus : public ::testing::TestWithParam<Case> {};

TEST_P(Corpus, BehavesAsStated) {
    const json& spec = GetParam().spec;
    const fs::path scratch = fs::temp_directory_path() / ("bashu-corpus-" + GetParam().name);
    fs::remove_all(scratch);
    fs::create_directories(scratch / "out");
    std::string arguments;
    for (const json& a : spec.at("args"))
        arguments +=
            " " + testing::shellQuote(replaceAll(a.get<std::string>(), "{out}", (scratch / "out").string()));

    const testing::Outcome run =
        testing::runWithoutDisplay(BASHU_BINARY, arguments, fs::path(BASHU_CORPUS) / "inputs", scratch);
    const std::string said = "stdout:\n" + run.out + "\nstderr:\n" + run.err;
    EXPECT_EQ(run.exitCode, spec.at("exit").get<int>()) << said;
    for (const json& text : spec.value("stdout", json::array()))
        EXPECT_NE(run.out.find(text.get<std::string>()), std::string::npos) << text << "\n" << said;
    for (const json& text : spec.value("stderr", json::array()))
        EXPECT_NE(run.err.find(text.get<std::string>()), std::string::npos) << text << "\n" << said;
    if (spec.contains("stderr_lines")) {
        EXPECT_LE(size_t(std::count(run.err.begin(), run.err.end(), '\n')),
                  spec["stderr_lines"].get<size_t>())
            << said;
    }
    for (const json& name : spec.value("outputs", json::array())) {  // written, readable, not blank
        Result<Image> image = readImage((scratch / "out" / name.get<std::string>()).string());
        ASSERT_TRUE(image.ok()) << name << ": " << image.error().message << "\n" << said;
        EXPECT_GT(distinctColours(*image, 4), 2u) << name << " looks blank";
    }
    // Text a written file must hold (a vector export's legend labels), by file name.
    const json outputText = spec.value("output_text", json::object());  // kept: items() refers to it
    for (const auto& [name, texts] : outputText.items()) {
        const std::string written = testing::readFileText(scratch / "out" / name);
        for (const json& text : texts)
            EXPECT_NE(written.find(text.get<std::string>()), std::string::npos)
                << name << ": " << text << "\n"
                << said;
    }
    fs::remove_all(scratch);
}

INSTANTIATE_TEST_SUITE_P(Inputs, Corpus, ::testing::ValuesIn(loadCases()),
                         [](const ::testing::TestParamInfo<Case>& param) { return param.param.name; });

}  // namespace
}  // namespace bashu
