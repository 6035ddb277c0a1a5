#include "io/geojson_held_geometry.h"

#include <algorithm>

#include "io/geojson_memory.h"

namespace bashu::geojson {

void HeldGeometry::addNull() { features_.push_back(Feature{wkbNone, GeometryKind::Point, 0, 0}); }

void HeldGeometry::add(const ParsedGeometry& geometry) {
    // The scratch column keeps its memory from feature to feature.
    scratch_.xy.clear();
    scratch_.ringOffsets.resize(1);
    scratch_.partOffsets.resize(1);
    geometry.appendTo(scratch_);
    const GeometryKind kind = kindOf(geometry.type);
    features_.push_back(
        Feature{ogrTypeOf(geometry), kind, uint32_t(scratch_.partCount()), uint32_t(scratch_.vertexCount())});
    for (size_t p = 0; p < scratch_.partCount(); ++p)
        ringsPerPart_.push_back(scratch_.partOffsets[p + 1] - scratch_.partOffsets[p]);
    for (size_t r = 0; r < scratch_.ringCount(); ++r)
        verticesPerRing_.push_back(scratch_.ringOffsets[r + 1] - scratch_.ringOffsets[r]);
    Totals& totals = totals_[size_t(kind)];
    totals.vertices += scratch_.vertexCount();
    totals.rings += scratch_.ringCount();
    totals.parts += scratch_.partCount();
    // Blocks hold whole vertices (an even count of doubles), filled one after another.
    const double* from = scratch_.xy.data();
    size_t left = scratch_.xy.size();
    while (left > 0) {
        if (blocks_.empty() || blocks_.back().size() == kBlockDoubles) {
            blocks_.emplace_back();
            blocks_.back().reserve(kBlockDoubles);
            preferHugePages(blocks_.back());
        }
        std::vector<double>& block = blocks_.back();
        const size_t n = std::min(left, kBlockDoubles - block.size());
        block.insert(block.end(), from, from + n);
        from += n;
        left -= n;
    }
}

void HeldGeometry::reserveFor(size_t features) {
    if (features_.empty() || features <= features_.size()) return;
    const double scale = double(features) / double(features_.size());
    ringsPerPart_.reserve(size_t(double(ringsPerPart_.size()) * scale));
    verticesPerRing_.reserve(size_t(double(verticesPerRing_.size()) * scale));
    features_.reserve(features);
}

void HeldGeometry::copyVertices(size_t count, std::vector<double>& to) {
    size_t left = 2 * count;
    while (left > 0) {
        std::vector<double>& block = blocks_[readBlock_];
        const size_t n = std::min(left, block.size() - readAt_);
        to.insert(to.end(), block.begin() + ptrdiff_t(readAt_), block.begin() + ptrdiff_t(readAt_ + n));
        readAt_ += n;
        left -= n;
        if (readAt_ == block.size()) {
            std::vector<double>().swap(block);  // handed on: give the memory back now
            ++readBlock_;
            readAt_ = 0;
        }
    }
}

void HeldGeometry::handTo(LayerBuilder& builder, const std::function<int64_t(size_t)>& fidOf) {
    // Room for all of it at once: the builder's reserve was an estimate from the first features.
    for (size_t k = 0; k < 3; ++k) {
        GeometryColumn& column = builder.column(GeometryKind(k));
        const Totals& totals = totals_[k];
        if (column.xy.size() + 2 * totals.vertices > column.xy.capacity()) {
            column.xy.reserve(column.xy.size() + 2 * totals.vertices);
            preferHugePages(column.xy);
        }
        column.ringOffsets.reserve(column.ringOffsets.size() + totals.rings);
        column.partOffsets.reserve(column.partOffsets.size() + totals.parts);
    }
    size_t part = 0, ring = 0;
    for (size_t i = 0; i < features_.size(); ++i) {
        const Feature& feature = features_[i];
        if (feature.type == wkbNone) {
            builder.addNull();
            continue;
        }
        GeometryColumn& column = builder.column(feature.kind);
        uint32_t vertex = uint32_t(column.vertexCount());
        copyVertices(feature.vertices, column.xy);
        for (uint32_t p = 0; p < feature.parts; ++p, ++part) {
            for (uint32_t r = 0; r < ringsPerPart_[part]; ++r, ++ring) {
                vertex += verticesPerRing_[ring];
                column.ringOffsets.push_back(vertex);
            }
            column.endPart();
        }
        builder.addShape(fidOf(i), feature.kind, OGRGeometryTypeToName(feature.type));
    }
    *this = HeldGeometry{};
}

}  // namespace bashu::geojson
