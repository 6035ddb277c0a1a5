#pragma once
// The legend model of a coloured fill, the last step of the style pipeline (mapped values ->
// classes -> colours -> legend): what every legend (window, raster, SVG, PDF, small multiples)
// is drawn from.
#include <string>
#include <vector>

#include "core/color.h"
#include "thematic/classification.h"

namespace bashu {

/// The legend model of a classified fill: class limits, their colours and feature counts.
struct FillLegend {
    std::string field;
    Classification classification;
    std::vector<Rgba8> classColors;
    std::vector<size_t> classCounts;
    size_t noDataCount = 0;
    Rgba8 noDataColor;
    std::vector<float> histogram;  // value counts in equal bins from the lowest to the highest limit
    // Unique values instead of classes: the value of each class (classColors, classCounts
    // follow); the classification is then empty.
    std::vector<std::string> categories;
};

}  // namespace bashu
