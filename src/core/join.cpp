#include "core/join.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_set>

#include "core/join_index.h"

namespace bashu {

bool parseNumber(const std::string& text, double& out) {
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    while (begin < end && *begin == ' ') ++begin;
    while (end > begin && end[-1] == ' ') --end;
    const auto [ptr, ec] = std::from_chars(begin, end, out);
    return ec == std::errc() && ptr == end && std::isfinite(out);
}

namespace {
// Whether a row meets every `where` condition except the one on `skipField`.
bool meetsOtherConditions(const AttributeTable& table, const JoinSpec& join, const std::string& skipField,
                          size_t row) {
    for (const auto& [field, wanted] : join.where) {
        if (field == skipField) continue;
        const Column* c = table.find(field);
        if (!c || c->text(row) != wanted) return false;
    }
    return true;
}
}  // namespace

std::string joinConditionsKey(const JoinSpec& join, const std::string& except) {
    std::string key;
    for (const auto& [field, value] : join.where)
        if (field != except) key += '\x1f' + field + '=' + value;
    return key;
}

std::vector<std::string> joinConditionChoices(const AttributeTable& table, const JoinSpec& join,
                                              const std::string& field) {
    const Column* column = table.find(field);
    if (!column) return {};
    // Distinct values first: a long table repeats a handful of years millions of times.
    std::unordered_set<std::string> distinct;
    for (size_t row = 0; row < column->size(); ++row)
        if (!column->isNull(row) && meetsOtherConditions(table, join, field, row))
            distinct.insert(column->text(row));
    std::vector<std::string> choices(distinct.begin(), distinct.end());
    std::sort(choices.begin(), choices.end());
    double unused = 0.0;
    const bool numeric = std::all_of(choices.begin(), choices.end(),
                                     [&](const std::string& c) { return parseNumber(c, unused); });
    if (numeric)
        std::sort(choices.begin(), choices.end(), [](const std::string& a, const std::string& b) {
            double x = 0.0, y = 0.0;
            parseNumber(a, x);
            parseNumber(b, y);
            return x < y;
        });
    return choices;
}

std::vector<double> joinValuesOverAll(const AttributeTable& layer, const AttributeTable& table,
                                      const JoinSpec& join, const std::string& field) {
    Result<JoinIndex> index = JoinIndex::build(layer, table, join, join.table);
    return index ? index->valuesOverAll(join, field) : std::vector<double>{};
}

Result<JoinReport> joinColumn(AttributeTable& layer, const AttributeTable& table, const JoinSpec& join,
                              const std::string& tableName) {
    // One way to join: through an index of the table, which a layer that switches years keeps.
    Result<JoinIndex> index = JoinIndex::build(layer, table, join, tableName);
    if (!index) return index.error();
    return index->join(layer, table, join, tableName);
}

}  // namespace bashu
