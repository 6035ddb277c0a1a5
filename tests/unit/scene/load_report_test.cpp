#include "scene/load_report.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(LoadReport, ACleanLayerSaysWhatWasRead) {
    Layer layer;
    layer.sourcePath = "units.geojson";
    layer.report.featuresRead = 59;
    EXPECT_EQ(loadReportLines(layer), std::vector<std::string>{"Read 59 features from units.geojson"});
    EXPECT_FALSE(loadReportNeedsAttention(layer));
}

TEST(LoadReport, InvalidGeometriesSkipsEncodingAndWarningsAreListed) {
    Layer layer;
    layer.sourcePath = "units.shp";
    layer.report.featuresRead = 4;
    layer.report.nullGeometries = 1;
    layer.report.invalidGeometries = 1;
    layer.report.skipped = 2;
    layer.report.textEncoding = "GB18030/GBK (detected: the text is not UTF-8)";
    layer.report.warn("feature 2: Point in a Polygon layer, skipped");
    const std::vector<std::string> expected = {"Read 4 features from units.shp",
                                               "1 feature has no geometry (kept, not drawn)",
                                               "1 invalid geometry drawn as read (even-odd fill; see below)",
                                               "2 features skipped (kept without geometry; see below)",
                                               "Text: GB18030/GBK (detected: the text is not UTF-8)",
                                               "Warning: feature 2: Point in a Polygon layer, skipped"};
    EXPECT_EQ(loadReportLines(layer), expected);
    EXPECT_TRUE(loadReportNeedsAttention(layer));
}

}  // namespace
}  // namespace bashu
