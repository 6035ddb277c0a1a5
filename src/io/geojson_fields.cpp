#include "io/geojson_fields.h"

#include <cmath>
#include <functional>
#include <set>

namespace bashu::geojson {

void FieldValues::padTo(size_t row) {
    if (valid.size() >= row) return;
    valid.resize(row, 0);
    if (holds == Holds::Numbers) numbers.resize(row, std::nan(""));
    if (holds == Holds::Text) strings.resize(row);
}

void FieldValues::fill(size_t rows) { padTo(rows); }

void FieldValues::setNull(size_t row) {
    padTo(row + 1);
    lastRow = row;
}

bool FieldValues::setNumber(size_t row, double value, bool real) {
    if (holds == Holds::Text) return false;
    if (holds == Holds::Nulls) {
        holds = Holds::Numbers;
        numbers.assign(valid.size(), std::nan(""));
    }
    padTo(row);
    valid.push_back(1);
    numbers.push_back(value);
    sawReal = sawReal || real;
    lastRow = row;
    return true;
}

bool FieldValues::setText(size_t row, std::string value) {
    if (holds == Holds::Numbers) return false;
    if (holds == Holds::Nulls) {
        holds = Holds::Text;
        strings.assign(valid.size(), std::string());
    }
    padTo(row);
    valid.push_back(1);
    strings.push_back(std::move(value));
    lastRow = row;
    return true;
}

FieldValues* FieldTable::field(std::string_view key, size_t row) {
    uint32_t index;
    // Features mostly give the same keys in the same order: try the last feature's key here first.
    if (keys_.size() < previousKeys_.size() && fields_[previousKeys_[keys_.size()]].name == key) {
        index = previousKeys_[keys_.size()];
    } else if (const auto found = index_.find(key); found != index_.end()) {
        index = found->second;
    } else {
        index = uint32_t(fields_.size());
        fields_.push_back(FieldValues{});
        fields_.back().name = std::string(key);
        index_.emplace(std::string(key), index);
    }
    FieldValues& values = fields_[index];
    if (values.lastRow == row) return nullptr;
    keys_.push_back(index);
    return &values;
}

void FieldTable::endFeature() {
    if (keys_ != previousKeys_) {
        for (size_t i = 1; i < keys_.size(); ++i) {
            const uint64_t pair = (uint64_t(keys_[i - 1]) << 32) | keys_[i];
            if (successionSeen_.insert(pair).second) successions_.emplace_back(keys_[i - 1], keys_[i]);
        }
        previousKeys_.swap(keys_);
    }
    keys_.clear();
}

void FieldTable::finish(size_t rows) {
    for (FieldValues& values : fields_) values.fill(rows);
}

void FieldTable::reserve(size_t rows) {
    for (FieldValues& values : fields_) {
        values.valid.reserve(rows);
        if (values.holds == FieldValues::Holds::Numbers) values.numbers.reserve(rows);
        if (values.holds == FieldValues::Holds::Text) values.strings.reserve(rows);
    }
}

namespace {

// GDAL's DirectedAcyclicGraph for the field order: nodes in the order first seen, an edge for
// each succession unless it would close a cycle, then Kahn's algorithm taking the smallest name
// among the nodes left without incoming edges.
class FieldOrder {
public:
    explicit FieldOrder(const std::vector<std::string>& names) : names_(names), outgoing_(names.size()) {}

    void addSuccession(uint32_t from, uint32_t to) {
        std::set<uint32_t>& out = outgoing_[from];
        if (from == to || out.count(to) || reaches(to, from)) return;
        out.insert(to);
    }

