#pragma once
// Invariant checks for the fuzz targets. assert() is compiled out in optimised builds, and a
// failed check must abort so that libFuzzer keeps the input that broke it.
#include <cstdio>
#include <cstdlib>
#include <string>

namespace bashu::fuzz {

[[noreturn]] inline void checkFailed(const char* condition, const char* file, int line,
                                     const std::string& detail) {
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n%s\n", file, line, condition, detail.c_str());
    std::abort();
}

}  // namespace bashu::fuzz

// BASHU_FUZZ_CHECK(condition) or BASHU_FUZZ_CHECK(condition, detail string).
#define BASHU_FUZZ_CHECK(condition, ...)                                                          \
    do {                                                                                          \
        if (!(condition))                                                                         \
            ::bashu::fuzz::checkFailed(#condition, __FILE__, __LINE__, std::string(__VA_ARGS__)); \
    } while (0)
