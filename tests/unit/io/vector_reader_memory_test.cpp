// Files in GDAL's in-memory file system (/vsimem/): read like files on disk, refused with the
// same messages, and no way around the refusal of remote paths.
#include <cpl_vsi.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "io/vector_reader.h"

namespace bashu {
namespace {

// An in-memory file holding `contents` for the life of the object.
class MemoryFile {
public:
    MemoryFile(std::string path, std::string_view contents) : path_(std::move(path)) {
        VSILFILE* file = VSIFOpenL(path_.c_str(), "wb");
        VSIFWriteL(contents.data(), 1, contents.size(), file);
        VSIFCloseL(file);
    }
    ~MemoryFile() { VSIUnlink(path_.c_str()); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

std::string failure(const std::string& path) {
    Result<VectorFile> file = readVectorFile(path);
    EXPECT_FALSE(file.ok()) << path << " was read";
    return file.ok() ? std::string() : file.error().message;
}

TEST(VectorReaderMemory, ReadsGeoJson) {
    const MemoryFile file("/vsimem/bashu-memory-test/square.geojson",
                          R"({"type": "FeatureCollection", "features": [{"type": "Feature",
                              "properties": {"name": "a"}, "geometry": {"type": "Polygon",
                              "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}}]})");
    Result<VectorFile> read = readVectorFile(file.path());
    ASSERT_TRUE(read.ok()) << read.error().message;
    EXPECT_EQ(read->driver, "GeoJSON");
    ASSERT_EQ(read->layers.size(), 1u);
    EXPECT_EQ(read->layers[0].geometry.featureCount(), 1u);
    EXPECT_EQ(read->layers[0].geometry.vertexCount(), 5u);
}

TEST(VectorReaderMemory, ReadsCsv) {
    const MemoryFile file("/vsimem/bashu-memory-test/table.csv", "code,value\nA,1.5\nB,2\n");
    Result<VectorFile> read = readVectorFile(file.path());
    ASSERT_TRUE(read.ok()) << read.error().message;
    EXPECT_EQ(read->driver, "CSV");
    ASSERT_EQ(read->layers.size(), 1u);
    EXPECT_EQ(read->layers[0].geometry.featureCount(), 2u);
}

TEST(VectorReaderMemory, MissingAndEmptyFilesAreRefusedAsOnDisk) {
    EXPECT_EQ(failure("/vsimem/bashu-memory-test/nothere.geojson"),
              "/vsimem/bashu-memory-test/nothere.geojson: no such file");
    const MemoryFile empty("/vsimem/bashu-memory-test/empty.geojson", "");
    EXPECT_EQ(failure(empty.path()), empty.path() + ": file is empty");
    ASSERT_EQ(VSIMkdir("/vsimem/bashu-memory-test/folder", 0755), 0);
    EXPECT_EQ(failure("/vsimem/bashu-memory-test/folder"),
              "/vsimem/bashu-memory-test/folder: is a directory, not a file, and holds no vector data GDAL "
              "can open (it is empty; a folder is read when it is a File Geodatabase (.gdb) or holds "
              "Shapefiles)");
    VSIRmdir("/vsimem/bashu-memory-test/folder");
}

TEST(VectorReaderMemory, RemotePathsInsideStayRefused) {
    for (const std::string path : {"/vsimem/../vsicurl/http://127.0.0.1:9/x.geojson",
                                   "/vsimem/http://127.0.0.1:9/x.geojson", "/vsimem//vsis3/bucket/x.geojson"})
        EXPECT_EQ(
            failure(path),
            path + ": remote paths are not opened (network access is off; bashu --allow-network allows it)");
}

}  // namespace
}  // namespace bashu
