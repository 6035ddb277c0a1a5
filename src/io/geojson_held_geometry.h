#pragma once
// The geometries of a stretch of features read on a thread of its own, held in file order until
// the features before them have gone into the layer's builder. The coordinates are kept in blocks
// freed as they are handed on, so the hand-over does not hold them twice.
#include <ogr_core.h>

#include <array>
#include <cstdint>
#include <functional>
#include <vector>

#include "io/geojson_geometry.h"
#include "io/layer_builder.h"

namespace bashu::geojson {

class HeldGeometry {
public:
    void addNull();
    void add(const ParsedGeometry& geometry);
    size_t featureCount() const { return features_.size(); }
    /// Room for `features` features at the rates of parts and rings seen so far.
    void reserveFor(size_t features);

    /// Hands every feature on to `builder` in order, feature i named `fidOf(i)`, and empties this.
    void handTo(LayerBuilder& builder, const std::function<int64_t(size_t)>& fidOf);

private:
    static constexpr size_t kBlockDoubles = size_t(1) << 20;  // 8 MiB: whole huge pages inside

    struct Feature {
        OGRwkbGeometryType type;  // wkbNone: a null geometry
        GeometryKind kind;
        uint32_t parts;
        uint32_t vertices;
    };
    struct Totals {
        size_t vertices = 0, rings = 0, parts = 0;
    };

    void copyVertices(size_t count, std::vector<double>& to);

    std::vector<Feature> features_;
    std::vector<uint32_t> ringsPerPart_;
    std::vector<uint32_t> verticesPerRing_;
    std::vector<std::vector<double>> blocks_;
    std::array<Totals, 3> totals_{};  // per kind, to make room in the builder's columns at once
    GeometryColumn scratch_;
    size_t readBlock_ = 0, readAt_ = 0;  // where handTo is in the blocks
};

}  // namespace bashu::geojson
