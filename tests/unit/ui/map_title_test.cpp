// The warning that the map's title no longer says what the map shows.
#include "ui/map_title.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

MapScene gdpMap(const std::string& field) {
    MapScene scene;
    scene.document.title = "成渝地区 GDP 2021";
    SceneLayer layer;
    layer.spec.join = JoinSpec{"indicators.csv", "adcode", "adcode", {{"year", "2021"}}, "value",
                               "gdp_2021",       {},       0,        JoinMatch::Exact,   {}};
    layer.spec.fill.field = field;
    scene.layers.push_back(std::move(layer));
    return scene;
}

TEST(MapTitle, AGdpTitleOverAMapOfAreasIsFlagged) {
    EXPECT_EQ(titleMismatch(gdpMap("gdp_2021")), "");
    EXPECT_EQ(titleMismatch(gdpMap("area_km2")),
              "The title and subtitle were written for gdp_2021; the map now shows area_km2.");
    MapScene untitled = gdpMap("area_km2");
    untitled.document.title.clear();
    EXPECT_EQ(titleMismatch(untitled), "") << "no title, nothing to contradict";
    MapScene hidden = gdpMap("area_km2");
    hidden.layers[0].paint.visible = false;
    EXPECT_EQ(titleMismatch(hidden), "") << "a hidden layer is not what the map shows";
}

}  // namespace
}  // namespace bashu
