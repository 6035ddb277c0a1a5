#pragma once
// One layer's features gathered from any way of reading them (GDAL's features, its Arrow
// batches, the GeoJSON reader), and finished alike: split by geometry kind where they mix, memory
// given back, polygons checked for validity, and what was skipped or found reported once.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/geometry.h"
#include "core/layer.h"

namespace bashu {

/// One geometry kind's share of the features of a layer read: a layer of its own where kinds mix.
struct KindShare {
    GeometryColumn geometry;
    /// Which of the layer's features it holds (their indices in the order read); empty: all.
    std::vector<uint32_t> features;
    /// What was found in these features alone (invalid polygons, features without geometry),
    /// beside what the layer's own report says of the whole layer.
    LoadReport report;
};

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

    /// One share when the layer declares a kind or its features are of one kind (all in the
    /// layer's report); else one per kind present, polygons first, then lines, then points (the
    /// order a map draws them), each with its own report. Features without geometry (null, empty,
    /// skipped) go with the kind most features have (a tie to the higher dimension). Polygons are
    /// checked; the warnings written to the reports.
    std::vector<KindShare> finish();

private:
    void endFeature(int64_t fid);
    void recordFid(int64_t fid);
    int64_t fidOf(size_t feature) const;
    /// A warning about one feature, capped per kind of problem: kept until finish() knows which
    /// share's report it goes to (the polygons', or the one holding features without geometry).
    void warnCapped(size_t& count, std::string message, bool aboutPolygons = false);
    /// Counts and warnings gathered while reading, into the report of the share they belong to.
    void reportInto(LoadReport& report, bool polygons, bool withoutGeometry) const;
    /// The share of one kind in a layer whose kinds mix: its features taken out of the column.
    KindShare shareOf(GeometryKind kind, bool withoutGeometry);
    /// Summaries of capped warnings, nothing-to-draw and invalid polygons for one share.
    void checkShare(KindShare& share, LoadReport& report);
    /// Closes the rings of the feature being added whose last position is not their first
    /// (GeoJSON and WKB from other programs): returns how many.
    static size_t closeOpenRings(GeometryColumn& column);

    LoadReport& report_;
    std::optional<GeometryKind> declared_;
    bool hasGeometryField_;
    bool checkPolygons_;
    std::array<GeometryColumn, 3> columns_;
    std::array<size_t, 3> kindCounts_{0, 0, 0};
    // Each feature's kind (3: none) where the layer declares no kind, to split it by kind.
    std::vector<uint8_t> featureKinds_;
    // Counts and warnings of the features read so far; which report they go to is known at the end.
    size_t nulls_ = 0, empties_ = 0, skipped_ = 0, ringsClosed_ = 0;
    struct Pending {
        bool aboutPolygons;
        std::string text;
    };
    std::vector<Pending> pending_;
    // Feature ids, to name features in messages: most sources number them in order (the index
    // plus a base), and only where they do not is each one kept.
    size_t features_ = 0;
    std::optional<int64_t> fidBase_;
    std::vector<int64_t> fids_;
    size_t otherKind_ = 0, nonFinite_ = 0, closedWarnings_ = 0;
};

/// Messages about one kind of problem stop after this many lines; the counts keep going.
constexpr size_t kMaxWarningsPerKind = 5;

}  // namespace bashu
