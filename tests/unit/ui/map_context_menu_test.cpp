// What "Copy coordinates" puts on the clipboard.
#include "ui/map_context_menu.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(MapContextMenu, LongitudeAndLatitudeAreCopiedInThatOrderToAboutTenCentimetres) {
    EXPECT_EQ(lonLatText(104.0659912, 30.5723), "104.065991, 30.572300");
    EXPECT_EQ(lonLatText(-0.5, -33.25), "-0.500000, -33.250000") << "west and south are negative";
}

TEST(MapContextMenu, MapCoordinatesAreCopiedToTheCentimetreOrInDegrees) {
    EXPECT_EQ(mapCoordinatesText(-151234.5678, 3412345.1, false), "-151234.57, 3412345.10");
    EXPECT_EQ(mapCoordinatesText(104.0659912, 30.5723, true), "104.065991, 30.572300");
}

}  // namespace
}  // namespace bashu
