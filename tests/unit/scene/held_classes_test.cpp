#include "scene/held_classes.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

// The built-in growth map of 2023: a layer joined to every year's growth, its fill the joined
// field (the GDP map's colours are GDP per km², a ratio, whose classes are its own).
SceneLayer gdpLayer(bool hold = true) {
    Result<MapDocument> document = loadMapDocument(std::string(BASHU_GEODATA) + "/gdp_growth_2023.json");
    EXPECT_TRUE(document.ok()) << document.error().message;
    document->layers.front().fill.holdOverYears = hold;
    Result<MapScene> scene = buildScene(*document);
    EXPECT_TRUE(scene.ok()) << scene.error().message;
    return std::move(scene->layers.front());
}

TEST(HeldClasses, ALayerArrivesWithItsClassesHeldOverAllYearsInTheWindowAndHeadlessAlike) {
    // The same scene build serves the window and `bashu render`: both colour 2021 with classes
    // pooled over every year (the window used to, the command line not: two maps of one file).
    SceneLayer arrived = gdpLayer();
    ASSERT_EQ(yearField(arrived), "year");
    const SceneLayer ownYear = gdpLayer(false);
    EXPECT_NE(arrived.legend.classification.limits, ownYear.legend.classification.limits)
        << "pooled over 2019-2024, not 2023 alone";
    EXPECT_EQ(arrived.spec.fill.breaks, arrived.legend.classification.limits) << "saved with the map";
    EXPECT_TRUE(ownYear.spec.fill.breaks.empty());

    // Reclassifying (a toggle, another year) keeps one colouring for the year.
    SceneLayer again = arrived;
    ASSERT_TRUE(reclassify(again).ok());
    EXPECT_EQ(again.legend.classification.limits, arrived.legend.classification.limits) << "no change";
    again.spec.fill.holdOverYears = false;
    ASSERT_TRUE(reclassify(again).ok());
    EXPECT_EQ(again.legend.classification.limits, ownYear.legend.classification.limits);
}

TEST(HeldClasses, TheAuthorsClassesAreLeftAlone) {
    SceneLayer authored = gdpLayer(false);
    authored.spec.fill.breaks = {0, 1000, 5000, 30000};
    authored.spec.fill.holdOverYears = true;
    ASSERT_TRUE(restyleLayer(authored).ok());
    ASSERT_TRUE(holdClassesOnArrival(authored).ok());
    EXPECT_EQ(authored.legend.classification.limits, (std::vector<double>{0, 1000, 5000, 30000}));
}

}  // namespace
}  // namespace bashu
