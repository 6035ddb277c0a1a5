#pragma once
// Finding the feature under a point without scanning every feature: a uniform grid of feature
// bounding boxes, then an exact test (point in polygon, distance to line or point).
#include <cstdint>
#include <optional>
#include <vector>

#include "core/geometry.h"

namespace bashu {

class FeatureIndex {
public:
    FeatureIndex() = default;
    /// Indexes the features of `geometry`, which must outlive the index (it is not copied).
    explicit FeatureIndex(const GeometryColumn& geometry);

    /// The feature at (x, y): for polygons the one containing the point (holes excluded; the
    /// last feature wins where polygons overlap, as it is drawn on top); for lines and points the
    /// nearest one within `tolerance` map units. `edgesOnly`: polygons drawn as outlines alone
    /// (no fill) are found near their rings, as lines, not inside. Nothing when no feature is there.
    std::optional<size_t> pick(double x, double y, double tolerance, bool edgesOnly = false) const;

private:
    const GeometryColumn* geometry_ = nullptr;
    Extent extent_;
    int columns_ = 0, rows_ = 0;
    double cellWidth_ = 1, cellHeight_ = 1;
    std::vector<uint32_t>
        cellStart_;  // CSR layout: features of cell c are cellItems_[cellStart_[c] .. cellStart_[c+1])
    std::vector<uint32_t> cellItems_;
    std::vector<Extent> featureExtents_;
};

}  // namespace bashu
