// Which reads of a PostGIS layer's view still serve the camera once the user has moved on.
#include "ui/layer_streaming.h"

#include <gtest/gtest.h>

#include "ui/map_view_state.h"

namespace bashu {
namespace {

// A read started for a 1000 x 600 view at 10 units a pixel centred on the origin.
StreamedRead readOfView(bool around, double margin) {
    Camera camera;
    camera.width = 1000;
    camera.height = 600;
    camera.unitsPerPixel = 10;
    StreamedRead read;
    read.box = camera.visibleExtent();
    read.unitsPerPixel = camera.unitsPerPixel;
    read.around = around;
    read.margin = margin;
    return read;
}

// The same view moved right by `views` of its width, at `unitsPerPixel`.
Camera movedBy(double views, double unitsPerPixel = 10) {
    Camera camera;
    camera.width = 1000;
    camera.height = 600;
    camera.unitsPerPixel = unitsPerPixel;
    camera.centerX = views * 1000 * 10;
    return camera;
}

TEST(LayerStreaming, AViewsReadServesAViewMovedByUpToHalfAView) {
    const StreamedRead read = readOfView(false, 0);
    EXPECT_TRUE(readStillWanted(read, movedBy(0)));
    EXPECT_TRUE(readStillWanted(read, movedBy(0.4)));
    EXPECT_FALSE(readStillWanted(read, movedBy(0.6)));
}

TEST(LayerStreaming, AMarginsReadServesOnlyAViewInsideWhatItReads) {
    // 0.3 of a view around: a pan of a quarter stays inside, one of 0.4 leaves it (the view's
    // read starts at once instead of after the margin's).
    const StreamedRead read = readOfView(true, 0.3);
    EXPECT_TRUE(readStillWanted(read, movedBy(0.25)));
    EXPECT_FALSE(readStillWanted(read, movedBy(0.4)));
    EXPECT_FALSE(readStillWanted(read, movedBy(-0.4)));
}

TEST(LayerStreaming, AReadServesOnlyAboutItsDetail) {
    // Half a view around: views twice as coarse and eight times finer all lie inside it.
    const StreamedRead read = readOfView(true, 0.5);
    EXPECT_TRUE(readStillWanted(read, movedBy(0, 20)));
    EXPECT_TRUE(readStillWanted(read, movedBy(0, 5)));
    EXPECT_FALSE(readStillWanted(read, movedBy(0, 4))) << "finer than half its pixel";
    EXPECT_FALSE(readStillWanted(read, movedBy(0, 1.25)));
}

TEST(LayerStreaming, TheStatusSaysWhetherRowsHaveCome) {
    MapViewState state;
    SceneLayer layer;
    layer.id = 7;
    layer.spec.name = "Hexagons";
    state.scene.layers.push_back(layer);
    EXPECT_FALSE(streamingText(state)) << "nothing read";
    StreamedRead read = readOfView(true, 0.3);
    read.layerId = 7;
    state.streams.running.push_back(std::move(read));
    EXPECT_EQ(streamingText(state), "reading Hexagons around this view: waiting for the server");
    *state.streams.running.front().rows = 12345;
    EXPECT_EQ(streamingText(state), "reading Hexagons around this view: 12,345 features");
}

}  // namespace
}  // namespace bashu
