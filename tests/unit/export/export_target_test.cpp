#include "export/export_target.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(ExportTarget, TheExtensionNamesTheFormatInAnyCase) {
    for (const auto& [path, format] : {std::pair{"map.png", ExportFormat::Png},
                                       {"a/MAP.PNG", ExportFormat::Png},
                                       {"map.tif", ExportFormat::GeoTiff},
                                       {"map.TIFF", ExportFormat::GeoTiff},
                                       {"地图.svg", ExportFormat::Svg},
                                       {"map.Pdf", ExportFormat::Pdf}}) {
        Result<ExportTarget> target = exportTarget(path);
        ASSERT_TRUE(target.ok()) << path;
        EXPECT_EQ(target->path, path);
        EXPECT_EQ(target->format, format) << path;
    }
}

TEST(ExportTarget, AnotherExtensionIsRefusedNamingTheFileAndTheFormats) {
    EXPECT_EQ(
        exportTarget("out/map.jpg").error().message,
        "out/map.jpg: cannot write '.jpg' images (use .png, .tif for a GeoTIFF, .svg or .pdf for vectors)");
    EXPECT_FALSE(exportTarget("map").ok());
}

TEST(ExportTarget, OnlyImagesAreDrawnThroughGl) {
    EXPECT_TRUE(drawnThroughGl(ExportFormat::Png));
    EXPECT_TRUE(drawnThroughGl(ExportFormat::GeoTiff));
    EXPECT_FALSE(drawnThroughGl(ExportFormat::Svg));
    EXPECT_FALSE(drawnThroughGl(ExportFormat::Pdf));
}

}  // namespace
}  // namespace bashu
