#include "core/data_path.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(DataPath, UrlsAndNetworkFileSystemsAreRemote) {
    for (const char* path :
         {"https://example.com/x.geojson", "http://example.com/x.shp", "ftp://host/x.gpkg",
          "/vsicurl/http://example.com/x.geojson", "/vsicurl_streaming/http://example.com/x",
          "/vsicurl?url=http%3A%2F%2Fexample.com%2Fx.geojson", "/vsis3/bucket/x.gpkg",
          "/vsis3_streaming/bucket/x.geojson", "/vsigs/bucket/x.shp", "/vsiaz/container/x.shp",
          "/vsiadls/fs/x.shp", "/vsioss/bucket/x.shp", "/vsiswift/c/x.shp", "/vsiwebhdfs/x.shp",
          "/vsihdfs/x.shp", "/vsizip//vsis3/bucket/shapes.zip/a.shp",
          "/vsizip/{/vsis3/bucket/shapes.zip}/a.shp", "/vsis3"})
        EXPECT_TRUE(isRemotePath(path)) << path;
}

TEST(DataPath, LocalPathsAreNot) {
    for (const char* path :
         {"/data/districts.geojson", "relative/roads.shp", "C:\\maps\\roads.shp",
          "/data/vsis3-export/roads.shp", "/home/me/vsicurlnotes.geojson", "/data/vsis3/roads.shp",
          "/vsizip//data/shapes.zip/a.shp", "/vsimem/x.geojson", "/vsigzip//data/x.geojson.gz", ""})
        EXPECT_FALSE(isRemotePath(path)) << path;
}

TEST(DataPath, EachPathHasOnePlace) {
    EXPECT_EQ(dataPath("/data/districts.geojson").place, PathPlace::Local);
    EXPECT_EQ(dataPath("relative/roads.shp").place, PathPlace::Local);
    EXPECT_EQ(dataPath("/vsimem/x.geojson").place, PathPlace::GdalMemory);
    EXPECT_EQ(dataPath("/vsizip//data/shapes.zip/a.shp").place, PathPlace::GdalVirtual);
    EXPECT_EQ(dataPath("/vsigzip//data/x.geojson.gz").place, PathPlace::GdalVirtual);
    EXPECT_EQ(dataPath("/vsizip//vsis3/bucket/shapes.zip/a.shp").place, PathPlace::Remote);
    EXPECT_EQ(dataPath("https://example.com/x.geojson").place, PathPlace::Remote);
    EXPECT_TRUE(dataPath("/data/x.shp").local());
    EXPECT_TRUE(dataPath("/vsicurl/http://example.com/x").remote());
}

TEST(DataPath, KeepsThePathAsGivenAndItsExtensionLowerCased) {
    const DataPath path = dataPath("Data/Counties.SHP.ZIP");
    EXPECT_EQ(path.path, "Data/Counties.SHP.ZIP");
    EXPECT_EQ(path.extension, ".zip");
    EXPECT_EQ(dataPath("https://example.com/api?f=geojson").extension, "");
}

}  // namespace
}  // namespace bashu

namespace bashu {
namespace {

TEST(DataPath, PostgisConnectionsAreDatabasesNotFiles) {
    EXPECT_EQ(dataPath("PG:service=atlas").place, PathPlace::Database);
    EXPECT_EQ(dataPath("pg:dbname=x").place, PathPlace::Database);
    EXPECT_EQ(dataPath("pgdata/units.gpkg").place, PathPlace::Local);
}

TEST(DataPath, APasswordInAConnectionIsFoundInEitherForm) {
    EXPECT_TRUE(namesPassword("PG:host=db password=x"));
    EXPECT_TRUE(namesPassword("PG:host=db PASSWORD = x"));
    EXPECT_TRUE(namesPassword("PG:postgresql://planner:hunter2@db/atlas"));
    EXPECT_TRUE(namesPassword("PG:postgresql://db/atlas?user=planner&password=x"));
    EXPECT_FALSE(namesPassword("PG:service=atlas"));
    EXPECT_FALSE(namesPassword("PG:postgresql://planner@db:5432/atlas"));
    EXPECT_FALSE(namesPassword("PG:dbname=passwords_archive"));
}

TEST(DataPath, APasswordIsTakenOutOfAConnectionAndTheRestKept) {
    EXPECT_EQ(withoutPassword("host=db password=hunter2 dbname=atlas"), "host=db dbname=atlas");
    EXPECT_EQ(withoutPassword("password = 'two words \\' quoted' user=planner"), " user=planner");
    EXPECT_EQ(withoutPassword("host=db PASSWORD=x"), "host=db");
    EXPECT_EQ(withoutPassword("postgresql://planner:hunter2@db:5432/atlas"),
              "postgresql://planner@db:5432/atlas");
    EXPECT_EQ(withoutPassword("postgresql://db/atlas?user=planner&password=x&sslmode=require"),
              "postgresql://db/atlas?user=planner&sslmode=require");
    EXPECT_EQ(withoutPassword("dbname=passwords_archive"), "dbname=passwords_archive");
    for (const char* typed :
         {"host=db password=a password=b", "password='x", "postgresql://u:p@h/d?password=q"})
        EXPECT_FALSE(namesPassword(withoutPassword(typed))) << typed;
}

}  // namespace
}  // namespace bashu
