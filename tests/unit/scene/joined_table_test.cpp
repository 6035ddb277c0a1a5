#include "scene/joined_table.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace bashu {
namespace {

TEST(JoinedTable, AFactIsComputedOnceAndRemembered) {
    AttributeTable rows;
    rows.addColumn("year", FieldType::String).appendString("2021");
    const JoinedTable table(std::move(rows));
    EXPECT_EQ(table.table().columns.front().text(0), "2021");
    int computed = 0;
    auto years = [&] {
        ++computed;
        return std::vector<std::string>{"2021"};
    };
    EXPECT_EQ(table.texts("years", years), (std::vector<std::string>{"2021"}));
    EXPECT_EQ(table.texts("years", years), (std::vector<std::string>{"2021"}));
    EXPECT_EQ(computed, 1);
    EXPECT_EQ(table.numbers("limits",
                            [] {
                                return std::vector<double>{0, 5, 10};
                            }),
              (std::vector<double>{0, 5, 10}));
    EXPECT_EQ(table.numbers("limits", [] { return std::vector<double>{}; }), (std::vector<double>{0, 5, 10}))
        << "the table never changes, so a fact stays true";
    EXPECT_TRUE(table.numbers("other", [] { return std::vector<double>{}; }).empty());
}

TEST(JoinedTable, TwoThreadsAskingAtOnceComputeOnce) {
    const JoinedTable table{AttributeTable{}};
    std::atomic<int> computed{0};
    auto ask = [&] {
        for (int i = 0; i < 1000; ++i)
            table.texts("k" + std::to_string(i % 10), [&] {
                ++computed;
                return std::vector<std::string>{"x"};
            });
    };
    std::thread a(ask), b(ask);
    a.join();
    b.join();
    EXPECT_EQ(computed.load(), 10);
}

}  // namespace
}  // namespace bashu
