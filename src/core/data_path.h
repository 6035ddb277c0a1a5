#pragma once
// Where a data path points, told once where the path enters the reader and passed on: a file on
// this machine, a file GDAL holds in memory, a place in GDAL's virtual file systems (inside an
// archive, a compressed file), or something on the network. Each needs other checks before GDAL
// opens it, and only local paths can be seen, made absolute or keyed by std::filesystem.
#include <string>
#include <string_view>

namespace bashu {

enum class PathPlace {
    Local,        // a file or folder std::filesystem sees
    GdalMemory,   // /vsimem/: data handed over without a file on disk (tests, fuzzing)
    GdalVirtual,  // another of GDAL's file systems on local data (/vsizip/, /vsigzip/, ...)
    Remote,       // URLs and GDAL's network file systems, alone or inside a chain
    Database,     // a PostGIS connection ("PG:service=..."), read by the postgis module, not GDAL
};

struct DataPath {
    std::string path;  // as the user gave it; every message names this
    PathPlace place = PathPlace::Local;
    std::string extension;  // lowerExtension(path): ".shp", ".zip", "" for none

    bool local() const { return place == PathPlace::Local; }
    bool remote() const { return place == PathPlace::Remote; }
    bool database() const { return place == PathPlace::Database; }
};

/// The path classified: its place and its lower-cased extension.
DataPath dataPath(std::string path);

/// True for a PostGIS connection: "PG:" in any case, then libpq's conninfo.
bool isDatabasePath(std::string_view path);

/// Whether a connection string names a password (`password=...` among its keywords, or
/// `user:secret@` in a postgresql:// URI): such a connection is refused wherever it is given, so
/// that no document, setting or message holds the password.
bool namesPassword(std::string_view connection);

/// The connection with every password it names taken out (`password=...` with its value, quoted
/// or not, and the `:secret` of `user:secret@` in a URI), so that a field where one was typed
/// does not keep showing it.
std::string withoutPassword(std::string_view connection);

/// True for URLs and GDAL network file systems (/vsicurl/, /vsis3/, ...), which are refused
/// unless the user allows network access (io/network_access.h).
bool isRemotePath(std::string_view path);

}  // namespace bashu
