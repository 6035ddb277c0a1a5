// How a measure is written on the map.
#include "ui/measure_tool.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(MeasureTool, LengthsAreInMetresUnderAKilometreElseInKilometres) {
    EXPECT_EQ(formatMeasuredLength(850.4), "850 m");
    EXPECT_EQ(formatMeasuredLength(12345.0), "12.35 km");
    EXPECT_EQ(formatMeasuredLength(266123.0), "266.1 km");
    EXPECT_EQ(formatMeasuredLength(1234567.0), "1,234.6 km");
}

TEST(MeasureTool, AreasAreGivenInSquareMetresOrKilometresHectaresAndMu) {
    // 1 公顷 = 10,000 m², 1 亩 = 1/15 公顷 (666.67 m²).
    EXPECT_EQ(formatMeasuredArea(5600.0), "5,600 m² · 0.56 公顷 · 8.40 亩");
    EXPECT_EQ(formatMeasuredArea(12.5e6), "12.50 km² · 1,250 公顷 · 18,750 亩");
}

}  // namespace
}  // namespace bashu
