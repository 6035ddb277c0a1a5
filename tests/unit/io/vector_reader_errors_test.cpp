// Files the reader must refuse, each with one message naming the file and the problem.
#include <arpa/inet.h>
#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gtest/gtest.h>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <optional>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <optional>
#include <random>
#include <thread>

#include "io/network_access.h"
#include "io/vector_reader.h"
#include "support/temp_folder.h"
#include "unit/io/vector_fixtures.h"

namespace bashu {
namespace {

using testing::addFeature;
using testing::addFields;
using testing::createVectorFile;
using testing::srsFromEpsg;
using testing::TempFolder;

class VectorReaderErrors : public ::testing::Test {
protected:
    // The message readVectorFile gives for `path`, which must fail.
    static std::string failure(const std::string& path) {
        Result<VectorFile> file = readVectorFile(path);
        EXPECT_FALSE(file.ok()) << path << " was read";
        return file.ok() ? std::string() : file.error().message;
    }

    // Writes a small point Shapefile (.shp, .shx, .dbf, .prj) and returns the .shp path.
    std::string writeShapefile(const std::string& name) {
        const std::string path = dir.file(name + ".shp");
        GDALDatasetUniquePtr ds = createVectorFile("ESRI Shapefile", path);
        EXPECT_TRUE(ds);
        if (!ds) return path;
        OGRSpatialReference cgcs = srsFromEpsg(4544);
        OGRLayer* layer = ds->CreateLayer(name.c_str(), &cgcs, wkbPoint, nullptr);
        addFields(*layer, {{"pop", OFTInteger}});
        addFeature(*layer, "POINT (410479.4236 3393319.1755)", {150LL});
        addFeature(*layer, "POINT (410500 3393400)", {50LL});
        return path;
    }

