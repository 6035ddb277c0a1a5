// The attribute table's rows: filtered, sorted, copied.
#include "ui/attribute_rows.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

AttributeTable units() {
    AttributeTable t;
    Column& name = t.addColumn("name", FieldType::String);
    Column& gdp = t.addColumn("gdp", FieldType::Real);
    name.appendString("成都市 Chengdu");
    gdp.appendNumber(19917);
    name.appendString("Ya'an, \"rain city\"");
    gdp.appendNull();
    name.appendString("Zigong");
    gdp.appendNumber(1601.3);
    return t;
}

TEST(AttributeRows, AFilterKeepsRowsWithAMatchInAnyColumnCaseIgnored) {
    const AttributeTable t = units();
    EXPECT_EQ(filteredRows(t, ""), (std::vector<size_t>{0, 1, 2}));
    EXPECT_EQ(filteredRows(t, "chengdu"), (std::vector<size_t>{0}));
    EXPECT_EQ(filteredRows(t, "成都"), (std::vector<size_t>{0}));
    EXPECT_EQ(filteredRows(t, "1601"), (std::vector<size_t>{2})) << "numbers as written";
    EXPECT_TRUE(filteredRows(t, "Chongqing").empty());
}

TEST(AttributeRows, NumbersSortByValueAndEmptyValuesGoLast) {
    const AttributeTable t = units();
    std::vector<size_t> rows = {0, 1, 2};
    sortRows(rows, t.columns[1], true);
    EXPECT_EQ(rows, (std::vector<size_t>{2, 0, 1}));
    sortRows(rows, t.columns[1], false);
    EXPECT_EQ(rows, (std::vector<size_t>{0, 2, 1}));
    sortRows(rows, t.columns[0], true);
    EXPECT_EQ(rows, (std::vector<size_t>{1, 2, 0})) << "text by its bytes: Latin before Chinese";
}

TEST(AttributeRows, CopiedRowsAreCsvWithQuotesOrTsv) {
    const AttributeTable t = units();
    EXPECT_EQ(rowsAsText(t, {1, 2}, ','), "name,gdp\n\"Ya'an, \"\"rain city\"\"\",\nZigong,1601.3\n");
    EXPECT_EQ(rowsAsText(t, {0}, '\t'), "name\tgdp\n成都市 Chengdu\t19917\n");
}

}  // namespace
}  // namespace bashu
