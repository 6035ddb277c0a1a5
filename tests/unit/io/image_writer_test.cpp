#include "io/image_writer.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>
#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/temp_folder.h"

namespace bashu {
namespace {

using testing::TempFolder;

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A w x h image whose every byte is different from its neighbours (so it does not compress well).
Image pattern(int w, int h, bool opaque) {
    Image image(w, h);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            uint8_t* p = &image.rgba[(size_t(y) * size_t(w) + size_t(x)) * 4];
            p[0] = uint8_t(x * 37 + y * 11);
            p[1] = uint8_t(x * 5 + y * 101 + 7);
            p[2] = uint8_t((x ^ y) * 29 + 3);
            p[3] = opaque ? 255 : uint8_t(x * 13 + y * 17);
        }
    return image;
}

struct Decoded {
    int width = 0, height = 0, bands = 0;
    std::string driver;
    std::vector<uint8_t> rgba;  // 4 bytes a pixel; alpha 255 when the file has 3 bands
};

Decoded decode(const std::string& path) {
    Decoded d;
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!ds) return d;
    d.width = ds->GetRasterXSize();
    d.height = ds->GetRasterYSize();
    d.bands = ds->GetRasterCount();
    d.driver = ds->GetDriver()->GetDescription();
    d.rgba.assign(size_t(d.width) * size_t(d.height) * 4, 255);
    if (ds->RasterIO(GF_Read, 0, 0, d.width, d.height, d.rgba.data(), d.width, d.height, GDT_Byte,
                     std::min(d.bands, 4), nullptr, 4, GSpacing(d.width) * 4, 1, nullptr) != CE_None)
        d.rgba.clear();
    return d;
}

class ImageWriter : public ::testing::Test {
protected:
    TempFolder dir{"bashu-image-writer"};
};

TEST_F(ImageWriter, AnOpaqueImageIsWrittenAsRgb) {
    const Image image = pattern(7, 5, true);
    const std::string path = dir.file("opaque.png");
    Status written = writePng(image, path);
    ASSERT_TRUE(written.ok()) << written.error().message;
    const Decoded d = decode(path);
    EXPECT_EQ(d.driver, "PNG");
    EXPECT_EQ(d.width, 7);
    EXPECT_EQ(d.height, 5);
    EXPECT_EQ(d.bands, 3);
    EXPECT_EQ(d.rgba, image.rgba);
    EXPECT_EQ(dir.entryCount(), 1u) << "no temporary or side-car file is left";
}

TEST_F(ImageWriter, TransparencyKeepsTheAlphaBand) {
    Image image = pattern(6, 4, true);
    image.rgba[(1 * 6 + 2) * 4 + 3] = 0;  // one transparent pixel is enough
    const std::string path = dir.file("alpha.png");
    ASSERT_TRUE(writePng(image, path).ok());
    const Decoded d = decode(path);
    EXPECT_EQ(d.bands, 4);
    EXPECT_EQ(d.rgba, image.rgba);

    const Image translucent = pattern(9, 3, false);
    ASSERT_TRUE(writePng(translucent, path).ok()) << "replaces the first file";
    const Decoded e = decode(path);
    EXPECT_EQ(e.width, 9);
    EXPECT_EQ(e.height, 3);
    EXPECT_EQ(e.bands, 4);
    EXPECT_EQ(e.rgba, translucent.rgba);
    EXPECT_EQ(dir.entryCount(), 1u);
}

TEST_F(ImageWriter, ALargeImageDeflatedInPartsDecodesToTheSamePixels) {
    // Megabytes of rows: deflated in parts on several threads and joined into one zlib stream,
    // whose checksum libpng verifies.
    for (const bool opaque : {true, false}) {
        Image image = pattern(1200, 700, opaque);
        // Flat areas and edges as on a map, beside the noise.
        for (int y = 100; y < 600; ++y)
            for (int x = 200; x < 900; ++x)
                std::copy_n(opaque ? "\xfe\xd9\x76\xff" : "\xfe\xd9\x76\x80", 4,
                            &image.rgba[(size_t(y) * 1200 + size_t(x)) * 4]);
        const std::string path = dir.file(opaque ? "large.png" : "large-alpha.png");
        ASSERT_TRUE(writePng(image, path).ok());
        const Decoded d = decode(path);
        EXPECT_EQ(d.width, 1200);
        EXPECT_EQ(d.height, 700);
        EXPECT_EQ(d.bands, opaque ? 3 : 4);
        EXPECT_TRUE(d.rgba == image.rgba) << (opaque ? "opaque" : "translucent");
    }
}

TEST_F(ImageWriter, AMissingFolderFailsAndCreatesNothing) {
    const std::string path = (dir.path() / "nowhere" / "map.png").string();
    Status written = writePng(pattern(2, 2, true), path);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().message,
              path + ": folder " + (dir.path() / "nowhere").string() + " does not exist");
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "nowhere"));
    EXPECT_EQ(dir.entryCount(), 0u);
}