    std::vector<uint32_t> order() const {
        std::vector<size_t> incoming(names_.size(), 0);
        for (const std::set<uint32_t>& out : outgoing_)
            for (const uint32_t to : out) ++incoming[to];
        const auto byName = [this](uint32_t a, uint32_t b) { return names_[a] < names_[b]; };
        std::set<uint32_t, decltype(byName)> ready(byName);
        for (uint32_t n = 0; n < names_.size(); ++n)
            if (incoming[n] == 0) ready.insert(n);
        std::vector<uint32_t> ordered;
        while (!ready.empty()) {
            const uint32_t n = *ready.begin();
            ready.erase(ready.begin());
            ordered.push_back(n);
            for (const uint32_t to : outgoing_[n])
                if (--incoming[to] == 0) ready.insert(to);
        }
        return ordered;
    }

private:
    bool reaches(uint32_t from, uint32_t to) const {
        std::vector<uint8_t> planned(names_.size(), 0);
        std::vector<uint32_t> stack{from};
        planned[from] = 1;
        while (!stack.empty()) {
            const uint32_t n = stack.back();
            stack.pop_back();
            if (n == to) return true;
            for (const uint32_t next : outgoing_[n])
                if (!planned[next]) {
                    planned[next] = 1;
                    stack.push_back(next);
                }
        }
        return false;
    }

    const std::vector<std::string>& names_;
    std::vector<std::set<uint32_t>> outgoing_;
};

}  // namespace

std::optional<std::vector<Column>> mergeFields(std::vector<FieldTable>& tables,
                                               const std::vector<size_t>& rows) {
    // Every key, numbered in the order first seen over the stretches in file order.
    std::vector<std::string> names;
    std::map<std::string, uint32_t, std::less<>> numberOf;
    std::vector<std::vector<uint32_t>> global(tables.size());  // per table: its field -> key number
    for (size_t t = 0; t < tables.size(); ++t)
        for (const FieldValues& values : tables[t].fields()) {
            const auto [at, added] = numberOf.emplace(values.name, uint32_t(names.size()));
            if (added) names.push_back(values.name);
            global[t].push_back(at->second);
        }

    FieldOrder order(names);
    for (size_t t = 0; t < tables.size(); ++t)
        for (const auto& [from, to] : tables[t].successions())
            order.addSuccession(global[t][from], global[t][to]);

    // Per key: where each table holds it, and what it holds over all tables.
    std::vector<std::vector<FieldValues*>> parts(names.size(),
                                                 std::vector<FieldValues*>(tables.size(), nullptr));
    for (size_t t = 0; t < tables.size(); ++t)
        for (size_t f = 0; f < tables[t].fields().size(); ++f)
            parts[global[t][f]][t] = &tables[t].fields()[f];

    std::vector<Column> columns;
    for (const uint32_t key : order.order()) {
        bool numbers = false, text = false, real = false;
        for (const FieldValues* part : parts[key]) {
            if (!part) continue;
            numbers = numbers || part->holds == FieldValues::Holds::Numbers;
            text = text || part->holds == FieldValues::Holds::Text;
            real = real || part->sawReal;
        }
        if (numbers && text) return std::nullopt;
        Column column{names[key],
                      numbers ? (real ? FieldType::Real : FieldType::Integer) : FieldType::String,
                      {},
                      {},
                      {}};
        for (size_t t = 0; t < tables.size(); ++t) {
            FieldValues* part = parts[key][t];
            if (!part || part->holds == FieldValues::Holds::Nulls) {
                for (size_t r = 0; r < rows[t]; ++r) column.appendNull();
                continue;
            }
            if (column.valid.empty()) {
                // The first part becomes the column: no copy of it is held beside it.
                column.valid = std::move(part->valid);
                column.numbers = std::move(part->numbers);
                column.strings = std::move(part->strings);
            } else {
                column.valid.insert(column.valid.end(), part->valid.begin(), part->valid.end());
                column.numbers.insert(column.numbers.end(), part->numbers.begin(), part->numbers.end());
                column.strings.insert(column.strings.end(), std::make_move_iterator(part->strings.begin()),
                                      std::make_move_iterator(part->strings.end()));
            }
            *part = FieldValues{};  // its memory is not needed twice
        }
        columns.push_back(std::move(column));
    }
    return columns;
}

}  // namespace bashu::geojson
