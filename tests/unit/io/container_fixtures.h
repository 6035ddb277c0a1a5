#pragma once
// Datasets that are folders or archives, written through GDAL itself: an Esri File Geodatabase
// (GDAL's OpenFileGDB writer), a folder of two Shapefiles (one in GBK, declared by its .cpg) and
// zip archives of either (GDAL's /vsizip/ writer), as planners receive them.
#include <cpl_vsi.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "unit/io/vector_fixtures.h"

namespace bashu::testing {

/// A File Geodatabase at `path` (a folder ending in .gdb): layer "districts", two CGCS2000
/// (EPSG:4490) squares with a Chinese name and a population, and layer "roads", one line.
inline void writeFileGeodatabase(const std::string& path) {
    GDALDatasetUniquePtr gdb = createVectorFile("OpenFileGDB", path);
    ASSERT_TRUE(gdb) << "GDAL cannot write a File Geodatabase at " << path;
    OGRSpatialReference cgcs2000 = srsFromEpsg(4490);
    OGRLayer* districts = gdb->CreateLayer("districts", &cgcs2000, wkbPolygon, nullptr);
    ASSERT_NE(districts, nullptr);
    addFields(*districts, {{"name", OFTString}, {"pop", OFTInteger}});
    addFeature(*districts, "POLYGON ((104 30,105 30,105 31,104 31,104 30))", {std::string("锦江区"), 90LL});
    addFeature(*districts, "POLYGON ((105 30,106 30,106 31,105 31,105 30))", {std::string("青羊区"), 10LL});
    OGRLayer* roads = gdb->CreateLayer("roads", &cgcs2000, wkbLineString, nullptr);
    ASSERT_NE(roads, nullptr);
    addFeature(*roads, "LINESTRING (104 30,106 31)");
}

/// Two Shapefiles in `folder`: "towns", three WGS 84 points whose names are GBK (its .cpg says
/// so), and "rivers", one line.
inline void writeShapefileFolder(const std::string& folder) {
    std::filesystem::create_directories(folder);
    OGRSpatialReference wgs84 = srsFromEpsg(4326);
    {
        GDALDatasetUniquePtr towns = createVectorFile("ESRI Shapefile", folder + "/towns.shp");
        ASSERT_TRUE(towns);
        const char* gbk[] = {"ENCODING=GBK", nullptr};
        OGRLayer* layer = towns->CreateLayer("towns", &wgs84, wkbPoint, const_cast<char**>(gbk));
        ASSERT_NE(layer, nullptr);
        addFields(*layer, {{"name", OFTString}});
        addFeature(*layer, "POINT (104.06 30.67)", {std::string("成都")});
        addFeature(*layer, "POINT (106.55 29.56)", {std::string("重庆")});
        addFeature(*layer, "POINT (104.78 29.35)", {std::string("自贡")});
    }
    GDALDatasetUniquePtr rivers = createVectorFile("ESRI Shapefile", folder + "/rivers.shp");
    ASSERT_TRUE(rivers);
    OGRLayer* layer = rivers->CreateLayer("rivers", &wgs84, wkbLineString, nullptr);
    ASSERT_NE(layer, nullptr);
    addFeature(*layer, "LINESTRING (104 30.5,105 30,106.5 29.5)");
}

/// Adds the files of `folder` (and its subfolders) to the zip archive `zip`, under `inside`
/// ("" for the archive's top, else a folder path ending in "/"), through GDAL's /vsizip/ writer.
/// Files written in a row go into one archive.
inline void zipFolder(const std::string& folder, const std::string& zip, const std::string& inside) {
    namespace fs = std::filesystem;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(folder)) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string target =
            "/vsizip/" + zip + "/" + inside + fs::relative(entry.path(), folder).string();
        VSILFILE* out = VSIFOpenL(target.c_str(), "wb");
        ASSERT_NE(out, nullptr) << target;
        EXPECT_EQ(VSIFWriteL(bytes.data(), 1, bytes.size(), out), bytes.size()) << target;
        VSIFCloseL(out);
    }
}

}  // namespace bashu::testing
