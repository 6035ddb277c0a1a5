#pragma once
// What every GeometryColumn handed on by a reader must satisfy: offsets that start at 0, never
// decrease and end at the count below them, and finite coordinates (the reader drops the rest).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/geometry.h"
#include "fuzz_check.h"

namespace bashu::fuzz {

inline void checkOffsets(const std::vector<uint32_t>& offsets, size_t end, const char* name) {
    BASHU_FUZZ_CHECK(!offsets.empty() && offsets.front() == 0, name);
    for (size_t i = 1; i < offsets.size(); ++i) BASHU_FUZZ_CHECK(offsets[i - 1] <= offsets[i], name);
    BASHU_FUZZ_CHECK(
        offsets.back() == end,
        std::string(name) + ": ends at " + std::to_string(offsets.back()) + ", not " + std::to_string(end));
}

inline void checkGeometryColumn(const GeometryColumn& geometry) {
    BASHU_FUZZ_CHECK(geometry.xy.size() % 2 == 0);
    checkOffsets(geometry.ringOffsets, geometry.vertexCount(), "ringOffsets");
    checkOffsets(geometry.partOffsets, geometry.ringCount(), "partOffsets");
    checkOffsets(geometry.featureOffsets, geometry.partCount(), "featureOffsets");
    for (double v : geometry.xy) BASHU_FUZZ_CHECK(std::isfinite(v));
    // A point part is one ring of one vertex; a line part is one ring.
    for (size_t part = 0; part < geometry.partCount(); ++part) {
        const uint32_t rings = geometry.partOffsets[part + 1] - geometry.partOffsets[part];
        if (geometry.kind == GeometryKind::Point)
            BASHU_FUZZ_CHECK(rings == 1 && geometry.ring(geometry.partOffsets[part]).size() == 2);
        else if (geometry.kind == GeometryKind::Line)
            BASHU_FUZZ_CHECK(rings == 1);
    }
}

}  // namespace bashu::fuzz
