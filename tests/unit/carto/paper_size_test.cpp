#include "carto/paper_size.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(PaperSize, A4At300DpiIsTheUsualPrintSize) {
    Result<PrintSize> size = printSize("A4", 300, Orientation::Portrait);
    ASSERT_TRUE(size.ok()) << size.error().message;
    EXPECT_EQ(size->width, 2480);
    EXPECT_EQ(size->height, 3508);
    EXPECT_FLOAT_EQ(size->pixelScale, 300.0f / 96.0f) << "lines and text keep their size on paper";
}

TEST(PaperSize, LandscapeSwapsTheSides) {
    Result<PrintSize> size = printSize("A5", 72, Orientation::Landscape);
    ASSERT_TRUE(size.ok()) << size.error().message;
    EXPECT_EQ(size->width, 595);
    EXPECT_EQ(size->height, 420);
    EXPECT_FLOAT_EQ(size->pixelScale, 0.75f);
}

TEST(PaperSize, NamesIgnoreCaseAndNorthAmericanSizesAreInInches) {
    const struct {
        const char* name;
        int width, height;
    } cases[] = {{"letter", 612, 792}, {"LEGAL", 612, 1008}, {"Tabloid", 792, 1224}, {"a3", 842, 1191}};
    for (const auto& c : cases) {
        Result<PrintSize> size = printSize(c.name, 72, Orientation::Portrait);
        ASSERT_TRUE(size.ok()) << c.name << ": " << size.error().message;
        EXPECT_EQ(size->width, c.width) << c.name;
        EXPECT_EQ(size->height, c.height) << c.name;
    }
}

TEST(PaperSize, EveryKnownPaperIsPortraitAndWorks) {
    ASSERT_EQ(paperSizes().size(), 9u);
    for (const Paper& paper : paperSizes()) {
        EXPECT_LE(paper.widthMm, paper.heightMm) << paper.name;
        EXPECT_TRUE(printSize(paper.name, 96, Orientation::Portrait).ok()) << paper.name;
    }
}

TEST(PaperSize, AnUnknownNameListsTheKnownOnes) {
    Result<PrintSize> size = printSize("A7", 300, Orientation::Portrait);
    ASSERT_FALSE(size.ok());
    EXPECT_EQ(size.error().message,
              "unknown paper size 'A7' (A5, A4, A3, A2, A1, A0, Letter, Legal, Tabloid)");
}

TEST(PaperSize, ResolutionsOutsideTheRangeAreErrors) {
    EXPECT_TRUE(printSize("A4", kMinPrintDpi, Orientation::Portrait).ok());
    EXPECT_TRUE(printSize("A4", kMaxPrintDpi, Orientation::Portrait).ok());
    Result<PrintSize> low = printSize("A4", kMinPrintDpi - 1, Orientation::Portrait);
    ASSERT_FALSE(low.ok());
    EXPECT_EQ(low.error().message, "resolution 35 dpi is outside 36..1200");
    EXPECT_FALSE(printSize("A4", kMaxPrintDpi + 1, Orientation::Portrait).ok());
}

TEST(PaperSize, ImagesOverTheLimitsSayWhatFits) {
    Result<PrintSize> size = printSize("A0", 600, Orientation::Landscape);
    ASSERT_FALSE(size.ok());
    EXPECT_EQ(size.error().message,
              "A0 at 600 dpi is 28087 x 19866 pixels, more than an export may have (32768 a side, 268 "
              "million in all); use at most 416 dpi");
    Result<PrintSize> fits = printSize("A0", 416, Orientation::Portrait);
    ASSERT_TRUE(fits.ok()) << fits.error().message;
    EXPECT_LE(fits->height, kMaxExportSide);
    EXPECT_LE(static_cast<long long>(fits->width) * fits->height, kMaxExportPixels);
    EXPECT_FALSE(printSize("A0", 417, Orientation::Portrait).ok());
}

}  // namespace
}  // namespace bashu
