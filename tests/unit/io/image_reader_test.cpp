#include "io/image_reader.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <vector>

#include "io/image_writer.h"
#include "support/temp_folder.h"

namespace bashu {
namespace {

using testing::TempFolder;

// Writes a PNG with `bands` bands of the given band-sequential bytes through GDAL itself.
void writeBands(const std::string& path, int w, int h, int bands, const std::vector<uint8_t>& data) {
    GDALAllRegister();
    GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDriver* png = GetGDALDriverManager()->GetDriverByName("PNG");
    ASSERT_TRUE(memory && png);
    GDALDatasetUniquePtr canvas(memory->Create("", w, h, bands, GDT_Byte, nullptr));
    ASSERT_TRUE(canvas);
    ASSERT_EQ(canvas->RasterIO(GF_Write, 0, 0, w, h, const_cast<uint8_t*>(data.data()), w, h, GDT_Byte, bands,
                               nullptr, 0, 0, 0, nullptr),
              CE_None);
    GDALDatasetUniquePtr written(
        png->CreateCopy(path.c_str(), canvas.get(), FALSE, nullptr, nullptr, nullptr));
    ASSERT_TRUE(written);
}

class ImageReader : public ::testing::Test {
protected:
    TempFolder dir{"bashu-image-reader"};
};

TEST_F(ImageReader, ReadsWhatWritePngWrote) {
    Image image(3, 2);
    for (size_t i = 0; i < image.rgba.size(); ++i) image.rgba[i] = uint8_t(i * 9 + 1);
    image.rgba[3] = 0;  // keeps the alpha band
    const std::string path = dir.file("rgba.png");
    ASSERT_TRUE(writePng(image, path).ok());
    Result<Image> read = readImage(path);
    ASSERT_TRUE(read.ok()) << read.error().message;
    EXPECT_EQ(read->width, 3);
    EXPECT_EQ(read->height, 2);
    EXPECT_EQ(read->rgba, image.rgba);
}

TEST_F(ImageReader, GreyIsRepeatedAndMissingAlphaIsOpaque) {
    const std::string grey = dir.file("grey.png");
    writeBands(grey, 2, 1, 1, {10, 200});
    Result<Image> g = readImage(grey);
    ASSERT_TRUE(g.ok()) << g.error().message;
    EXPECT_EQ(g->rgba, (std::vector<uint8_t>{10, 10, 10, 255, 200, 200, 200, 255}));

    const std::string greyAlpha = dir.file("grey-alpha.png");
    writeBands(greyAlpha, 2, 1, 2, {10, 200, 128, 0});
    Result<Image> ga = readImage(greyAlpha);
    ASSERT_TRUE(ga.ok()) << ga.error().message;
    EXPECT_EQ(ga->rgba, (std::vector<uint8_t>{10, 10, 10, 128, 200, 200, 200, 0}));

    const std::string rgb = dir.file("rgb.png");
    writeBands(rgb, 1, 1, 3, {1, 2, 3});
    Result<Image> c = readImage(rgb);
    ASSERT_TRUE(c.ok()) << c.error().message;
    EXPECT_EQ(c->rgba, (std::vector<uint8_t>{1, 2, 3, 255}));
}

TEST_F(ImageReader, ErrorsNameTheFile) {
    const std::string missing = dir.file("missing.png");
    Result<Image> none = readImage(missing);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().message.rfind(missing + ": ", 0), 0u) << none.error().message;

    const std::string text = dir.write("notes.png", "not an image at all");
    Result<Image> bad = readImage(text);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message.rfind(text + ": ", 0), 0u) << bad.error().message;
}

}  // namespace
}  // namespace bashu
