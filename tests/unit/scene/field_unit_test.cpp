#include "scene/field_unit.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(FieldUnit, ShortFormsOfTheBuiltInTablesUnits) {
    EXPECT_EQ(shortUnit("100 million yuan (亿元), current prices"), "亿元");
    EXPECT_EQ(shortUnit("10 thousand persons (万人)"), "万人");
    EXPECT_EQ(shortUnit("% real growth at comparable prices (实际增速)"), "%") << "the symbol first wins";
    EXPECT_EQ(shortUnit("元"), "元");
    EXPECT_EQ(shortUnit(" km² "), "km²");
    EXPECT_EQ(shortUnit("(万人)"), "万人");
    EXPECT_EQ(shortUnit("yuan per person at current prices"), "") << "a sentence is not a unit";
    EXPECT_EQ(shortUnit(""), "");
}

}  // namespace
}  // namespace bashu
