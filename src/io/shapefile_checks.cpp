#include "io/shapefile_checks.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include "core/file_extension.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;

// The part beside a .shp with another extension, in the case the file system has it.
std::optional<fs::path> sibling(const std::string& path, const char* lower, const char* upper) {
    std::error_code ec;
    for (const char* extension : {lower, upper}) {
        const fs::path candidate = fs::path(path).replace_extension(extension);
        if (fs::exists(candidate, ec)) return candidate;
    }
    return std::nullopt;
}

uint32_t bigEndian32(const unsigned char* p) {
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | uint32_t(p[3]);
}

// Bytes of the main-file header that matter here: the file code and the length in 16-bit words.
struct Header {
    uint32_t fileCode = 0;
    uint64_t lengthBytes = 0;
};

std::optional<Header> readHeader(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, 100> bytes{};
    if (!in.read(reinterpret_cast<char*>(bytes.data()), bytes.size())) return std::nullopt;
    return Header{bigEndian32(&bytes[0]), uint64_t(bigEndian32(&bytes[24])) * 2};
}

// Where the last record ends according to the index (.shx): offset and length per record.
std::optional<uint64_t> lastRecordEnd(const fs::path& shx) {
    std::error_code ec;
    const uintmax_t size = fs::file_size(shx, ec);
    if (ec || size < 108) return std::nullopt;
    std::ifstream in(shx, std::ios::binary);
    in.seekg(std::streamoff(100 + (size - 100) / 8 * 8 - 8));
    std::array<unsigned char, 8> record{};
    if (!in.read(reinterpret_cast<char*>(record.data()), record.size())) return std::nullopt;
    return (uint64_t(bigEndian32(&record[0])) + 4 + bigEndian32(&record[4])) * 2;
}

}  // namespace

bool isShapefilePath(const std::string& path) { return lowerExtension(path) == ".shp"; }

std::optional<std::string> missingShapefileIndex(const std::string& path) {
    if (!isShapefilePath(path) || sibling(path, ".shx", ".SHX")) return std::nullopt;
    return path + ": the Shapefile's index " + fs::path(path).replace_extension(".shx").string() +
           " is missing (a Shapefile is several files: copy the .shx, .dbf and .prj with the .shp)";
}

ShapefileFindings checkShapefile(const std::string& path) {
    ShapefileFindings findings;
    if (!isShapefilePath(path)) return findings;
    if (!sibling(path, ".dbf", ".DBF")) {
        // GDAL reads a Shapefile without its .dbf silently, as geometries without attributes.
        findings.missingDbf = true;
        findings.warnings.push_back("no attribute file " + fs::path(path).replace_extension(".dbf").string() +
                                    " beside the Shapefile: features have no attributes");
    }
    std::error_code ec;
    const uintmax_t actual = fs::file_size(path, ec);
    const std::optional<Header> header = readHeader(path);
    if (ec || !header) return findings;
    const std::optional<fs::path> shx = sibling(path, ".shx", ".SHX");
    const std::optional<uint64_t> recordsEnd = shx ? lastRecordEnd(*shx) : std::nullopt;
    if (recordsEnd && *recordsEnd > actual) {
        findings.truncated = true;
        findings.warnings.push_back("the .shp file is truncated: its index says the records end at byte " +
                                    std::to_string(*recordsEnd) + " but the file has " +
                                    std::to_string(actual) +
                                    " bytes; features past the end have no geometry");
    } else if (header->lengthBytes != actual) {
        findings.warnings.push_back("the .shp header gives a file length of " +
                                    std::to_string(header->lengthBytes) + " bytes but the file has " +
                                    std::to_string(actual) +
                                    "; the header is wrong, every record was read through the index");
    }
    return findings;
}

std::optional<std::string> shapefileInFolder(const std::string& folder, const std::string& layerName) {
    std::error_code ec;
    for (const char* extension : {".shp", ".SHP"})
        if (const fs::path candidate = fs::path(folder) / (layerName + extension); fs::exists(candidate, ec))
            return candidate.string();
    return std::nullopt;
}

std::vector<std::string> shapefilesLeftOut(const std::string& folder) {
    std::vector<std::string> messages;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
        if (std::optional<std::string> missing = missingShapefileIndex(entry.path().string()))
            messages.push_back(*missing);
    std::sort(messages.begin(), messages.end());
    return messages;
}

}  // namespace bashu
