#pragma once
// Axis-aligned bounding box in whatever coordinate system its owner uses.
#include <algorithm>
#include <limits>

namespace bashu {

struct Extent {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool empty() const { return !(minX <= maxX && minY <= maxY); }
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
    double centerX() const { return 0.5 * (minX + maxX); }
    double centerY() const { return 0.5 * (minY + maxY); }

    void include(double x, double y) {
        minX = std::min(minX, x);
        minY = std::min(minY, y);
        maxX = std::max(maxX, x);
        maxY = std::max(maxY, y);
    }
    void include(const Extent& other) {
        if (other.empty()) return;
        include(other.minX, other.minY);
        include(other.maxX, other.maxY);
    }
};

}  // namespace bashu