    TempFolder dir{"bashu-vector-errors"};
};

TEST_F(VectorReaderErrors, MissingFile) {
    const std::string path = dir.file("nothere.geojson");
    EXPECT_EQ(failure(path), path + ": no such file");
    Result<std::vector<std::string>> names = listLayerNames(path);
    ASSERT_FALSE(names.ok());
    EXPECT_EQ(names.error().message, path + ": no such file");
}

// GDAL's other file systems (a gzip file here) are GDAL's to look in: a missing file is still
// "no such file", and one that is there is read.
TEST_F(VectorReaderErrors, AGdalVirtualPathIsLookedUpThroughGdal) {
    const std::string missing = "/vsigzip/" + dir.file("nothere.geojson.gz");
    EXPECT_EQ(failure(missing), missing + ": no such file");

    const std::string zipped = "/vsigzip/" + dir.file("point.geojson.gz");
    const std::string text = R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
                             R"("properties":{"n":1},"geometry":{"type":"Point","coordinates":[104,30]}}]})";
    VSILFILE* out = VSIFOpenL(zipped.c_str(), "wb");
    ASSERT_NE(out, nullptr);
    ASSERT_EQ(VSIFWriteL(text.data(), 1, text.size(), out), text.size());
    VSIFCloseL(out);
    Result<VectorFile> file = readVectorFile(zipped);
    ASSERT_TRUE(file.ok()) << file.error().message;
    ASSERT_EQ(file->layers.size(), 1u);
    EXPECT_EQ(file->layers[0].featureCount(), 1u);
}

TEST_F(VectorReaderErrors, DirectoryWithoutVectorData) {
    // A folder of Shapefiles is read (container_datasets_test.cpp); one of notes is not.
    dir.write("notes.txt", "minutes");
    const std::string path = dir.path().string();
    EXPECT_EQ(failure(path),
              path +
                  ": is a directory, not a file, and holds no vector data GDAL can open (it holds "
                  "1 entry: notes.txt; a folder is read when it is a File Geodatabase (.gdb) or "
                  "holds Shapefiles)");
}

TEST_F(VectorReaderErrors, EmptyFile) {
    const std::string path = dir.write("empty.geojson", "");
    EXPECT_EQ(failure(path), path + ": file is empty");
}

TEST_F(VectorReaderErrors, TruncatedGeoJson) {
    const std::string path = dir.write(
        "truncated.geojson",
        R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"a": 1}, "geometry": {"type": "Poi)");
    // Where the file breaks, so it can be fixed: the string is cut at the end of line 1.
    EXPECT_EQ(failure(path), path +
                                 ": not valid JSON at line 1, column 113: syntax error while parsing value - "
                                 "invalid string: missing closing quote; last read: '\"Poi'");
}

TEST_F(VectorReaderErrors, AJsonSyntaxErrorNamesItsLine) {
    const std::string path = dir.write("missing-comma.geojson",
                                       "{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": "
                                       "\"Feature\" \"geometry\": null}\n]}");
    const std::string message = failure(path);
    EXPECT_NE(message.find("not valid JSON at line 3, column "), std::string::npos) << message;
}

TEST_F(VectorReaderErrors, JsonThatIsNotGeoJson) {
    const std::string path = dir.write("settings.geojson", R"({"a": 1})");
    EXPECT_EQ(failure(path), path + ": not a vector format that can be read");
    const std::string json = dir.write("settings.json", R"({"a": 1})");
    EXPECT_EQ(failure(json), json + ": not a vector format that can be read");
}

TEST_F(VectorReaderErrors, RandomBytesWithShpExtension) {
    std::mt19937 random(42);
    std::string bytes(512, '\0');
    for (char& c : bytes) c = char(random() & 0xff);
    const std::string path = dir.write("noise.shp", bytes);
    dir.write("noise.shx", bytes);
    EXPECT_EQ(failure(path), path + ": not a vector format that can be read");
}

TEST_F(VectorReaderErrors, ShapefileWithoutShx) {
    const std::string path = writeShapefile("noindex");
    std::filesystem::remove(dir.file("noindex.shx"));
    const std::string base = dir.file("noindex");
    EXPECT_EQ(failure(path),
              path + ": the Shapefile's index " + base +
                  ".shx is missing (a Shapefile is several files: copy the .shx, .dbf and .prj with "
                  "the .shp)");
}

TEST_F(VectorReaderErrors, ShapefileWithoutDbfIsReadWithoutAttributesAndSaysSo) {
    const std::string path = writeShapefile("notable");
    std::filesystem::remove(dir.file("notable.dbf"));
    Result<VectorFile> file = readVectorFile(path);
    ASSERT_TRUE(file.ok()) << file.error().message;
    ASSERT_EQ(file->layers.size(), 1u);
    const Layer& layer = file->layers[0];
    EXPECT_EQ(layer.featureCount(), 2u);
    EXPECT_EQ(layer.geometry.xy, (std::vector<double>{410479.4236, 3393319.1755, 410500, 3393400}));
    EXPECT_TRUE(layer.attributes.columns.empty());
    EXPECT_EQ(layer.epsg, 4544);
    ASSERT_EQ(layer.report.warnings.size(), 1u);
    EXPECT_EQ(layer.report.warnings[0], "no attribute file " + dir.file("notable.dbf") +
                                            " beside the Shapefile: features have no attributes");
}

TEST_F(VectorReaderErrors, FilterOnAShapefileWithoutDbfNamesTheFile) {
    const std::string path = writeShapefile("nofields");
    std::filesystem::remove(dir.file("nofields.dbf"));
    ReadOptions options;
    options.attributeFilter = "pop > 100";
    Result<VectorFile> file = readVectorFile(path, options);
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().message.rfind(path + ": layer 'nofields': invalid filter 'pop > 100': ", 0), 0u)
        << file.error().message;
}

// ---------------------------------------------------------------------------------------------
// Remote paths: refused before GDAL could reach the network.

// A local TCP listener standing in for an HTTP proxy: it accepts and drops every connection and
// counts them, so a test can tell whether GDAL tried to fetch anything.
class ConnectionTrap {
public:
    ConnectionTrap() {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        bound_ = fd_ >= 0 && ::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                 ::listen(fd_, 16) == 0;
        socklen_t length = sizeof address;
        if (bound_ && ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0)
            port_ = ntohs(address.sin_port);
        if (bound_) thread_ = std::thread([this] { serve(); });
    }
    ~ConnectionTrap() {
        stop_ = true;
        if (thread_.joinable()) thread_.join();
        if (fd_ >= 0) ::close(fd_);
    }
    ConnectionTrap(const ConnectionTrap&) = delete;
    ConnectionTrap& operator=(const ConnectionTrap&) = delete;

