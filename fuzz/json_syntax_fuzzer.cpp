// The JSON syntax check on arbitrary text: it agrees with nlohmann's own validator, points at
// a line the text has, and the file version gives the same answer as the in-memory one.
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/json_syntax.h"
#include "fuzz_check.h"

namespace {

// One scratch file per fuzzing process (parallel jobs must not share it), removed after each
// input (libFuzzer ends without running atexit handlers). In memory where the system offers
// it: rewriting a file on disk thousands of times a second is what the fuzzer would spend its
// time on (ext4 flushes a truncated file on every rewrite).
const std::string& scratchPath() {
    static const std::string path = [] {
        std::error_code ec;
        const std::filesystem::path folder = std::filesystem::is_directory("/dev/shm", ec)
                                                 ? "/dev/shm"
                                                 : std::filesystem::temp_directory_path();
        return (folder / ("bashu-fuzz-json-" + std::to_string(::getpid()) + ".json")).string();
    }();
    return path;
}

// Where nlohmann's own parser stops: its error's id and text.
struct FirstError : nlohmann::json_sax<nlohmann::json> {
    int id = 0;
    std::string what;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        id = e.id;
        what = e.what();
        return false;
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::optional<std::string> error = bashu::jsonTextSyntaxError(text);
    // nlohmann's validator agrees, except that it refuses numbers too large for a double,
    // which are valid JSON (and the only text it stops at with error 406).
    if (nlohmann::json::accept(text.begin(), text.end())) {
        BASHU_FUZZ_CHECK(!error, *error);
    } else if (!error) {
        FirstError first;
        nlohmann::json::sax_parse(text.begin(), text.end(), &first);
        BASHU_FUZZ_CHECK(first.id == 406, "invalid JSON without an error; nlohmann says " + first.what);
    }
    if (error) {
        // "line L, column C: why", with L a line the text has.
        unsigned long line = 0, column = 0;
        BASHU_FUZZ_CHECK(std::sscanf(error->c_str(), "line %lu, column %lu: ", &line, &column) == 2, *error);
        const auto lines = static_cast<unsigned long>(std::count(text.begin(), text.end(), '\n')) + 1;
        BASHU_FUZZ_CHECK(line >= 1 && line <= lines, *error);
        BASHU_FUZZ_CHECK(error->find(": ") != std::string::npos, *error);
    }

    {
        std::ofstream out(scratchPath(), std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    const std::optional<std::string> fromFile = bashu::jsonSyntaxError(scratchPath());
    std::remove(scratchPath().c_str());
    BASHU_FUZZ_CHECK(fromFile == error, error.value_or("(no error)"));
    return 0;
}
