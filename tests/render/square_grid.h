#pragma once
// Test geometry for the renderer: side x side unit squares, one feature each, in rows from the
// origin: enough vertices for a grid of chunks at a side of 100 or so.
#include <utility>

#include "core/geometry.h"

namespace bashu::testing {

inline GeometryColumn unitSquareGrid(int side) {
    GeometryColumn g;
    for (int j = 0; j < side; ++j)
        for (int i = 0; i < side; ++i) {
            for (auto [x, y] : {std::pair{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}, {0.0, 1.0}})
                g.addVertex(i + x, j + y);
            g.endRing();
            g.endPart();
            g.endFeature();
        }
    return g;
}

}  // namespace bashu::testing