    bool ready() const { return bound_ && port_ != 0; }
    std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
    int connections() const { return connections_; }
    // Waits up to `limit` for more than `count` connections in all.
    bool awaitMoreThan(int count, std::chrono::milliseconds limit) const {
        const auto end = std::chrono::steady_clock::now() + limit;
        while (connections_ <= count && std::chrono::steady_clock::now() < end)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        return connections_ > count;
    }

private:
    void serve() {
        while (!stop_) {
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, 10) > 0) {
                const int client = ::accept(fd_, nullptr, nullptr);
                if (client >= 0) {
                    ++connections_;
                    ::close(client);
                }
            }
        }
    }

    int fd_ = -1;
    bool bound_ = false;
    uint16_t port_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<int> connections_{0};
    std::thread thread_;
};

// Sets a GDAL configuration option for the scope.
class ScopedConfig {
public:
    ScopedConfig(const char* key, const char* value) : key_(key) {
        if (const char* old = CPLGetConfigOption(key, nullptr)) previous_ = old;
        CPLSetConfigOption(key, value);
    }
    // Puts back what was there: the reader's own settings outlive this test in the same process.
    ~ScopedConfig() { CPLSetConfigOption(key_, previous_ ? previous_->c_str() : nullptr); }
    ScopedConfig(const ScopedConfig&) = delete;
    ScopedConfig& operator=(const ScopedConfig&) = delete;

private:
    const char* key_;
    std::optional<std::string> previous_;
};

TEST(RemotePaths, AreRefusedWithoutAnyConnection) {
    ConnectionTrap trap;
    ASSERT_TRUE(trap.ready());
    GDALAllRegister();
    // Every HTTP request GDAL makes goes to the trap, and gives up at once.
    ScopedConfig proxy("GDAL_HTTP_PROXY", trap.address().c_str());
    ScopedConfig timeout("GDAL_HTTP_TIMEOUT", "2");
    ScopedConfig connectTimeout("GDAL_HTTP_CONNECTTIMEOUT", "2");
    ScopedConfig retries("GDAL_HTTP_MAX_RETRY", "0");
    const std::string paths[] = {"/vsicurl/http://example.com/x.geojson", "https://example.com/x.geojson"};

    // The trap works: GDAL opening a URL itself does connect (once the reader's block on GDAL's
    // HTTP file systems, set by any earlier read in this process, is lifted for the check).
    for (const std::string& path : paths) {
        ScopedConfig open("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", nullptr);
        const int before = trap.connections();
        CPLPushErrorHandler(CPLQuietErrorHandler);
        GDALDatasetUniquePtr direct(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        CPLPopErrorHandler();
        EXPECT_FALSE(direct);
        EXPECT_TRUE(trap.awaitMoreThan(before, std::chrono::milliseconds(500))) << path;
    }
    VSICurlClearCache();

    const int before = trap.connections();
    for (const std::string& path : paths) {
        Result<VectorFile> file = readVectorFile(path);
        ASSERT_FALSE(file.ok());
        EXPECT_EQ(
            file.error().message,
            path + ": remote paths are not opened (network access is off; bashu --allow-network allows it)");
        Result<std::vector<std::string>> names = listLayerNames(path);
        ASSERT_FALSE(names.ok());
        EXPECT_EQ(
            names.error().message,
            path + ": remote paths are not opened (network access is off; bashu --allow-network allows it)");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    EXPECT_EQ(trap.connections(), before) << "the reader connected to the network";
}

TEST(RemotePaths, AreOpenedWhenTheUserAllowsIt) {
    ConnectionTrap trap;
    ASSERT_TRUE(trap.ready());
    struct Allowed {  // back to the default even when an assertion fails
        Allowed() { allowNetworkAccess(true); }
        ~Allowed() { allowNetworkAccess(false); }
    } allowed;
    ScopedConfig timeout("GDAL_HTTP_TIMEOUT", "2");
    ScopedConfig retries("GDAL_HTTP_MAX_RETRY", "0");
    const std::string path = "/vsicurl/http://" + trap.address() + "/allowed.geojson";
    const int before = trap.connections();
    Result<VectorFile> file = readVectorFile(path);
    EXPECT_FALSE(file.ok()) << "the trap serves nothing";
    EXPECT_TRUE(trap.awaitMoreThan(before, std::chrono::milliseconds(2000))) << "the reader asked the server";
    VSICurlClearCache();
}

}  // namespace
}  // namespace bashu
