// The built-in map as a planner sees it: GDP per km² in colour (Chengdu's class of 1-5 亿元/km²,
// Yuzhong's top one), GDP as circles (Chengdu's the largest), units without data in the no-data
// colour, outlines drawn, nothing cut off at the edges.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "carto/ground_scale.h"
#include "export/render_scene.h"
#include "gl_context.h"
#include "proj/transform.h"
#include "thematic/color_ramp.h"

namespace bashu {
namespace {

struct Rendered {
    MapScene scene;
    Camera camera;
    Image image;
};

const Rendered& builtinMap() {
    static const Rendered rendered = [] {
        Rendered r;
        Result<MapDocument> document = loadMapDocument(std::string(BASHU_GEODATA) + "/gdp_2021.json");
        EXPECT_TRUE(document.ok()) << document.error().message;
        Result<MapScene> scene = buildScene(*document);
        EXPECT_TRUE(scene.ok()) << scene.error().message;
        r.scene = std::move(*scene);
        ExportOptions options;
        options.width = 1024;
        options.height = 768;
        std::string warning;
        Result<Image> image = renderMapExport(r.scene, options, &warning, &r.camera);
        EXPECT_TRUE(image.ok()) << image.error().message;
        r.image = std::move(*image);
        return r;
    }();
    return rendered;
}

Rgba8 pixelAtLonLat(const Rendered& r, double lon, double lat) {
    Result<Transform> toMap = Transform::create("EPSG:4326", r.scene.mapCrs);
    EXPECT_TRUE(toMap.ok());
    std::vector<double> xy = {lon, lat};
    toMap->transformInPlace(xy);
    double px, py;
    r.camera.mapToPixel(xy[0], xy[1], px, py);
    return r.image.pixel(int(px), int(py));
}

TEST(BuiltinMap, ColoursShowGdpPerKm2AndCirclesShowGdp) {
    ASSERT_TRUE(testing::headlessContextReady());
    const Rendered& r = builtinMap();
    ASSERT_EQ(r.scene.layers.size(), 4u);
    const std::vector<Rgba8> ramp = rampColors(Ramp::YlGnBu, 6);
    // Qionglai, in Chengdu's south-west, away from its circle: 1.39 亿元/km², the class 1-5.
    EXPECT_EQ(pixelAtLonLat(r, 103.40, 30.35), ramp[4]);
    // Ganzi (0.003 亿元/km²) in the lowest class, though its GDP is not the smallest.
    EXPECT_EQ(pixelAtLonLat(r, 100.5, 31.0), ramp[0]);
    // Chongqing's Dazu (500111) has a value: not no-data.
    EXPECT_NE(pixelAtLonLat(r, 105.62, 29.62), (Rgba8{0xd9, 0xd9, 0xd9, 255}));

    // The circles: one per unit at the point inside it, sized by GDP; Chengdu's the largest.
    const SceneLayer& circles = r.scene.layers[3];
    EXPECT_EQ(circles.data.geometry.kind, GeometryKind::Point);
    ASSERT_EQ(circles.featureSizes.size(), circles.data.featureCount());
    const Column* name = circles.data.attributes.find("name_zh");
    ASSERT_NE(name, nullptr);
    size_t largest = 0;
    for (size_t f = 0; f < circles.featureSizes.size(); ++f)
        if (circles.featureSizes[f] > circles.featureSizes[largest]) largest = f;
    EXPECT_EQ(name->text(largest), "成都市");
    // Drawn in red over the map at its centre (red over blue or over a label's halo).
    const Extent at = circles.data.geometry.featureExtent(largest);
    double px = 0, py = 0;
    r.camera.mapToPixel(at.centerX(), at.centerY(), px, py);
    const Rgba8 centre = r.image.pixel(int(px), int(py) + 8);
    EXPECT_GT(int(centre.r), int(centre.b) + 30) << "a red circle at Chengdu's centre";
}

TEST(BuiltinMap, UnitsWithoutDataUseTheNoDataColour) {
    ASSERT_TRUE(testing::headlessContextReady());
    const Rendered& r = builtinMap();
    const Rgba8 noData{0xd9, 0xd9, 0xd9, 255};
    // Chengkou (500229) and Youyang (500242) have no GDP value for 2021 in the sources.
    EXPECT_EQ(pixelAtLonLat(r, 108.66, 31.95), noData);
    EXPECT_EQ(pixelAtLonLat(r, 108.77, 28.84), noData);
    const std::vector<Rgba8> ramp = rampColors(Ramp::YlGnBu, 6);
    for (const Rgba8& c : ramp) EXPECT_NE(c, noData) << "no-data is distinct from every class";
    const FillLegend& legend = r.scene.layers[0].legend;
    EXPECT_EQ(legend.noDataCount, 15u);
    size_t classified = 0;
    for (size_t n : legend.classCounts) classified += n;
    EXPECT_EQ(classified, 44u);
    EXPECT_EQ(r.scene.layers[3].sizeLegend.noDataCount, 15u) << "no circle where there is no value";
}

TEST(BuiltinMap, UnitsPartlyInTheCircleAreOutlined) {
    ASSERT_TRUE(testing::headlessContextReady());
    const Rendered& r = builtinMap();
    // Drawn whole, the units the outline takes in part say so: their own outline layer.
    const SceneLayer& partial = r.scene.layers[1];
    const Column* name = partial.data.attributes.find("name_zh");
    ASSERT_NE(name, nullptr);
    std::set<std::string> names;
    for (size_t f = 0; f < partial.data.featureCount(); ++f) names.insert(name->text(f));
    EXPECT_EQ(names, (std::set<std::string>{"开州区", "云阳县", "绵阳市", "达州市", "雅安市"}));
    EXPECT_EQ(partial.legend.classCounts.size(), 0u) << "one symbol, not classes";
    // Their orange line is on the map (partly under the circle's black one).
    size_t orange = 0;
    for (int y = 0; y < r.image.height; ++y)
        for (int x = 0; x < r.image.width; ++x) {
            const Rgba8 p = r.image.pixel(x, y);
            if (p.r > 180 && p.g > 50 && p.g < 110 && p.b < 40) ++orange;
        }
    EXPECT_GT(orange, 500u) << "the partial units' outlines are visible";
}

TEST(BuiltinMap, TheScaleBarsScaleIsTheGroundDistance) {
    // Tianfu Square (Chengdu) to Jiefangbei (Chongqing), ~269 km on the mean sphere: their
    // distance in pixels times the scale the bar is drawn from.
    ASSERT_TRUE(testing::headlessContextReady());
    const Rendered& r = builtinMap();
    Result<Transform> toMap = Transform::create("EPSG:4326", r.scene.mapCrs);
    ASSERT_TRUE(toMap.ok());
    std::vector<double> xy = {104.066, 30.657, 106.577, 29.557};
    toMap->transformInPlace(xy);
    const double mapDistance = std::hypot(xy[2] - xy[0], xy[3] - xy[1]);
    const double pixels = mapDistance / r.camera.unitsPerPixel;
    const double ground = haversineMetres(104.066, 30.657, 106.577, 29.557);
    EXPECT_NEAR(pixels * groundMetresPerPixel(r.scene, r.camera), ground, 0.01 * ground);
    EXPECT_NEAR(ground, 269000, 3000);
}

TEST(BuiltinMap, OutlinesAreVisible) {
    ASSERT_TRUE(testing::headlessContextReady());
    const Rendered& r = builtinMap();
    size_t dark = 0;
    for (int y = 0; y < r.image.height; ++y)
        for (int x = 0; x < r.image.width; ++x) {
            const Rgba8 p = r.image.pixel(x, y);
            if (p.r < 140 && p.g < 140 && p.b < 140) ++dark;
        }
    // Outlines of 59 units at this size cover thousands of pixels; fills are never that dark.
    EXPECT_GT(dark, 5000u);
}

TEST(BuiltinMap, NothingIsCutOff) {
    ASSERT_TRUE(testing::headlessContextReady());
    const Rendered& r = builtinMap();
    const Rgba8 background = r.scene.document.background;
    int minX = r.image.width, minY = r.image.height, maxX = -1, maxY = -1;
    for (int y = 0; y < r.image.height; ++y)
        for (int x = 0; x < r.image.width; ++x)
            if (r.image.pixel(x, y) != background) {
                minX = std::min(minX, x), maxX = std::max(maxX, x);
                minY = std::min(minY, y), maxY = std::max(maxY, y);
            }
    // The map keeps a margin on every side, and fills the frame along one axis.
    EXPECT_GT(minX, 10);
    EXPECT_GT(minY, 10);
    EXPECT_LT(maxX, r.image.width - 11);
    EXPECT_LT(maxY, r.image.height - 11);
    EXPECT_TRUE(maxX - minX > 900 || maxY - minY > 650) << minX << "," << minY << " " << maxX << "," << maxY;
}

}  // namespace
}  // namespace bashu
