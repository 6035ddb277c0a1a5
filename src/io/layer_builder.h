#pragma once
// One layer's features gathered from any way of reading them (GDAL's features, its Arrow
// batches, the GeoJSON reader), and finished alike: the geometry kind chosen, memory given back,
// polygons checked for validity, and what was skipped or found reported once.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/geometry.h"
#include "core/layer.h"

namespace bashu {

class LayerBuilder {
public:
    /// `declared`: the kind the source declares for every feature, or none (mixed or unknown);
    /// `hasGeometryField`: whether a missing geometry counts as null (not for plain tables);
    /// `checkPolygons`: whether finish() looks for invalid polygons (polygon_validity.h).
    LayerBuilder(LoadReport& report, std::optional<GeometryKind> declared, bool hasGeometryField,
                 bool checkPolygons);

    /// Whether features of this kind are kept (all kinds are gathered when none is declared).
    bool accepts(GeometryKind kind) const { return !declared_ || *declared_ == kind; }
    /// The column a feature of this kind appends its parts to, before addShape.
    GeometryColumn& column(GeometryKind kind) { return columns_[size_t(kind)]; }

    // Exactly one of these per feature, in order; each ends the feature. `fid` names the feature
    // in messages, `type` its geometry type as the source names it.
    void addNull();
    void addEmpty();
    void addShape(int64_t fid, GeometryKind kind, const char* type);
    void addOtherKind(int64_t fid, const char* type);  // a kind the layer does not hold: skipped
    void addNonFinite(int64_t fid);                    // NaN or infinite coordinates: skipped

    /// After the first batch of a read of `total` features: room for all the coordinates at the
    /// rate seen so far (grown by doubling instead, a 10^6-polygon layer held up to twice its
    /// coordinates).
    void reserveForTotal(size_t total);

    /// The kind most features have (a tie goes to the higher dimension), the others counted as
    /// skipped; polygons checked; the warnings written to the report.
    GeometryColumn finish();

private:
    void endFeature(int64_t fid);
    void recordFid(int64_t fid);
    int64_t fidOf(size_t feature) const;
    void warnCapped(size_t& count, std::string message);
    /// Closes the rings of the feature being added whose last position is not their first
    /// (GeoJSON and WKB from other programs): returns how many.
    static size_t closeOpenRings(GeometryColumn& column);

    LoadReport& report_;
    std::optional<GeometryKind> declared_;
    bool hasGeometryField_;
    bool checkPolygons_;
    std::array<GeometryColumn, 3> columns_;
    std::array<size_t, 3> kindCounts_{0, 0, 0};
    std::array<std::vector<std::string>, 3> firstOfKind_;  // for features that may turn out skipped
    // Feature ids, to name features in messages: most sources number them in order (the index
    // plus a base), and only where they do not is each one kept.
    size_t features_ = 0;
    std::optional<int64_t> fidBase_;
    std::vector<int64_t> fids_;
    size_t skippedKind_ = 0, nonFinite_ = 0, closedWarnings_ = 0;
};

/// Messages about one kind of problem stop after this many lines; the counts keep going.
constexpr size_t kMaxWarningsPerKind = 5;

}  // namespace bashu
