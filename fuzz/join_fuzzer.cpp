// joinColumn (and the year-slider helpers beside it) on a layer and a table decoded from the
// fuzz bytes: a few columns from a small pool of names and values, so keys collide, conditions
// match and numbers hide in text. What a successful join wrote is checked row by row against
// the rules join.h states; a refusal must be one of the refusals it lists.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "core/attribute_table.h"
#include "core/join.h"
#include "fuzz_check.h"

namespace {

using bashu::AttributeTable;
using bashu::Column;
using bashu::FieldType;

constexpr std::array<const char*, 5> kNames = {"code", "value", "year", "kind", "missing"};
constexpr std::array<const char*, 14> kTexts = {"",  "1",   "2",   " 2 ",   "1.0", "a",  "b",
                                                "A", "nan", "inf", "1e400", "0x1", "-0", "2021"};
constexpr std::array<double, 10> kNumbers = {0.0,
                                             1.0,
                                             2.0,
                                             1.5,
                                             -0.0,
                                             2021.0,
                                             1e300,
                                             1.0000000000000002,
                                             std::numeric_limits<double>::infinity(),
                                             std::numeric_limits<double>::quiet_NaN()};
constexpr size_t kMaxRows = 24;

void appendValue(FuzzedDataProvider& in, Column& column) {
    switch (in.ConsumeIntegralInRange<int>(0, 3)) {
        case 0:
            column.appendNull();
            return;
        case 1:  // from the pool, so values repeat across rows and tables
            if (column.isNumeric())
                column.appendNumber(in.PickValueInArray(kNumbers));
            else
                column.appendString(in.PickValueInArray(kTexts));
            return;
        default:
            if (column.isNumeric())
                column.appendNumber(column.type == FieldType::Integer
                                        ? double(in.ConsumeIntegralInRange<int>(-3, 3))
                                        : in.ConsumeFloatingPoint<double>());
            else
                column.appendString(in.ConsumeRandomLengthString(8));
    }
}

// Columns of distinct names, each with one value per row (the table's own invariant).
AttributeTable decodeTable(FuzzedDataProvider& in, size_t maxColumns) {
    AttributeTable table;
    const size_t rows = in.ConsumeIntegralInRange<size_t>(0, kMaxRows);
    const size_t columns = in.ConsumeIntegralInRange<size_t>(1, maxColumns);
    for (size_t c = 0; c < columns; ++c) {
        const std::string name = in.PickValueInArray(kNames);
        if (table.find(name)) continue;
        const auto type = static_cast<FieldType>(in.ConsumeIntegralInRange<int>(0, 2));
        table.addColumn(name, type);
    }
    for (size_t row = 0; row < rows; ++row)
        for (Column& column : table.columns) appendValue(in, column);
    return table;
}

bool keptRow(const AttributeTable& table, const bashu::JoinSpec& join, const Column& tableKey, size_t row) {
    if (tableKey.isNull(row)) return false;
    for (const auto& [field, wanted] : join.where)
        if (table.find(field)->text(row) != wanted) return false;
    return true;
}

void checkJoined(const AttributeTable& before, const AttributeTable& after, const AttributeTable& table,
                 const bashu::JoinSpec& join, const bashu::JoinReport& report) {
    const Column& layerKey = *before.find(join.layerKey);
    const Column& tableKey = *table.find(join.tableKey);
    const Column& value = *table.find(join.value);
    const size_t features = layerKey.size();
    const Column* joined = after.find(join.as);
    BASHU_FUZZ_CHECK(joined && joined->type == FieldType::Real && joined->size() == features &&
                     joined->numbers.size() == features);
    size_t valid = 0, unmatched = 0;
    std::set<std::string> matchedKeys;
    for (size_t f = 0; f < features; ++f) {
        std::vector<size_t> rows;
        if (!layerKey.isNull(f))
            for (size_t row = 0; row < tableKey.size(); ++row)
                if (keptRow(table, join, tableKey, row) && tableKey.text(row) == layerKey.text(f))
                    rows.push_back(row);
        BASHU_FUZZ_CHECK(rows.size() <= 1, "a key twice among the kept rows, yet joined");
        if (rows.empty()) {
            ++unmatched;
            BASHU_FUZZ_CHECK(joined->isNull(f), "a value without a row");
            continue;
        }
        matchedKeys.insert(layerKey.text(f));
        const size_t row = rows.front();
        if (value.isNull(row) || value.text(row).empty()) {
            BASHU_FUZZ_CHECK(joined->isNull(f), "a value from an empty cell");
            continue;
        }
        BASHU_FUZZ_CHECK(!joined->isNull(f), "a matched row with a value left null");
        ++valid;
        const double got = joined->numbers[f];
        if (value.isNumeric()) {
            const double want = value.numbers[row];
            BASHU_FUZZ_CHECK(got == want || (std::isnan(got) && std::isnan(want)));
        } else {
            BASHU_FUZZ_CHECK(std::isfinite(got),
                             "'" + value.strings[row] + "' joined as a non-finite number");
        }
    }
    BASHU_FUZZ_CHECK(report.matched == valid);
    BASHU_FUZZ_CHECK(report.unmatchedLayerKeys.size() == unmatched);
    BASHU_FUZZ_CHECK(std::is_sorted(report.unmatchedTableKeys.begin(), report.unmatchedTableKeys.end()));
    std::set<std::string> keptKeys;
    for (size_t row = 0; row < tableKey.size(); ++row)
        if (keptRow(table, join, tableKey, row)) keptKeys.insert(tableKey.text(row));
    std::vector<std::string> unused;
    for (const std::string& key : keptKeys)
        if (!matchedKeys.count(key)) unused.push_back(key);
    BASHU_FUZZ_CHECK(report.unmatchedTableKeys == unused);
}

// A refusal is for a missing field, a key twice among the kept rows, or text that is not a number.
void checkRefused(const AttributeTable& layer, const AttributeTable& table, const bashu::JoinSpec& join,
                  const std::string& message) {
    if (!layer.find(join.layerKey) || !table.find(join.tableKey) || !table.find(join.value)) return;
    for (const auto& condition : join.where)
        if (!table.find(condition.first)) return;
    if (message.find("appears more than once") != std::string::npos) {
        const Column& tableKey = *table.find(join.tableKey);
        std::set<std::string> keys;
        bool twice = false;
        for (size_t row = 0; row < tableKey.size(); ++row)
            if (keptRow(table, join, tableKey, row)) twice |= !keys.insert(tableKey.text(row)).second;
        BASHU_FUZZ_CHECK(twice, message);
        return;
    }
    BASHU_FUZZ_CHECK(
        message.find("is not a number") != std::string::npos && !table.find(join.value)->isNumeric(),
        message);
}

void checkChoices(const AttributeTable& table, const bashu::JoinSpec& join, const std::string& field) {
    const std::vector<std::string> choices = bashu::joinConditionChoices(table, join, field);
    const std::set<std::string> distinct(choices.begin(), choices.end());
    BASHU_FUZZ_CHECK(distinct.size() == choices.size(), "a choice offered twice");
    if (!table.find(field)) BASHU_FUZZ_CHECK(choices.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzedDataProvider in(data, size);
    bashu::JoinSpec join;
    join.layerKey = in.PickValueInArray(kNames);
    join.tableKey = in.PickValueInArray(kNames);
    join.value = in.PickValueInArray(kNames);
    join.as = in.PickValueInArray(kNames);
    const size_t conditions = in.ConsumeIntegralInRange<size_t>(0, 2);
    for (size_t i = 0; i < conditions; ++i)
        join.where.emplace_back(in.PickValueInArray(kNames), in.PickValueInArray(kTexts));
    AttributeTable layer = decodeTable(in, 2);
    const AttributeTable table = decodeTable(in, 4);

    for (const char* field : kNames) checkChoices(table, join, field);
    for (const char* field : kNames)
        for (double v : bashu::joinValuesOverAll(layer, table, join, field))
            BASHU_FUZZ_CHECK(std::isfinite(v), "a non-finite value offered for fixed classes");

    const AttributeTable before = layer;
    bashu::Result<bashu::JoinReport> report = bashu::joinColumn(layer, table, join, "table.csv");
    if (report)
        checkJoined(before, layer, table, join, *report);
    else
        checkRefused(before, table, join, report.error().message);
    return 0;
}
