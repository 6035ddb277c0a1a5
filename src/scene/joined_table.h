#pragma once
// A join's table as read, with the facts derived from it that are asked for again and again: the
// choices of a condition (the style panel asks every frame), the indicator's unit (every legend),
// class limits pooled over all years (every step of a playing year slider). A long table takes a
// second to scan, and it never changes once read, so a fact computed once stays true. The facts
// belong to the table, not to a layer or a panel: copies of a layer (the window's, an export's)
// share them, on any thread.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/attribute_table.h"

namespace bashu {

class JoinedTable {
public:
    explicit JoinedTable(AttributeTable table);
    ~JoinedTable();
    JoinedTable(const JoinedTable&) = delete;
    JoinedTable& operator=(const JoinedTable&) = delete;

    const AttributeTable& table() const { return table_; }

    /// The texts known under `key`, from `compute` the first time they are asked for.
    std::vector<std::string> texts(const std::string& key,
                                   const std::function<std::vector<std::string>()>& compute) const;
    /// The numbers known under `key`, from `compute` the first time they are asked for.
    std::vector<double> numbers(const std::string& key,
                                const std::function<std::vector<double>()>& compute) const;

private:
    // The facts and their lock, out of this header: <mutex> here would put std::lock in reach of
    // every unqualified call named lock with a std argument in the modules above.
    struct Facts;
    AttributeTable table_;
    std::unique_ptr<Facts> facts_;
};

}  // namespace bashu
