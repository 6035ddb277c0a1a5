#include "ui/file_defaults.h"

#include <cstdlib>
#include <filesystem>

namespace bashu {

namespace {
namespace fs = std::filesystem;

fs::path normal(const std::string& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    return (ec ? fs::path(path) : absolute).lexically_normal();
}
}  // namespace

std::string homeFolder() {
    if (const char* home = std::getenv("HOME"); home && *home) return home;
    std::error_code ec;
    const fs::path here = fs::current_path(ec);
    return ec ? "." : here.string();
}

std::string proposedDocumentPath(const std::string& documentPath, bool readOnly,
                                 const std::string& firstDataFile) {
    if (!documentPath.empty() && !readOnly) return normal(documentPath).string();
    if (!documentPath.empty()) return (fs::path(homeFolder()) / fs::path(documentPath).filename()).string();
    if (!firstDataFile.empty()) return (normal(firstDataFile).parent_path() / "map.json").string();
    return (fs::path(homeFolder()) / "map.json").string();
}

std::string proposedExportPath(const std::string& documentPath, bool readOnly,
                               const std::string& firstDataFile) {
    const fs::path document = proposedDocumentPath(documentPath, readOnly, firstDataFile);
    return (document.parent_path() / (document.stem().string() + "-export.png")).string();
}

bool replacingAsks(const std::string& path, const std::string& documentPath) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return false;
    return documentPath.empty() || normal(path) != normal(documentPath);
}

}  // namespace bashu
