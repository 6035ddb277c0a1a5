#pragma once
// Running the real `bashu` binary (or any command) from tests and capturing what it says.
#include <filesystem>
#include <string>
#include <vector>

namespace bashu::testing {

struct Outcome {
    int exitCode = -1;  // -1 when the process did not exit normally (a crash)
    std::string out, err;
};

/// The text quoted for /bin/sh, so paths with spaces and Chinese characters pass unchanged.
std::string shellQuote(const std::string& text);

std::string readFileText(const std::filesystem::path& path);

/// Runs `binary` with already-quoted `arguments` in `workingDirectory` without a display, with
/// stdin closed, capturing both streams (through files in `scratch`).
Outcome runWithoutDisplay(const std::string& binary, const std::string& arguments,
                          const std::filesystem::path& workingDirectory,
                          const std::filesystem::path& scratch);

}  // namespace bashu::testing
