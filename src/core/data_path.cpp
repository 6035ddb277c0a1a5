#include "core/data_path.h"

#include <algorithm>
#include <array>

#include "core/ascii_case.h"
#include "core/file_extension.h"

namespace bashu {

bool isRemotePath(std::string_view path) {
    if (path.find("://") != std::string_view::npos) return true;
    static constexpr std::array<std::string_view, 9> kNetworkPrefixes = {
        "/vsicurl", "/vsis3",    "/vsigs",      "/vsiaz",  "/vsiadls",
        "/vsioss",  "/vsiswift", "/vsiwebhdfs", "/vsihdfs"};
    // GDAL reads "/vsis3/...", "/vsis3_streaming/...", "/vsicurl?..." at the start of a path or
    // inside a chain ("/vsizip//vsis3/...", "/vsizip/{/vsis3/...}/..."); a local folder such as
    // "/data/vsis3-export/" or "/data/vsis3/" is not a network file system.
    for (std::string_view prefix : kNetworkPrefixes) {
        for (size_t at = path.find(prefix); at != std::string_view::npos; at = path.find(prefix, at + 1)) {
            if (at > 0 && path[at - 1] != '/' && path[at - 1] != '{') continue;
            std::string_view rest = path.substr(at + prefix.size());
            if (rest.substr(0, 10) == "_streaming") rest.remove_prefix(10);
            if (rest.empty() || rest.front() == '/' || rest.front() == '?') return true;
        }
    }
    return false;
}

bool isDatabasePath(std::string_view path) {
    return path.size() >= 3 && (path[0] == 'P' || path[0] == 'p') && (path[1] == 'G' || path[1] == 'g') &&
           path[2] == ':';
}

// One scan of the keywords and the URI: whatever withoutPassword would take out.
bool namesPassword(std::string_view connection) { return withoutPassword(connection) != connection; }

std::string withoutPassword(std::string_view connection) {
    std::string text(connection);
    for (size_t at = asciiLower(text).find("password"); at != std::string::npos;
         at = asciiLower(text).find("password", at + 1)) {
        size_t next = at + 8;
        while (next < text.size() && text[next] == ' ') ++next;
        const bool keyword = at == 0 || text[at - 1] == ' ' || text[at - 1] == ':' || text[at - 1] == '?' ||
                             text[at - 1] == '&';
        if (!keyword || next >= text.size() || text[next] != '=') continue;
        size_t end = next + 1;
        while (end < text.size() && text[end] == ' ') ++end;
        if (end < text.size() && text[end] == '\'') {  // 'a quoted value, \' escaped'
            for (++end; end < text.size() && text[end] != '\''; ++end)
                if (text[end] == '\\') ++end;
            end = std::min(end + 1, text.size());
        } else {
            while (end < text.size() && text[end] != ' ' && text[end] != '&') ++end;
        }
        size_t start = at;  // with the separator before it, so no blank or '&' is left doubled
        if (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '&')) --start;
        text.erase(start, end - start);
        at = start;
    }
    if (const size_t scheme = text.find("://"); scheme != std::string::npos) {
        const size_t begin = scheme + 3;
        const size_t end = std::min(text.find_first_of("/?", begin), text.size());
        const size_t atSign = text.rfind('@', end == begin ? begin : end - 1);
        if (atSign != std::string::npos && atSign >= begin) {
            const size_t colon = text.find(':', begin);
            if (colon < atSign) text.erase(colon, atSign - colon);
        }
    }
    return text;
}

DataPath dataPath(std::string path) {
    DataPath classified;
    classified.place = isDatabasePath(path)             ? PathPlace::Database
                       : isRemotePath(path)             ? PathPlace::Remote
                       : path.rfind("/vsimem/", 0) == 0 ? PathPlace::GdalMemory
                       : path.rfind("/vsi", 0) == 0     ? PathPlace::GdalVirtual
                                                        : PathPlace::Local;
    classified.extension = lowerExtension(path);
    classified.path = std::move(path);
    return classified;
}

}  // namespace bashu
