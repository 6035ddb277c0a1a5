#include "io/shapefile_checks.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>

#include "support/temp_folder.h"

namespace bashu {
namespace {

void putBigEndian(std::string& bytes, size_t at, uint32_t value) {
    for (int i = 0; i < 4; ++i) bytes[at + size_t(i)] = char((value >> (24 - 8 * i)) & 0xFF);
}

// A main file of `actualBytes` whose header gives `headerBytes`, and an index whose one record
// ends at `recordEndBytes`: just the header fields the checks read.
void writeShapefileParts(testing::TempFolder& dir, size_t actualBytes, uint32_t headerBytes,
                         uint32_t recordEndBytes, bool withDbf = true) {
    std::string shp(actualBytes, '\0');
    putBigEndian(shp, 0, 9994);
    putBigEndian(shp, 24, headerBytes / 2);
    dir.write("units.shp", shp);
    std::string shx(108, '\0');
    putBigEndian(shx, 0, 9994);
    putBigEndian(shx, 100, 50);                              // record at byte 100 (word 50)
    putBigEndian(shx, 104, (recordEndBytes - 100 - 8) / 2);  // its content length in words
    dir.write("units.shx", shx);
    if (withDbf) dir.write("units.dbf", "x");
}

TEST(ShapefileChecks, OnlyShpPathsAreShapefiles) {
    EXPECT_TRUE(isShapefilePath("a/units.shp"));
    EXPECT_TRUE(isShapefilePath("UNITS.SHP"));
    EXPECT_FALSE(isShapefilePath("units.geojson"));
}

TEST(ShapefileChecks, AMissingIndexIsNamed) {
    testing::TempFolder dir{"bashu-shp-index"};
    dir.write("units.shp", "x");
    const std::string path = dir.file("units.shp");
    ASSERT_TRUE(missingShapefileIndex(path).has_value());
    EXPECT_EQ(missingShapefileIndex(path)->rfind(
                  path + ": the Shapefile's index " + dir.file("units.shx") + " is missing", 0),
              0u);
    dir.write("units.shx", "x");
    EXPECT_FALSE(missingShapefileIndex(path).has_value());
}

TEST(ShapefileChecks, AWholeFileHasNoFindings) {
    testing::TempFolder dir{"bashu-shp-whole"};
    writeShapefileParts(dir, 300, 300, 300);
    const ShapefileFindings findings = checkShapefile(dir.file("units.shp"));
    EXPECT_FALSE(findings.truncated);
    EXPECT_TRUE(findings.warnings.empty());
}

TEST(ShapefileChecks, AShortFileIsTruncated) {
    testing::TempFolder dir{"bashu-shp-short"};
    writeShapefileParts(dir, 240, 300, 300);
    const ShapefileFindings findings = checkShapefile(dir.file("units.shp"));
    EXPECT_TRUE(findings.truncated);
    ASSERT_EQ(findings.warnings.size(), 1u);
    EXPECT_NE(findings.warnings[0].find("records end at byte 300 but the file has 240 bytes"),
              std::string::npos);
}

TEST(ShapefileChecks, AWrongHeaderLengthIsReportedNotTruncated) {
    testing::TempFolder dir{"bashu-shp-header"};
    writeShapefileParts(dir, 300, 2000000, 300, /*withDbf=*/false);
    const ShapefileFindings findings = checkShapefile(dir.file("units.shp"));
    EXPECT_FALSE(findings.truncated);
    EXPECT_TRUE(findings.missingDbf);
    ASSERT_EQ(findings.warnings.size(), 2u);
    EXPECT_NE(findings.warnings[1].find("header gives a file length of 2000000 bytes but the file has 300"),
              std::string::npos);
}

}  // namespace
}  // namespace bashu
