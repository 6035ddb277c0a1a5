#pragma once
// Scene tests' data: small files written to a temporary folder per test.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/map_document.h"

namespace bashu {

namespace fs = std::filesystem;

// A folder with three square units and a table of values by year, and a document joining them.
class Scene : public ::testing::Test {
protected:
    void SetUp() override {
        // One folder per test and process: ctest runs tests of several binaries at once.
        const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = fs::temp_directory_path() / ("bashu-scene-" + std::to_string(::getpid()) + "-" +
                                           test->test_suite_name() + "." + test->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
        write("units.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"code": "A", "pop": 5}, "geometry": {"type": "Polygon", "coordinates": [[[104, 30], [105, 30], [105, 31], [104, 31], [104, 30]]]}},
{"type": "Feature", "properties": {"code": "B", "pop": 50}, "geometry": {"type": "Polygon", "coordinates": [[[105, 30], [106, 30], [106, 31], [105, 31], [105, 30]]]}},
{"type": "Feature", "properties": {"code": "C", "pop": 500}, "geometry": {"type": "Polygon", "coordinates": [[[106, 30], [107, 30], [107, 31], [106, 31], [106, 30]]]}}
]})");
        write("values.csv", "code,year,gdp\nA,2021,1.5\nB,2021,\nC,2021,30\nZ,2021,7\nA,2020,1\n");
    }
    void TearDown() override { fs::remove_all(dir); }

    void write(const std::string& name, const std::string& contents) {
        std::ofstream(dir / name) << contents;
    }

    MapDocument document() const {
        MapDocument d;
        LayerSpec layer;
        layer.source = (dir / "units.geojson").string();
        layer.join = JoinSpec{(dir / "values.csv").string(),
                              "code",
                              "code",
                              {{"year", "2021"}},
                              "gdp",
                              "gdp",
                              {},
                              0,
                              JoinMatch::Exact,
                              {}};
        layer.fill.field = "gdp";
        layer.fill.method = ClassMethod::EqualInterval;
        layer.fill.classes = 2;
        layer.fill.ramp = Ramp::Blues;
        // The year's own classes: the tests of classes held over all years ask for them.
        layer.fill.holdOverYears = false;
        d.layers.push_back(layer);
        return d;
    }

    fs::path dir;
};

}  // namespace bashu
