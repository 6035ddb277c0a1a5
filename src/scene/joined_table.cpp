#include "scene/joined_table.h"

#include <map>
#include <mutex>

namespace bashu {

namespace {

// One lookup-or-compute for both kinds of fact. The lock is held while computing: two threads
// asking for the same fact scan the table once, and no computation asks the table for a fact.
template <class Facts, class Compute>
auto remembered(std::mutex& mutex, Facts& facts, const std::string& key, const Compute& compute) {
    std::lock_guard<std::mutex> lock(mutex);
    auto known = facts.find(key);
    if (known == facts.end()) known = facts.emplace(key, compute()).first;
    return known->second;
}

}  // namespace

struct JoinedTable::Facts {
    std::mutex mutex;
    std::map<std::string, std::vector<std::string>> texts;
    std::map<std::string, std::vector<double>> numbers;
};

JoinedTable::JoinedTable(AttributeTable table)
    : table_(std::move(table)), facts_(std::make_unique<Facts>()) {}

JoinedTable::~JoinedTable() = default;

std::vector<std::string> JoinedTable::texts(const std::string& key,
                                            const std::function<std::vector<std::string>()>& compute) const {
    return remembered(facts_->mutex, facts_->texts, key, compute);
}

std::vector<double> JoinedTable::numbers(const std::string& key,
                                         const std::function<std::vector<double>()>& compute) const {
    return remembered(facts_->mutex, facts_->numbers, key, compute);
}

}  // namespace bashu
