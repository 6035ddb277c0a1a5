#include "core/feature_index.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/feature_geometry.h"

namespace bashu {

namespace {
// About this many features per cell on average keeps both building and queries cheap.
constexpr double kFeaturesPerCell = 2.0;

}  // namespace

FeatureIndex::FeatureIndex(const GeometryColumn& geometry) : geometry_(&geometry) {
    const size_t n = geometry.featureCount();
    featureExtents_.resize(n);
    for (size_t f = 0; f < n; ++f) {
        featureExtents_[f] = geometry.featureExtent(f);
        extent_.include(featureExtents_[f]);
    }
    if (extent_.empty()) return;
    const double cells = std::max(1.0, double(n) / kFeaturesPerCell);
    const double aspect = std::max(extent_.width(), 1e-12) / std::max(extent_.height(), 1e-12);
    columns_ = std::clamp(int(std::ceil(std::sqrt(cells * aspect))), 1, 4096);
    rows_ = std::clamp(int(std::ceil(cells / columns_)), 1, 4096);
    cellWidth_ = std::max(extent_.width() / columns_, 1e-12);
    cellHeight_ = std::max(extent_.height() / rows_, 1e-12);

    // Two passes (count, then fill) give a compact array instead of a vector per cell.
    auto cellRange = [&](const Extent& e, int& c0, int& r0, int& c1, int& r1) {
        c0 = std::clamp(int((e.minX - extent_.minX) / cellWidth_), 0, columns_ - 1);
        c1 = std::clamp(int((e.maxX - extent_.minX) / cellWidth_), 0, columns_ - 1);
        r0 = std::clamp(int((e.minY - extent_.minY) / cellHeight_), 0, rows_ - 1);
        r1 = std::clamp(int((e.maxY - extent_.minY) / cellHeight_), 0, rows_ - 1);
    };
    cellStart_.assign(size_t(columns_) * size_t(rows_) + 1, 0);
    for (size_t f = 0; f < n; ++f) {
        if (featureExtents_[f].empty()) continue;
        int c0, r0, c1, r1;
        cellRange(featureExtents_[f], c0, r0, c1, r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) ++cellStart_[size_t(r) * size_t(columns_) + size_t(c) + 1];
    }
    for (size_t i = 1; i < cellStart_.size(); ++i) cellStart_[i] += cellStart_[i - 1];
    cellItems_.resize(cellStart_.back());
    std::vector<uint32_t> fill(cellStart_.begin(), cellStart_.end() - 1);
    for (size_t f = 0; f < n; ++f) {
        if (featureExtents_[f].empty()) continue;
        int c0, r0, c1, r1;
        cellRange(featureExtents_[f], c0, r0, c1, r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                cellItems_[fill[size_t(r) * size_t(columns_) + size_t(c)]++] = uint32_t(f);
    }
}

std::optional<size_t> FeatureIndex::pick(double x, double y, double tolerance, bool edgesOnly) const {
    if (!geometry_ || extent_.empty()) return std::nullopt;
    const bool polygons = geometry_->kind == GeometryKind::Polygon && !edgesOnly;
    const double reach = polygons ? 0.0 : tolerance;
    if (x < extent_.minX - reach || x > extent_.maxX + reach || y < extent_.minY - reach ||
        y > extent_.maxY + reach)
        return std::nullopt;
    const int c0 = std::clamp(int((x - reach - extent_.minX) / cellWidth_), 0, columns_ - 1);
    const int c1 = std::clamp(int((x + reach - extent_.minX) / cellWidth_), 0, columns_ - 1);
    const int r0 = std::clamp(int((y - reach - extent_.minY) / cellHeight_), 0, rows_ - 1);
    const int r1 = std::clamp(int((y + reach - extent_.minY) / cellHeight_), 0, rows_ - 1);
    std::optional<size_t> found;
    double bestDistance = tolerance;
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c) {
            const size_t cell = size_t(r) * size_t(columns_) + size_t(c);
            for (uint32_t i = cellStart_[cell]; i < cellStart_[cell + 1]; ++i) {
                const size_t f = cellItems_[i];
                const Extent& e = featureExtents_[f];
                if (x < e.minX - reach || x > e.maxX + reach || y < e.minY - reach || y > e.maxY + reach)
                    continue;
                if (polygons) {
                    if ((!found || f > *found) && featureContains(*geometry_, f, x, y)) found = f;
                } else if (const double d = distanceToFeature(*geometry_, f, x, y); d <= bestDistance) {
                    bestDistance = d;
                    found = f;
                }
            }
        }
    return found;
}

}  // namespace bashu
