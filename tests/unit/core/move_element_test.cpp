#include "core/move_element.h"

#include <gtest/gtest.h>

#include <vector>

namespace bashu {
namespace {

TEST(MoveElement, MovesUpAndDownKeepingTheOthersInOrder) {
    std::vector<int> v = {0, 1, 2, 3, 4};
    moveElement(v, 1, 3);
    EXPECT_EQ(v, (std::vector<int>{0, 2, 3, 1, 4}));
    moveElement(v, 3, 0);
    EXPECT_EQ(v, (std::vector<int>{1, 0, 2, 3, 4}));
}

TEST(MoveElement, OutOfRangeChangesNothing) {
    std::vector<int> v = {0, 1, 2};
    moveElement(v, 0, 3);
    moveElement(v, 5, 0);
    EXPECT_EQ(v, (std::vector<int>{0, 1, 2}));
}

}  // namespace
}  // namespace bashu
