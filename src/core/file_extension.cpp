#include "core/file_extension.h"

#include <filesystem>

#include "core/ascii_case.h"

namespace bashu {

std::string lowerExtension(std::string_view path) {
    return asciiLower(std::filesystem::path(path).extension().string());
}

}  // namespace bashu
