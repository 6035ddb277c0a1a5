// A planner's statistics table from the fuzz bytes as a CSV file's: the delimited text read
// (encodings, delimiters, quotes), its layout found (header, data, totals, notes), the table typed
// and put in long form, and its keys matched to a small layer of units (names that repeat,
// renamed ones, codes, Latin names). What each step made is checked against what its header says.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/delimited_text.h"
#include "fuzz_check.h"
#include "tables/key_match.h"
#include "tables/stat_table.h"
#include "tables/table_layout.h"

namespace {

using namespace bashu;

const AttributeTable& units() {
    static const AttributeTable table = [] {
        AttributeTable t;
        Column& name = t.addColumn("name", FieldType::String);
        Column& code = t.addColumn("code", FieldType::String);
        Column& english = t.addColumn("english", FieldType::String);
        for (auto [n, c, e] : {std::tuple{"万州区", "500101", "Wanzhou District"},
                               {"市中区", "511002", "Shizhong District"},
                               {"市中区", "511102", "Shizhong District"},
                               {"梁平区", "500155", "Liangping District"},
                               {"阿坝藏族羌族自治州", "513200", "Aba Prefecture"},
                               {"泸县", "510521", "Lu County"}}) {
            name.appendString(n);
            code.appendString(c);
            english.appendString(e);
        }
        name.appendNull();
        code.appendNull();
        english.appendNull();
        return t;
    }();
    return table;
}

void checkColumnsAligned(const AttributeTable& table, size_t rows) {
    for (const Column& column : table.columns) {
        BASHU_FUZZ_CHECK(column.size() == rows, column.name);
        if (column.isNumeric()) {
            BASHU_FUZZ_CHECK(column.numbers.size() == rows);
            for (size_t r = 0; r < rows; ++r)
                BASHU_FUZZ_CHECK(column.isNull(r) || std::isfinite(column.numbers[r]), column.name);
        } else {
            BASHU_FUZZ_CHECK(column.strings.size() == rows);
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    Result<DelimitedText> text = parseDelimitedText(bytes, "table.csv");
    if (!text) {
        BASHU_FUZZ_CHECK(text.error().message.rfind("table.csv: ", 0) == 0, text.error().message);
        return 0;
    }
    Result<TableLayout> layout = findTableLayout(text->cells, "table.csv");
    if (!layout) {
        BASHU_FUZZ_CHECK(layout.error().message.rfind("table.csv: ", 0) == 0, layout.error().message);
        return 0;
    }
    BASHU_FUZZ_CHECK(layout->roles.size() == text->cells.rowCount());
    if (layout->headerRow) BASHU_FUZZ_CHECK(*layout->headerRow < text->cells.rowCount());
    if (layout->keyColumn) BASHU_FUZZ_CHECK(*layout->keyColumn < layout->columns.size());
    const StatTable table = makeStatTable(std::move(*layout), "table.csv");
    BASHU_FUZZ_CHECK(table.wide.columns.size() == table.layout.columns.size());
    checkColumnsAligned(table.wide, table.dataRows.size());
    for (size_t r : table.dataRows) BASHU_FUZZ_CHECK(table.layout.roles[r] == RowRole::Data);
    const AttributeTable longTable = longForm(table);
    const size_t longRows = longTable.columns.empty() ? 0 : longTable.columns.front().size();
    checkColumnsAligned(longTable, longRows);

    Result<std::string> key = keyColumnName(table, "");
    if (!key) return 0;
    const Column& keys = *table.wide.find(*key);
    std::vector<std::string> rowKeys;
    for (size_t r = 0; r < keys.size(); ++r) rowKeys.push_back(keys.text(r));
    Result<KeyMatchReport> report = matchKeys(rowKeys, units(), "");
    if (!report) return 0;
    BASHU_FUZZ_CHECK(report->rows == rowKeys.size());
    BASHU_FUZZ_CHECK(report->matchedRows <= report->rows);
    BASHU_FUZZ_CHECK(report->matchedFeatures + report->featuresWithoutRow.size() == report->features);
    std::set<size_t> taken;
    for (const KeyMatch& match : report->keys) {
        BASHU_FUZZ_CHECK(match.feature.has_value() == (match.outcome == KeyOutcome::Matched), match.key);
        if (match.feature)
            BASHU_FUZZ_CHECK(taken.insert(*match.feature).second, "a unit matched twice: " + match.key);
    }
    BASHU_FUZZ_CHECK(!describeMatch(*report, units(), "name").empty());
    return 0;
}
