#include "ui/held_classes.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

// The built-in GDP map of 2021: a layer joined to every year's GDP, its fill the joined field.
SceneLayer gdpLayer() {
    Result<MapDocument> document = loadMapDocument(std::string(BASHU_GEODATA) + "/gdp_2021.json");
    EXPECT_TRUE(document.ok()) << document.error().message;
    Result<MapScene> scene = buildScene(*document);
    EXPECT_TRUE(scene.ok()) << scene.error().message;
    return std::move(scene->layers.front());
}

TEST(HeldClasses, ALayerArrivesWithTheClassesTheBoxPromises) {
    // The window's box starts ticked: the first legend must be the one toggling it gives (it
    // was 2021's own classes, then other limits for the same year once the box was touched).
    SceneLayer arrived = gdpLayer();
    ASSERT_EQ(yearField(arrived), "year");
    const std::vector<double> ownYear = arrived.legend.classification.limits;
    ASSERT_TRUE(holdClassesOnArrival(arrived, true).ok());
    EXPECT_NE(arrived.legend.classification.limits, ownYear) << "pooled over 2019-2023, not 2021 alone";
    EXPECT_EQ(arrived.spec.fill.breaks, arrived.legend.classification.limits) << "saved with the map";

    SceneLayer toggled = gdpLayer();
    ASSERT_TRUE(reclassify(toggled, true).ok());
    EXPECT_EQ(toggled.legend.classification.limits, arrived.legend.classification.limits);
    ASSERT_TRUE(reclassify(arrived, true).ok());
    EXPECT_EQ(arrived.legend.classification.limits, toggled.legend.classification.limits) << "no change";
}

TEST(HeldClasses, TheAuthorsClassesAndAnUntickedBoxAreLeftAlone) {
    SceneLayer unticked = gdpLayer();
    const std::vector<double> ownYear = unticked.legend.classification.limits;
    ASSERT_TRUE(holdClassesOnArrival(unticked, false).ok());
    EXPECT_EQ(unticked.legend.classification.limits, ownYear);

    SceneLayer authored = gdpLayer();
    authored.spec.fill.breaks = {0, 1000, 5000, 30000};
    ASSERT_TRUE(restyleLayer(authored).ok());
    ASSERT_TRUE(holdClassesOnArrival(authored, true).ok());
    EXPECT_EQ(authored.legend.classification.limits, (std::vector<double>{0, 1000, 5000, 30000}));
}

}  // namespace
}  // namespace bashu