TEST_F(ImageWriter, AnEmptyImageIsRefused) {
    const std::string path = dir.file("empty.png");
    Status written = writePng(Image{}, path);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().message, path + ": nothing to write (empty image)");
    EXPECT_EQ(dir.entryCount(), 0u);
}

TEST_F(ImageWriter, APixelBufferOfTheWrongSizeIsRefused) {
    Image image(4, 4);
    image.rgba.resize(4 * 4 * 4 - 4);  // one pixel short: must not read past the buffer
    const std::string path = dir.file("short.png");
    Status written = writePng(image, path);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().message, path + ": image buffer holds 60 bytes, 4 x 4 RGBA needs 64");
    EXPECT_EQ(dir.entryCount(), 0u);
}

TEST_F(ImageWriter, AFailedWriteLeavesTheExistingFileUntouched) {
    const std::string path = dir.file("map.png");
    ASSERT_TRUE(writePng(pattern(8, 8, true), path).ok());
    const std::string before = readAll(path);
    ASSERT_GT(before.size(), 100u);

    // Make the disk "full" for this process: no file may grow past 100 bytes, and writing more
    // fails with EFBIG instead of raising SIGXFSZ.
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    void (*previous)(int) = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 100;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    Status written = writePng(pattern(64, 64, false), path);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);

    ASSERT_FALSE(written.ok()) << "a 64 x 64 noisy PNG cannot fit in 100 bytes";
    EXPECT_EQ(written.error().message, path + ": write failed (disk full?)");
    EXPECT_EQ(readAll(path), before);
    EXPECT_EQ(decode(path).width, 8);
    EXPECT_EQ(dir.entryCount(), 1u) << "the temporary file is removed";
}

TEST_F(ImageWriter, ADirectoryAtThePathIsNotReplaced) {
    const std::filesystem::path folder = dir.path() / "map.png";
    std::filesystem::create_directory(folder);
    Status written = writePng(pattern(2, 2, true), folder.string());
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().message, folder.string() + ": is a directory");
    EXPECT_TRUE(std::filesystem::is_directory(folder));
    EXPECT_EQ(dir.entryCount(), 1u);
}

TEST_F(ImageWriter, APrintPngSaysItsResolution) {
    const std::string path = dir.file("print.png");
    ASSERT_TRUE(writePng(pattern(6, 4, true), path, 300).ok());
    const std::string bytes = readAll(path);
    const size_t at = bytes.find("pHYs");
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(at, 8u + 25u + 4u) << "right after IHDR";
    auto u32 = [&](size_t i) {
        return uint32_t(uint8_t(bytes[i])) << 24 | uint32_t(uint8_t(bytes[i + 1])) << 16 |
               uint32_t(uint8_t(bytes[i + 2])) << 8 | uint32_t(uint8_t(bytes[i + 3]));
    };
    EXPECT_EQ(u32(at + 4), 11811u) << "300 dpi is 11811 pixels per metre";
    EXPECT_EQ(u32(at + 8), 11811u);
    EXPECT_EQ(bytes[at + 12], 1) << "unit: metre";
    const Decoded d = decode(path);
    EXPECT_EQ(d.width, 6) << "still a valid PNG (GDAL's libpng checks the chunk's CRC)";
    EXPECT_EQ(d.rgba, pattern(6, 4, true).rgba);
}

TEST_F(ImageWriter, AGeoTiffCarriesItsPlaceOnTheMap) {
    const std::string path = dir.file("map.tif");
    const GeoReference where{500000.0, 3400000.0, 25.0, 25.0, "EPSG:4544"};
    Status written = writeGeoTiff(pattern(8, 6, false), where, path);
    ASSERT_TRUE(written.ok()) << written.error().message;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    EXPECT_STREQ(ds->GetDriver()->GetDescription(), "GTiff");
    double t[6] = {};
    ASSERT_EQ(ds->GetGeoTransform(t), CE_None);
    EXPECT_DOUBLE_EQ(t[0], 500000.0);
    EXPECT_DOUBLE_EQ(t[1], 25.0);
    EXPECT_DOUBLE_EQ(t[3], 3400000.0);
    EXPECT_DOUBLE_EQ(t[5], -25.0);
    const OGRSpatialReference* crs = ds->GetSpatialRef();
    ASSERT_NE(crs, nullptr);
    EXPECT_STREQ(crs->GetAuthorityCode(nullptr), "4544");
    EXPECT_EQ(decode(path).rgba, pattern(8, 6, false).rgba);
}

TEST_F(ImageWriter, AGeoTiffWithoutAUsableCrsIsRefused) {
    const std::string path = dir.file("nowhere.tif");
    Status written = writeGeoTiff(pattern(2, 2, true), GeoReference{0, 0, 1, 1, "no such crs"}, path);
    ASSERT_FALSE(written.ok());
    EXPECT_NE(written.error().message.find("nowhere.tif"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
}  // namespace bashu
