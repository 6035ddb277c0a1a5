// tessellatePolygons on polygons decoded from the fuzz bytes: features of parts of rings, each
// ring either on a small integer grid (where touching, collinear and crossing edges are
// common) or of arbitrary floats (NaN, infinities and huge values included). The mesh must be
// consistent (mesh_checks.h), its triangles counter-clockwise, and the same on a second run.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <sstream>
#include <string>

#include "core/geometry.h"
#include "fuzz_check.h"
#include "mesh_checks.h"
#include "tessellate/polygon_mesh.h"

namespace {

// Bounds keep one input from taking seconds: GLU's sweep is superlinear.
constexpr size_t kMaxFeatures = 8, kMaxParts = 4, kMaxRings = 4, kMaxRingVertices = 64;

enum class Coordinates { Grid, Finite, AnyBits };

double rawDouble(FuzzedDataProvider& in) {
    const auto bits = in.ConsumeIntegral<uint64_t>();
    double value = 0.0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

void decodeRing(FuzzedDataProvider& in, bashu::GeometryColumn& geometry) {
    const auto kind = static_cast<Coordinates>(in.ConsumeIntegralInRange<int>(0, 2));
    const size_t count = in.ConsumeIntegralInRange<size_t>(0, kMaxRingVertices);
    for (size_t i = 0; i < count && in.remaining_bytes() > 0; ++i) {
        double x = 0.0, y = 0.0;
        switch (kind) {
            case Coordinates::Grid:
                x = in.ConsumeIntegralInRange<int>(-8, 8);
                y = in.ConsumeIntegralInRange<int>(-8, 8);
                break;
            case Coordinates::Finite:
                x = in.ConsumeFloatingPoint<double>();
                y = in.ConsumeFloatingPoint<double>();
                break;
            case Coordinates::AnyBits:
                x = rawDouble(in);
                y = rawDouble(in);
                break;
        }
        geometry.addVertex(x, y);
    }
    geometry.endRing();
}

bashu::GeometryColumn decodePolygons(FuzzedDataProvider& in) {
    bashu::GeometryColumn geometry;
    geometry.kind = bashu::GeometryKind::Polygon;
    const size_t features = in.ConsumeIntegralInRange<size_t>(1, kMaxFeatures);
    for (size_t f = 0; f < features && in.remaining_bytes() > 0; ++f) {
        const size_t parts = in.ConsumeIntegralInRange<size_t>(0, kMaxParts);
        for (size_t p = 0; p < parts && in.remaining_bytes() > 0; ++p) {
            const size_t rings = in.ConsumeIntegralInRange<size_t>(1, kMaxRings);
            for (size_t r = 0; r < rings && in.remaining_bytes() > 0; ++r) decodeRing(in, geometry);
            geometry.endPart();
        }
        geometry.endFeature();
    }
    return geometry;
}

// The decoded input, printed when a check fails so a finding can be read without a debugger.
std::string describe(const bashu::GeometryColumn& geometry, double originX, double originY) {
    std::ostringstream out;
    out.precision(17);
    out << "origin " << originX << " " << originY << "\n";
    for (size_t f = 0; f < geometry.featureCount(); ++f)
        for (uint32_t p = geometry.featureOffsets[f]; p < geometry.featureOffsets[f + 1]; ++p) {
            out << "feature " << f << " part " << p << ":\n";
            for (uint32_t r = geometry.partOffsets[p]; r < geometry.partOffsets[p + 1]; ++r) {
                out << "  ring";
                const std::span<const double> ring = geometry.ring(r);
                for (size_t i = 0; i < ring.size(); i += 2)
                    out << " (" << ring[i] << " " << ring[i + 1] << ")";
                out << "\n";
            }
        }
    return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzedDataProvider in(data, size);
    // The origin: 0, or the centre of the data as the renderer chooses it.
    const bool centred = in.ConsumeBool();
    const bashu::GeometryColumn geometry = decodePolygons(in);
    double originX = 0.0, originY = 0.0;
    if (centred && geometry.vertexCount() > 0) {
        const bashu::Extent extent = geometry.extent();
        originX = extent.centerX();
        originY = extent.centerY();
    }

    const bashu::PolygonMesh mesh = bashu::tessellatePolygons(geometry, originX, originY);
    bashu::fuzz::checkPolygonMesh(mesh, geometry);
    for (size_t t = 0; t < mesh.indices.size(); t += 3) {
        const float* a = &mesh.positions[2 * size_t(mesh.indices[t])];
        const float* b = &mesh.positions[2 * size_t(mesh.indices[t + 1])];
        const float* c = &mesh.positions[2 * size_t(mesh.indices[t + 2])];
        const double cross =
            (double(b[0]) - a[0]) * (double(c[1]) - a[1]) - (double(c[0]) - a[0]) * (double(b[1]) - a[1]);
        BASHU_FUZZ_CHECK(cross > 0.0, "triangle " + std::to_string(t / 3) + " (" + std::to_string(a[0]) +
                                          " " + std::to_string(a[1]) + ", " + std::to_string(b[0]) + " " +
                                          std::to_string(b[1]) + ", " + std::to_string(c[0]) + " " +
                                          std::to_string(c[1]) + ") is clockwise or flat, " +
                                          std::to_string(mesh.fallbackParts) + " parts by GLU, of\n" +
                                          describe(geometry, originX, originY));
    }

    // No state leaks from one call into the next (the ear clipper and GLU keep scratch memory).
    const bashu::PolygonMesh again = bashu::tessellatePolygons(geometry, originX, originY);
    BASHU_FUZZ_CHECK(again.positions == mesh.positions && again.indices == mesh.indices &&
                     again.featureIds == mesh.featureIds && again.failedParts == mesh.failedParts &&
                     again.fallbackParts == mesh.fallbackParts);
    return 0;
}
