// A scene built for one export skips the full meshes of a large polygon layer the export draws
// at a coarser detail level, building that level alone, and builds the full meshes (and no
// level) where the export's scale needs them.
#include <gtest/gtest.h>

#include <sstream>

#include "export/render_scene.h"
#include "scene/map_scene.h"
#include "support/scene_fixture.h"

namespace bashu {
namespace {

// 45,000 small squares of five vertices each: past the 200,000 vertices detail levels start at.
std::string denseGrid() {
    std::ostringstream out;
    out << R"({"type": "FeatureCollection", "features": [)";
    for (int i = 0; i < 45000; ++i) {
        const double x = 104.0 + (i % 300) * 0.01, y = 30.0 + (i / 300) * 0.01;
        out << (i ? "," : "")
            << R"({"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[)"
            << x << "," << y << "],[" << x + 0.009 << "," << y << "],[" << x + 0.009 << "," << y + 0.009
            << "],[" << x << "," << y + 0.009 << "],[" << x << "," << y << "]]]}}";
    }
    out << "]}";
    return out.str();
}

// A document of the dense grid, written in the fixture's folder.
class DenseGrid : public Scene {
protected:
    MapDocument gridDocument() {
        write("grid.geojson", denseGrid());
        MapDocument d;
        LayerSpec layer;
        layer.source = (dir / "grid.geojson").string();
        d.layers.push_back(layer);
        return d;
    }
};

TEST_F(DenseGrid, AnExportSeenWholeSkipsTheFullMeshesAndAZoomedOneBuildsThem) {
    MapDocument d = gridDocument();

    Result<MapScene> everything = buildScene(d);
    ASSERT_TRUE(everything.ok()) << everything.error().message;
    ASSERT_FALSE(everything->layers[0].meshes.levels.empty()) << "the grid must be large enough for levels";
    EXPECT_FALSE(everything->layers[0].fullMeshesSkipped);
    EXPECT_GT(everything->layers[0].meshes.fill.indices.size(), 0u);

    // Seen whole in 400 pixels, a square is under 2 pixels: drawn as a dot of a coarse level.
    SceneBuildOptions whole;
    whole.exportCamera = [](const MapScene& scene) {
        return Camera::fit(shownExtent(scene.layers), 400, 300, 0);
    };
    Result<MapScene> small = buildScene(d, whole);
    ASSERT_TRUE(small.ok()) << small.error().message;
    EXPECT_TRUE(small->layers[0].fullMeshesSkipped);
    EXPECT_TRUE(small->layers[0].meshes.fill.indices.empty());
    // The one level the export draws, the one the window would choose at its scale.
    ASSERT_EQ(small->layers[0].meshes.levels.size(), 1u);
    const Camera wholeCamera = Camera::fit(shownExtent(small->layers), 400, 300, 0);
    const std::vector<double> all = levelDotSizes(everything->layers[0].meshes.levels);
    const int chosen = chooseDetailLevel(all, wholeCamera.unitsPerPixel);
    ASSERT_GE(chosen, 0);
    // The same level or one drawing the same (every square a dot in both), and drawn at this scale.
    const DetailLevel& built = small->layers[0].meshes.levels[0];
    EXPECT_EQ(built.dots.dotCount(), everything->layers[0].meshes.levels[size_t(chosen)].dots.dotCount());
    EXPECT_EQ(built.fill.indices.size(),
              everything->layers[0].meshes.levels[size_t(chosen)].fill.indices.size());
    EXPECT_EQ(chooseDetailLevel(levelDotSizes(small->layers[0].meshes.levels), wholeCamera.unitsPerPixel), 0);

    // Zoomed to a few squares, the full meshes are needed.
    SceneBuildOptions zoomed;
    zoomed.exportCamera = [](const MapScene& scene) {
        Camera camera = Camera::fit(shownExtent(scene.layers), 400, 300, 0);
        camera.unitsPerPixel /= 200.0;
        return camera;
    };
    Result<MapScene> large = buildScene(d, zoomed);
    ASSERT_TRUE(large.ok());
    // Still the meshes of one view (lines simplified for it), but at full detail.
    EXPECT_TRUE(large->layers[0].fullMeshesSkipped);
    EXPECT_TRUE(large->layers[0].meshes.levels.empty());
    EXPECT_EQ(large->layers[0].meshes.fill.indices.size(), everything->layers[0].meshes.fill.indices.size());
}

TEST_F(DenseGrid, AnExportBuildsNoOutlinesOfNoWidth) {
    MapDocument d = gridDocument();
    // Whole (a coarse level) and zoomed in (the full meshes of the view).
    for (const double zoom : {1.0, 200.0}) {
        SceneBuildOptions options;
        options.exportCamera = [zoom](const MapScene& scene) {
            Camera camera = Camera::fit(shownExtent(scene.layers), 400, 300, 0);
            camera.unitsPerPixel /= zoom;
            return camera;
        };
        d.layers[0].stroke.width = 0.0;
        Result<MapScene> bare = buildScene(d, options);
        ASSERT_TRUE(bare.ok()) << bare.error().message;
        const SceneLayer& none = bare->layers[0];
        EXPECT_EQ(none.meshes.levels.size(), zoom == 1.0 ? 1u : 0u);
        if (zoom > 1.0) {
            EXPECT_GT(none.meshes.fill.indices.size(), 0u) << "filled all the same";
        }
        EXPECT_EQ(none.meshes.lines.segmentCount(), 0u) << zoom;
        for (const DetailLevel& level : none.meshes.levels) EXPECT_EQ(level.lines.segmentCount(), 0u);
        EXPECT_TRUE(none.outlinesLeftOut);

        d.layers[0].stroke.width = 0.5;
        Result<MapScene> outlined = buildScene(d, options);
        ASSERT_TRUE(outlined.ok()) << outlined.error().message;
        const SceneLayer& some = outlined->layers[0];
        // (Seen whole, every square is a dot of the level: no outline to draw either way.)
        if (zoom > 1.0) {
            EXPECT_GT(some.meshes.lines.segmentCount(), 0u);
        }
        EXPECT_FALSE(some.outlinesLeftOut);
    }
}

TEST_F(DenseGrid, AWindowsFirstViewOfALargeFileComesWithItsOwnMeshesAndTheRestFollow) {
    LayerSpec layer = gridDocument().layers[0];
    layer.stroke.width = 0.0;  // outlines built all the same: the user may widen them meanwhile
    Result<FirstView> first = prepareFirstView({layer}, "", "auto", nullptr, std::nullopt, 400, 300, 0.0);
    ASSERT_TRUE(first.ok()) << first.error().message;
    ASSERT_EQ(first->prepared.layers.size(), 1u);
    SceneLayer& prepared = first->prepared.layers[0];
    EXPECT_FALSE(prepared.outlinesLeftOut);
    // Seen whole at 400 x 300: one coarse level, as an export of that size draws it.
    EXPECT_TRUE(prepared.fullMeshesSkipped);
    EXPECT_EQ(prepared.meshes.levels.size(), 1u);
    EXPECT_TRUE(prepared.meshes.fill.indices.empty());
    // The geometry to build the rest from, for this layer.
    ASSERT_EQ(first->toComplete.size(), 1u);
    EXPECT_EQ(first->toComplete[0].first, prepared.id);
    EXPECT_EQ(first->toComplete[0].second.xy, prepared.data.geometry.xy);
    // Completed, it has what a window built at once has.
    setCompleteMeshes(prepared, completeMeshes(first->toComplete[0].second));
    EXPECT_FALSE(prepared.fullMeshesSkipped);
    MapDocument whole;
    whole.layers = {layer};
    Result<MapScene> everything = buildScene(whole);
    ASSERT_TRUE(everything.ok());
    EXPECT_EQ(prepared.meshes.levels.size(), everything->layers[0].meshes.levels.size());
    EXPECT_EQ(prepared.meshes.fill.indices, everything->layers[0].meshes.fill.indices);
    EXPECT_EQ(prepared.meshes.lines.segments, everything->layers[0].meshes.lines.segments);
}

TEST_F(Scene, AnImageExportLetsGoOfTheCoordinatesItDrawsFromMeshes) {
    MapDocument d = document();
    d.layers.push_back(d.layers[0]);
    d.layers[1].label.field = "code";  // labels are placed on the coordinates: kept
    for (const char* path : {"map.png", "map.TIF", "map.svg", "map.pdf"}) {
        Result<MapScene> scene = buildScene(d);
        ASSERT_TRUE(scene.ok()) << scene.error().message;
        const size_t vertices = scene->layers[0].data.geometry.vertexCount();
        Result<ExportTarget> target = exportTarget(path);
        ASSERT_TRUE(target.ok()) << target.error().message;
        releaseCoordinatesNotDrawn(*scene, target->format);
        const bool image = std::string(path) == "map.png" || std::string(path) == "map.TIF";
        EXPECT_EQ(scene->layers[0].data.geometry.vertexCount(), image ? 0u : vertices) << path;
        EXPECT_EQ(scene->layers[0].data.geometry.featureCount(), 3u) << path;
        EXPECT_EQ(scene->layers[1].data.geometry.vertexCount(), vertices) << path;
    }
}

TEST_F(Scene, AnExportReadsOnlyTheFieldsItsStyleUses) {
    // The fixture's units (code, pop) joined on code to a table's gdp, classified by gdp.
    const MapDocument d = document();
    auto fieldNames = [](const MapScene& scene) {
        std::vector<std::string> names;
        for (const Column& c : scene.layers[0].data.attributes.columns) names.push_back(c.name);
        return names;
    };
    Result<MapScene> window = buildScene(d);
    ASSERT_TRUE(window.ok()) << window.error().message;
    EXPECT_EQ(fieldNames(*window), (std::vector<std::string>{"code", "pop", "gdp"}));
    SceneBuildOptions exportOnly;
    exportOnly.exportCamera = [](const MapScene& scene) {
        return Camera::fit(shownExtent(scene.layers), 400, 300, 0);
    };
    Result<MapScene> exported = buildScene(d, exportOnly);
    ASSERT_TRUE(exported.ok()) << exported.error().message;
    EXPECT_EQ(fieldNames(*exported), (std::vector<std::string>{"code", "gdp"}))
        << "the join key, then the joined field";
    EXPECT_EQ(exported->layers[0].legend.classCounts, window->layers[0].legend.classCounts);
    exportOnly.everyField = true;
    EXPECT_EQ(fieldNames(*buildScene(d, exportOnly)), fieldNames(*window));
}

}  // namespace
}  // namespace bashu
