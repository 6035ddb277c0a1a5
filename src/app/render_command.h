#pragma once
// `bashu render`: a map document or data files to an image file, without a window.
#include <optional>
#include <string>
#include <vector>

namespace bashu {

struct RenderOptions {
    std::vector<std::string> inputs;  // one map document, or data files; none: the built-in map
    std::string output;
    std::optional<int> width, height;
    float scale = 1.0f;  // multiplies line widths and symbol sizes
    // Style overrides for classified layers (for data files: every layer once --field is given).
    std::string field, method, ramp, crs;
    std::optional<int> classes;
    bool reverse = false;
};

/// Renders headless and writes the image atomically; returns the process exit code. Messages
/// (errors, and warnings about anything repaired, skipped or assumed) go to stderr.
int runRender(const RenderOptions& options);

}  // namespace bashu
