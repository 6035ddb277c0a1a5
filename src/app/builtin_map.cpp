#include "app/builtin_map.h"

#include <unistd.h>

#include <array>
#include <cstdlib>
#include <filesystem>

namespace bashu {

namespace fs = std::filesystem;

namespace {
fs::path executableFolder() {
    std::array<char, 4096> buffer{};
    const ssize_t n = ::readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
    return n > 0 ? fs::path(std::string(buffer.data(), size_t(n))).parent_path() : fs::path();
}
}  // namespace

std::string geodataDirectory() {
    if (const char* env = std::getenv("BASHU_GEODATA"); env && *env) return env;
    const fs::path exe = executableFolder();
    for (const fs::path& candidate : {exe / "geodata", exe.parent_path() / "geodata",
                                      exe.parent_path() / "share" / "bashu" / "geodata"}) {
        std::error_code ec;
        if (fs::is_directory(candidate, ec)) return candidate.string();
    }
    return BASHU_SOURCE_GEODATA_DIR;
}

std::string builtinDocumentPath() { return (fs::path(geodataDirectory()) / "gdp_2021.json").string(); }

bool isBuiltinDataFile(const std::string& path) {
    std::error_code ec;
    const fs::path folder = fs::weakly_canonical(fs::path(geodataDirectory()), ec);
    if (ec) return false;
    const fs::path file = fs::weakly_canonical(fs::path(path), ec);
    return !ec && file.parent_path() == folder;
}

}  // namespace bashu
