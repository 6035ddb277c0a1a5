#include "core/atomic_write.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

namespace bashu {

namespace fs = std::filesystem;

namespace {
std::string temporarySibling(const std::string& path) {
    // The temporary lives in the target's folder so the final rename never crosses file systems.
    std::random_device seed;
    const fs::path target(path);
    std::string name = ".";
    name += target.filename().string();
    name += ".tmp-";
    name += std::to_string(::getpid());
    name += '-';
    name += std::to_string(seed() % 1000000u);
    return (target.parent_path() / name).string();
}
}  // namespace

Status writeFileAtomically(const std::string& path,
                           const std::function<Status(const std::string& tempPath)>& write) {
    std::error_code ec;
    const fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec))
        return Error{path + ": folder " + parent.string() + " does not exist"};
    if (fs::is_directory(path, ec)) return Error{path + ": is a directory"};

    const std::string temp = temporarySibling(path);
    Status written = write(temp);
    if (!written) {
        fs::remove(temp, ec);
        return written;
    }
    fs::rename(temp, path, ec);
    if (ec) {
        fs::remove(temp, ec);
        return Error{path + ": cannot replace the file: " + ec.message()};
    }
    return Ok{};
}

Status writeTextFileAtomically(const std::string& path, std::string_view contents) {
    return writeFileAtomically(path, [&](const std::string& temp) -> Status {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) return Error{path + ": cannot write (permission denied or read-only folder)"};
        out.write(contents.data(), std::streamsize(contents.size()));
        out.flush();
        if (!out) return Error{path + ": write failed (disk full?)"};
        return Ok{};
    });
}

}  // namespace bashu
