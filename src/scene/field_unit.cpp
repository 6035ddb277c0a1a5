#include "scene/field_unit.h"

#include <cctype>

#include "core/join.h"
#include "thematic/number_format.h"

namespace bashu {

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

// The text inside the parentheses closing at the end of `text` (nested ones kept), or "".
std::string_view trailingParenthesis(std::string_view text) {
    text = trim(text);
    if (text.empty() || text.back() != ')') return {};
    int depth = 0;
    for (size_t i = text.size(); i-- > 0;) {
        if (text[i] == ')') ++depth;
        if (text[i] == '(' && --depth == 0) return text.substr(i + 1, text.size() - i - 2);
    }
    return {};
}

}  // namespace

std::string uniqueKeptValue(const AttributeTable& table, const JoinSpec& join, const std::string& field) {
    const Column* column = table.find(field);
    if (!column) return "";
    std::string found;
    for (size_t row = 0; row < column->size(); ++row) {
        bool kept = true;
        for (const auto& [f, wanted] : join.where) {
            const Column* c = table.find(f);
            kept = kept && c && c->text(row) == wanted;
        }
        if (!kept || column->isNull(row)) continue;
        if (!found.empty() && column->text(row) != found) return "";
        found = column->text(row);
    }
    return found;
}

std::string shortUnit(std::string_view text) {
    text = trim(text);
    if (text.empty()) return "";
    // A symbol first ("%", "‰", "°C") is the unit, whatever words explain it after.
    const unsigned char first = static_cast<unsigned char>(text.front());
    if (first < 0x80 && !std::isalnum(first) && first != '(')
        return std::string(text.substr(0, text.find(' ')));
    // Tables written for both languages put the Chinese unit in parentheses: "10 thousand
    // persons (万人)".
    for (size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
        const size_t close = text.find(')', open);
        if (close == std::string_view::npos) break;
        const std::string_view inside = trim(text.substr(open + 1, close - open - 1));
        if (!inside.empty() && containsCjk(inside) && inside.find(' ') == std::string_view::npos)
            return std::string(inside);
    }
    // A short word is a unit as it stands ("元", "km²"); a sentence is not.
    if (text.size() <= 12 && text.find(' ') == std::string_view::npos) return std::string(text);
    return "";
}

std::string layerUnit(const SceneLayer& layer) {
    const FillStyle& fill = layer.spec.fill;
    if (!fill.divideBy.empty() || fill.shareOfTotal) return fill.unit;
    // The fill's unit and the name's are the joined field's: another field has none said.
    if (layer.spec.join && !fill.field.empty() && fill.field != layer.spec.join->as) return "";
    if (!fill.unit.empty()) return fill.unit;
    if (layer.spec.join && layer.joinTable && fill.field == layer.spec.join->as) {
        const JoinSpec& join = *layer.spec.join;
        // A long table takes a while to scan and the window's legend asks every frame: the table
        // remembers the answer, under a key no field name starts with.
        const std::vector<std::string> unit =
            layer.joinTable->texts("\x1eunit\x1f" + join.value + joinConditionsKey(join), [&] {
                return std::vector<std::string>{
                    shortUnit(uniqueKeptValue(layer.joinTable->table(), join, "unit"))};
            });
        if (!unit.front().empty()) return unit.front();
    }
    return shortUnit(trailingParenthesis(layer.spec.name));
}

}  // namespace bashu
