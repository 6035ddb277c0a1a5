#include "scene/proportional_symbols.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bashu {
namespace {

TEST(ProportionalSymbols, AreaNotRadiusFollowsTheValue) {
    // A quarter of the largest value gets half the diameter: a quarter of the area.
    EXPECT_FLOAT_EQ(symbolDiameter(100.0, 100.0, 40.0), 40.0f);
    EXPECT_FLOAT_EQ(symbolDiameter(25.0, 100.0, 40.0), 20.0f);
    EXPECT_FLOAT_EQ(symbolDiameter(0.0001, 100.0, 40.0), 1.5f) << "the smallest values still show";
    EXPECT_EQ(symbolDiameter(0.0, 100.0, 40.0), 0.0f) << "zero or less: not drawn";
    EXPECT_EQ(symbolDiameter(-5.0, 100.0, 40.0), 0.0f);
    EXPECT_EQ(symbolDiameter(std::nan(""), 100.0, 40.0), 0.0f);
}

TEST(ProportionalSymbols, LegendValuesAreRoundAndDecreasing) {
    EXPECT_EQ(sizeLegendValues(30145.8), (std::vector<double>{30000, 7000, 1000}));
    const std::vector<double> small = sizeLegendValues(1.0);
    ASSERT_EQ(small.size(), 3u);
    EXPECT_DOUBLE_EQ(small[0], 1.0);
    EXPECT_DOUBLE_EQ(small[1], 0.2);
    EXPECT_DOUBLE_EQ(small[2], 0.04);
    EXPECT_TRUE(sizeLegendValues(0.0).empty());
}

// Three features of `kind`: points, or short horizontal lines, one above the other.
SceneLayer threeFeatures(GeometryKind kind) {
    SceneLayer layer;
    layer.data.geometry.kind = kind;
    for (double y : {0.0, 1.0, 2.0}) {
        layer.data.geometry.addVertex(0.0, y);
        if (kind == GeometryKind::Line) layer.data.geometry.addVertex(1.0, y);
        layer.data.geometry.endRing();
        layer.data.geometry.endPart();
        layer.data.geometry.endFeature();
    }
    return layer;
}

TEST(ProportionalSymbols, ALayerGetsDiametersAndALegend) {
    SceneLayer layer = threeFeatures(GeometryKind::Point);
    Column& gdp = layer.data.attributes.addColumn("gdp", FieldType::Real);
    gdp.appendNumber(400.0);
    gdp.appendNumber(100.0);
    gdp.appendNull();
    layer.spec.point.sizeField = "gdp";
    layer.spec.point.maxSize = 30.0;
    ASSERT_TRUE(sizeSymbols(layer).ok());
    EXPECT_EQ(layer.featureSizes, (std::vector<float>{30.0f, 15.0f, 0.0f}));
    EXPECT_EQ(layer.sizeLegend.field, "gdp");
    EXPECT_EQ(layer.sizeLegend.noDataCount, 1u);
    EXPECT_EQ(layer.sizeLegend.values, (std::vector<double>{400, 100, 10}));

    layer.spec.point.sizeField = "missing";
    const Status missing = sizeSymbols(layer);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("no field 'missing' to size symbols by (numeric fields: gdp)"),
              std::string::npos);
}

TEST(LinesByValue, WidthFollowsTheValueLinearly) {
    EXPECT_FLOAT_EQ(lineWidth(100.0, 100.0, 12.0), 12.0f);
    EXPECT_FLOAT_EQ(lineWidth(25.0, 100.0, 12.0), 3.0f) << "a quarter of the value, a quarter of the width";
    EXPECT_FLOAT_EQ(lineWidth(0.001, 100.0, 12.0), 0.5f) << "the smallest values still show";
    EXPECT_EQ(lineWidth(0.0, 100.0, 12.0), 0.0f);
    EXPECT_EQ(lineWidth(std::nan(""), 100.0, 12.0), 0.0f);
    EXPECT_EQ(sizeLegendValues(30145.8, true), (std::vector<double>{30000, 10000, 7000}));
}

TEST(LinesByValue, ALineLayerGetsWidthsAndALegend) {
    SceneLayer layer = threeFeatures(GeometryKind::Line);
    Column& trains = layer.data.attributes.addColumn("trains", FieldType::Real);
    trains.appendNumber(200.0);
    trains.appendNumber(50.0);
    trains.appendNumber(-1.0);
    layer.spec.stroke.widthField = "trains";
    layer.spec.stroke.maxWidth = 10.0;
    ASSERT_TRUE(sizeSymbols(layer).ok());
    EXPECT_EQ(layer.featureSizes, (std::vector<float>{10.0f, 2.5f, 0.0f}));
    EXPECT_TRUE(layer.sizeLegend.lines);
    EXPECT_EQ(layer.sizeLegend.noDataCount, 1u);
    EXPECT_EQ(layer.sizeLegend.values, (std::vector<double>{200, 100, 50}));
    EXPECT_EQ(layer.sizeLegend.diameters, (std::vector<float>{10.0f, 5.0f, 2.5f}));

    layer.data.geometry.kind = GeometryKind::Polygon;
    const Status polygons = sizeSymbols(layer);
    ASSERT_FALSE(polygons.ok());
    EXPECT_NE(polygons.error().message.find("widths by a field ('trains') are for line layers"),
              std::string::npos)
        << polygons.error().message;
}

}  // namespace
}  // namespace bashu
