#include "scene/document_inputs.h"

#include <gtest/gtest.h>

#include "support/scene_fixture.h"

namespace bashu {
namespace {

constexpr const char* kPoint = R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [104, 30]}}]})";

TEST_F(Scene, TheWindowOpensTheFilesItCanReadAndNamesTheOthers) {
    write("good.geojson", kPoint);
    write("broken.geojson", R"({"type": "FeatureCollection", "features": [)");
    const std::string good = (dir / "good.geojson").string(), broken = (dir / "broken.geojson").string();
    std::vector<std::string> leftOut;
    Result<MapDocument> d = documentFromReadableFiles({good, broken}, leftOut);
    ASSERT_TRUE(d.ok()) << d.error().message;
    ASSERT_EQ(d->layers.size(), 1u);
    EXPECT_EQ(d->layers[0].name, "good");
    ASSERT_EQ(leftOut.size(), 1u);
    EXPECT_EQ(leftOut[0].rfind(broken + ": ", 0), 0u) << leftOut[0];

    EXPECT_FALSE(documentFromFiles({good, broken}).ok()) << "rendering refuses a map missing a file";
    leftOut.clear();
    Result<MapDocument> none =
        documentFromReadableFiles({broken, (dir / "missing.geojson").string()}, leftOut);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().message.rfind(broken + ": ", 0), 0u) << "none readable: the first one's error";
    EXPECT_EQ(leftOut.size(), 2u);
}

}  // namespace
}  // namespace bashu
