#pragma once
#include <string>
#include <vector>
// Where things go on an exported map: the title band, the map area, the legend, and the text
// sizes, all proportional to the image so any size reads the same.
#include "core/camera.h"
#include "scene/map_scene.h"

namespace bashu {

struct MapLayout {
    int width = 0, height = 0;
    float margin = 0;     // pixels kept free at the edges
    float titleSize = 0;  // pixel sizes of text
    float subtitleSize = 0;
    float legendSize = 0;
    float titleBand = 0;  // height of the band holding title and subtitle (0 without a title)
    // The title and subtitle as drawn: one line each, or two where one would have to shrink or
    // cut it (text_wrap.h).
    std::vector<std::string> titleLines, subtitleLines;
    float noteSize = 0;  // pixel size of the note's text
    float noteBand = 0;  // height of the band under the map holding the note (0 without one)
    // Lines the note band holds: 2 where the note as shown would otherwise have to shrink or be
    // cut (its text is taken when drawn: "{sources}" may count other values by then).
    int noteLines = 0;
    float pixelScale = 1;  // of line widths and symbols; the text's smallest sizes scale with it
    // Of the map's labels: pixelScale, or more on a large image, whose labels grow with it like
    // the rest of its text (a 2048 x 1536 map labelled as a 1024 x 768 one at 2x).
    float labelScale = 1;
    // The column right of the map that holds the legend where on the map it would hide features
    // (withRoomForLegend in map_furniture.h); 0: the legend lies on the map.
    float legendColumn = 0;
};

/// The bottom of the map area's furniture: above the note band and the margin.
inline float furnitureBottom(const MapLayout& layout) {
    return float(layout.height) - layout.margin - layout.noteBand;
}

/// The layout of a w x h export of a scene, its lines and symbols scaled by `pixelScale`.
MapLayout layoutFor(const MapScene& scene, int width, int height, float pixelScale = 1.0f);

/// The camera that shows the whole scene in the map area of a layout (below the title band).
Camera fitCamera(const MapScene& scene, const MapLayout& layout);

}  // namespace bashu
