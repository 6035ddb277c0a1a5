#include "core/file_extension.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(FileExtension, LowerCasedWithItsDot) {
    EXPECT_EQ(lowerExtension("A.GeoJSON"), ".geojson");
    EXPECT_EQ(lowerExtension("/data/Sichuan/COUNTIES.SHP"), ".shp");
    EXPECT_EQ(lowerExtension("map.json"), ".json");
    EXPECT_EQ(lowerExtension("四川省.TIF"), ".tif") << "a Chinese name keeps its extension";
    EXPECT_EQ(lowerExtension("map.Ü"), ".Ü") << "only ASCII letters change";
}

TEST(FileExtension, OnlyTheLastComponentsLastDot) {
    EXPECT_EQ(lowerExtension("archive.shp.zip"), ".zip");
    EXPECT_EQ(lowerExtension("/dir.x/file"), "") << "a dot in a folder's name is no extension";
    EXPECT_EQ(lowerExtension("dir.X/"), "") << "a path ending in a slash names no file";
    EXPECT_EQ(lowerExtension("/vsizip//tmp/a.zip/roads.SHP"), ".shp");
}

TEST(FileExtension, NamesWithoutOne) {
    EXPECT_EQ(lowerExtension(""), "");
    EXPECT_EQ(lowerExtension("README"), "");
    EXPECT_EQ(lowerExtension(".profile"), "") << "a hidden file's name is not an extension";
    EXPECT_EQ(lowerExtension(".."), "");
    EXPECT_EQ(lowerExtension("name."), ".");
}

}  // namespace
}  // namespace bashu
