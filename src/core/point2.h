#pragma once
// A point on an exported map: pixels, x right and y down, (0, 0) the top-left corner.

namespace bashu {

struct Point2 {
    float x = 0, y = 0;
};

}  // namespace bashu
