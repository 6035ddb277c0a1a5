#pragma once
// The fixture of the command-line tests: a fresh folder per test, named after it, and the real
// `bashu` (BASHU_BINARY) run in it without a display.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "support/run_command.h"

namespace bashu::testing {

class CliFixture : public ::testing::Test {
protected:
    void SetUp() override {
        const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = std::filesystem::temp_directory_path() /
              ("bashu-" + std::to_string(::getpid()) + "-" + test->test_suite_name() + "-" + test->name());
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    // Runs bashu with arguments (already quoted as needed), no display, capturing both streams.
    Outcome bashu(const std::string& arguments) {
        return runWithoutDisplay(BASHU_BINARY, arguments, dir, dir);
    }

    std::filesystem::path dir;
};

}  // namespace bashu::testing
