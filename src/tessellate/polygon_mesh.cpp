#include "tessellate/polygon_mesh.h"

#include <GL/glu.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <span>

#include "tessellate/band_clip.h"
#include "tessellate/ear_clipping.h"
#include "tessellate/float_range.h"

namespace bashu {

namespace {

/// What the GLU callbacks write into while one polygon part is tessellated.
struct TessState {
    PolygonMesh* mesh = nullptr;
    uint32_t featureId = 0;
    bool failed = false;
};

// GLU hands vertex data back as void*; it stores mesh vertex index + 1, because a null vertex
// pointer coming out of the combine callback means "no vertex" to GLU.
void* vertexTag(size_t index) { return reinterpret_cast<void*>(static_cast<uintptr_t>(index) + 1); }
uint32_t vertexIndex(void* tag) { return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(tag) - 1); }

void GLAPIENTRY onBegin(GLenum type, void* polygonData) {
    // With an edge-flag callback registered GLU only emits GL_TRIANGLES; anything else would
    // be misread as a triangle list, so treat it as a failure rather than guess.
    if (type != GL_TRIANGLES) static_cast<TessState*>(polygonData)->failed = true;
}

void GLAPIENTRY onVertex(void* vertexData, void* polygonData) {
    auto* state = static_cast<TessState*>(polygonData);
    // Exceptions must not unwind through GLU's C frames.
    try {
        state->mesh->indices.push_back(vertexIndex(vertexData));
    } catch (const std::bad_alloc&) {
        state->failed = true;
    }
}

void GLAPIENTRY onEnd(void*) {}

// Registered only so that GLU emits independent triangles instead of fans and strips.
void GLAPIENTRY onEdgeFlag(GLboolean, void*) {}

void GLAPIENTRY onCombine(GLdouble coords[3], void* vertexData[4], GLfloat[4], void** outData,
                          void* polygonData) {
    auto* state = static_cast<TessState*>(polygonData);
    // Two inputs only: GLU is merging two vertices at identical coordinates, so the first one
    // serves as is and no new vertex is needed.
    if (vertexData[2] == nullptr && vertexData[3] == nullptr) {
        *outData = vertexData[0];
        return;
    }
    // An edge intersection (a self-intersecting or touching ring): a new vertex of this part.
    PolygonMesh& mesh = *state->mesh;
    try {
        mesh.positions.push_back(static_cast<float>(coords[0]));
        mesh.positions.push_back(static_cast<float>(coords[1]));
        mesh.featureIds.push_back(state->featureId);
    } catch (const std::bad_alloc&) {
        state->failed = true;
        *outData = vertexData[0];
        return;
    }
    *outData = vertexTag(mesh.featureIds.size() - 1);
}

void GLAPIENTRY onError(GLenum, void* polygonData) { static_cast<TessState*>(polygonData)->failed = true; }

struct TessDeleter {
    void operator()(GLUtesselator* tess) const { gluDeleteTess(tess); }
};
using TessPtr = std::unique_ptr<GLUtesselator, TessDeleter>;

TessPtr makeTesselator() {
    TessPtr tess(gluNewTess());
    if (!tess) return tess;
    GLUtesselator* t = tess.get();
    // GLU declares every callback as void(*)(void); the cast back happens inside GLU, keyed by
    // the callback name, so each function must match the signature its name documents.
    gluTessCallback(t, GLU_TESS_BEGIN_DATA, reinterpret_cast<_GLUfuncptr>(&onBegin));
    gluTessCallback(t, GLU_TESS_VERTEX_DATA, reinterpret_cast<_GLUfuncptr>(&onVertex));
    gluTessCallback(t, GLU_TESS_END_DATA, reinterpret_cast<_GLUfuncptr>(&onEnd));
    gluTessCallback(t, GLU_TESS_EDGE_FLAG_DATA, reinterpret_cast<_GLUfuncptr>(&onEdgeFlag));
    gluTessCallback(t, GLU_TESS_COMBINE_DATA, reinterpret_cast<_GLUfuncptr>(&onCombine));
    gluTessCallback(t, GLU_TESS_ERROR_DATA, reinterpret_cast<_GLUfuncptr>(&onError));
    gluTessProperty(t, GLU_TESS_WINDING_RULE, GLU_TESS_WINDING_ODD);
    gluTessProperty(t, GLU_TESS_BOUNDARY_ONLY, GL_FALSE);
    // All input lies in the xy plane; a fixed normal spares GLU from estimating one per polygon
    // (and from guessing wrongly for degenerate ones).
    gluTessNormal(t, 0.0, 0.0, 1.0);
    return tess;
}

/// Distinct vertices of a ring: consecutive repeats dropped, and the closing vertex dropped
/// when it repeats the first. Writes vertex indices (into geometry.xy / 2) to `out`.
size_t distinctRingVertices(const GeometryColumn& geometry, size_t ring, uint32_t* out) {
    const uint32_t begin = geometry.ringOffsets[ring];
    const uint32_t end = geometry.ringOffsets[ring + 1];
    const double* xy = geometry.xy.data();
    size_t count = 0;
    const auto same = [xy](size_t a, size_t b) {
        return xy[2 * a] == xy[2 * b] && xy[2 * a + 1] == xy[2 * b + 1];
    };
    for (uint32_t v = begin; v < end; ++v) {
        if (count > 0 && same(v, out[count - 1])) continue;
        out[count++] = v;
    }
    // Dropping the closing vertex may expose another repeat of the first (A B B A A), so loop.
    while (count > 1 && same(out[count - 1], out[0])) --count;
    return count;
}

/// Whether the triangle's stored (float) corners are collinear, or in clockwise order. GLU emits
/// collinear triangles around collinear boundary vertices (densified edges: about a quarter of
/// the triangles of a square with points along its sides) and where several edges cross at one
/// point; ear clipping leaves only slivers that rounding to float flattened. Rounding can also
/// turn such a sliver over: two of GLU's intersection vertices a rounding error apart, say. None
/// of them covers a pixel, so they only cost memory and vertex work, and the mesh promises
/// counter-clockwise triangles.
bool isFlatOrFlipped(const float* positions, uint32_t ia, uint32_t ib, uint32_t ic) {
    const float* a = positions + 2 * size_t(ia);
    const float* b = positions + 2 * size_t(ib);
    const float* c = positions + 2 * size_t(ic);
    return (double(b[0]) - a[0]) * (double(c[1]) - a[1]) - (double(c[0]) - a[0]) * (double(b[1]) - a[1]) <=
           0.0;
}

/// Drops the triangles from `first` on that are flat or flipped (isFlatOrFlipped).
void dropZeroAreaTriangles(PolygonMesh& mesh, size_t first) {
    const float* p = mesh.positions.data();
    uint32_t* indices = mesh.indices.data();
    size_t kept = first;
    for (size_t t = first; t + 2 < mesh.indices.size(); t += 3) {
        if (isFlatOrFlipped(p, indices[t], indices[t + 1], indices[t + 2])) continue;
        indices[kept] = indices[t];
        indices[kept + 1] = indices[t + 1];
        indices[kept + 2] = indices[t + 2];
        kept += 3;
    }
    mesh.indices.resize(kept);
}

/// Appends part-local triangles, shifted to the part's first vertex, except flat or flipped ones.
void appendTriangles(PolygonMesh& mesh, size_t vertexStart, const std::vector<uint32_t>& triangles) {
    const size_t first = mesh.indices.size();
    mesh.indices.resize(first + triangles.size());
    const float* p = mesh.positions.data();
    uint32_t* out = mesh.indices.data() + first;
    const auto offset = static_cast<uint32_t>(vertexStart);
    for (size_t t = 0; t + 2 < triangles.size(); t += 3) {
        const uint32_t a = triangles[t] + offset, b = triangles[t + 1] + offset,
                       c = triangles[t + 2] + offset;
        if (isFlatOrFlipped(p, a, b, c)) continue;
        *out++ = a;
        *out++ = b;
        *out++ = c;
    }
    mesh.indices.resize(size_t(out - mesh.indices.data()));
}

/// Whether ear-clipped triangles (indices into `xy`, x, y per vertex) cover exactly the part's
/// area: their total (each counted positively) must match polygonPartArea within 1e-7
/// relative. For a simple polygon the two agree to rounding (about 1e-12); a self-intersecting
/// part leaves some region covered twice, covered with clockwise triangles, or uncovered.
bool trianglesCoverPart(const double* xy, const std::vector<uint32_t>& triangles, double partArea) {
    double twiceArea = 0.0;
    for (size_t t = 0; t + 2 < triangles.size(); t += 3) {
        const double* a = xy + 2 * size_t(triangles[t]);
        const double* b = xy + 2 * size_t(triangles[t + 1]);
        const double* c = xy + 2 * size_t(triangles[t + 2]);
        twiceArea += std::abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]));
    }
    return std::abs(0.5 * twiceArea - partArea) <= 1e-7 * std::abs(partArea);
}

// Whether every vertex of a part has a float position relative to the origin (fitsFloat).
bool partFitsFloat(const GeometryColumn& geometry, size_t part, double originX, double originY) {
    const uint32_t firstRing = geometry.partOffsets[part];
    const uint32_t lastRing = geometry.partOffsets[part + 1];
    for (size_t i = 2 * size_t(geometry.ringOffsets[firstRing]);
         i < 2 * size_t(geometry.ringOffsets[lastRing]); i += 2)
        if (!fitsFloat(geometry.xy[i] - originX) || !fitsFloat(geometry.xy[i + 1] - originY)) return false;
    return true;
}

// Tessellates rings by GLU's odd-even sweep: their x, y relative to the origin, ring r ending
// before vertex ringEnds[r], each vertex i already in the mesh as vertex first + i. False when
// GLU fails; what it added is then the caller's to drop.
bool tessellateByGlu(GLUtesselator* tess, TessState& state, std::span<const double> xy,
                     std::span<const uint32_t> ringEnds, size_t first, std::vector<double>& coords) {
    const size_t n = xy.size() / 2;
    // GLU keeps the coordinate pointers until gluTessEndPolygon: sized before it starts.
    if (coords.size() < 3 * n) coords.resize(3 * n);
    for (size_t i = 0; i < n; ++i) {
        coords[3 * i] = xy[2 * i];
        coords[3 * i + 1] = xy[2 * i + 1];
        coords[3 * i + 2] = 0.0;
    }
    const size_t indexStart = state.mesh->indices.size();
    state.failed = false;
    gluTessBeginPolygon(tess, &state);
    size_t ringStart = 0;
    for (const uint32_t ringEnd : ringEnds) {
        gluTessBeginContour(tess);
        for (size_t i = ringStart; i < ringEnd; ++i)
            gluTessVertex(tess, &coords[3 * i], vertexTag(first + i));
        gluTessEndContour(tess);
        ringStart = ringEnd;
    }
    gluTessEndPolygon(tess);
    return !state.failed && (state.mesh->indices.size() - indexStart) % 3 == 0;
}

// Parts of more vertices than this go to GLU band by band (band_clip.h).
constexpr size_t kBandVertices = 1024;

// A large part by GLU, cut into horizontal bands of about kBandVertices vertices: GLU's time grows
// with the square of a part's size. Each band's vertices are added to the mesh as it goes.
bool tessellateInBands(GLUtesselator* tess, TessState& state, std::span<const double> xy,
                       std::span<const uint32_t> ringEnds, std::vector<double>& coords) {
    PolygonMesh& mesh = *state.mesh;
    const size_t n = xy.size() / 2;
    double lowY = xy[1], highY = xy[1];
    for (size_t i = 0; i < n; ++i) {
        lowY = std::min(lowY, xy[2 * i + 1]);
        highY = std::max(highY, xy[2 * i + 1]);
    }
    const size_t bands = (n + kBandVertices - 1) / kBandVertices;
    std::vector<double> bandXY;
    std::vector<uint32_t> bandEnds;
    for (size_t b = 0; b < bands; ++b) {
        // Each cut computed once, so the bands on either side of it use the same value.
        const double lo = b == 0 ? lowY : lowY + (highY - lowY) * double(b) / double(bands);
        const double hi = b + 1 == bands ? highY : lowY + (highY - lowY) * double(b + 1) / double(bands);
        bandXY.clear();
        bandEnds.clear();
        clipRingsToBand(xy, ringEnds, lo, hi, bandXY, bandEnds);
        if (bandEnds.empty()) continue;
        const size_t first = mesh.featureIds.size();
        mesh.featureIds.resize(first + bandXY.size() / 2, state.featureId);
        for (double v : bandXY) mesh.positions.push_back(static_cast<float>(v));
        if (!tessellateByGlu(tess, state, bandXY, bandEnds, first, coords)) return false;
    }
    return true;
}

}  // namespace

PolygonMesh tessellatePolygons(const GeometryColumn& geometry, double originX, double originY) {
    PolygonMesh mesh;
    mesh.originX = originX;
    mesh.originY = originY;
    if (geometry.kind != GeometryKind::Polygon || geometry.featureCount() == 0) return mesh;

    // A part whose rings have V distinct vertices gives V - 2 triangles, and 2 more for each
    // hole: V + 2 R - 4 P in all for open rings (the closing vertex stored too: one fewer a ring).
    // Reserved so, not 3 V indices: at 1.9M squares of an export, 3 V held 220 MB instead of 132.
    const size_t parts = geometry.partCount(), vertices = geometry.vertexCount() + 2 * geometry.ringCount();
    mesh.positions.reserve(geometry.xy.size());
    mesh.featureIds.reserve(geometry.vertexCount());
    mesh.indices.reserve(3 * (vertices > 4 * parts ? vertices - 4 * parts : 0));

    // Per-part scratch, grown but never shrunk, so the steady state allocates nothing. GLU keeps
    // the coordinate pointers until gluTessEndPolygon, so `coords` is sized before a part starts
    // and not touched while GLU holds pointers into it.
    std::vector<double> partXY;  // x, y per distinct vertex of the part, relative to the origin
    std::vector<double> coords;  // the same as x, y, 0 for GLU
    std::vector<uint32_t> ringVertices, ringEnds, triangles;
    EarClipper clipper;
    TessPtr tess;  // made on the first part that needs it

    TessState state;
    state.mesh = &mesh;

    // Cell by cell, so the renderer can skip the cells out of view (spatial_order.h).
    const SpatialOrder order = spatialOrder(geometry);
    for (size_t cell = 0; cell + 1 < order.cellStarts.size(); ++cell) {
        const size_t cellVertices = mesh.featureIds.size(), cellIndices = mesh.indices.size();
        for (uint32_t k = order.cellStarts[cell]; k < order.cellStarts[cell + 1]; ++k) {
            const size_t feature = order.features[k];
            state.featureId = static_cast<uint32_t>(feature);
            for (uint32_t part = geometry.featureOffsets[feature];
                 part < geometry.featureOffsets[feature + 1]; ++part) {
                const uint32_t firstRing = geometry.partOffsets[part];
                const uint32_t lastRing = geometry.partOffsets[part + 1];
                if (firstRing == lastRing) continue;
                // Neither algorithm has a defence against NaN or infinity (GLU's sweep can loop or
                // crash), so such parts reach neither; nor do parts too far from the origin for a
                // float, whose triangles would reach infinity on the GPU.
                if (!partFitsFloat(geometry, part, originX, originY)) {
                    ++mesh.failedParts;
                    continue;
                }

                const size_t rawVertices = geometry.ringOffsets[lastRing] - geometry.ringOffsets[firstRing];
                if (ringVertices.size() < rawVertices) ringVertices.resize(rawVertices);
                ringEnds.clear();
                size_t used = 0;
                for (uint32_t ring = firstRing; ring < lastRing; ++ring) {
                    const size_t count = distinctRingVertices(geometry, ring, ringVertices.data() + used);
                    // Fewer than 3 distinct vertices enclose nothing.
                    if (count < 3) {
                        // Without its outer ring a part has nothing to fill; its holes alone would
                        // be filled by the odd rule, which is wrong.
                        if (ring == firstRing) break;
                        continue;
                    }
                    used += count;
                    ringEnds.push_back(static_cast<uint32_t>(used));
                }
                if (used == 0) continue;

                const size_t vertexStart = mesh.featureIds.size();
                const size_t indexStart = mesh.indices.size();
                if (partXY.size() < 2 * used) partXY.resize(2 * used);
                mesh.positions.resize(2 * (vertexStart + used));
                mesh.featureIds.resize(vertexStart + used, state.featureId);
                float* positions = mesh.positions.data() + 2 * vertexStart;
                for (size_t i = 0; i < used; ++i) {
                    const uint32_t v = ringVertices[i];
                    // Relative to the origin in double for the triangulation; the float copy is what
                    // the GPU gets.
                    const double x = geometry.xy[2 * size_t(v)] - originX;
                    const double y = geometry.xy[2 * size_t(v) + 1] - originY;
                    partXY[2 * i] = x;
                    partXY[2 * i + 1] = y;
                    positions[2 * i] = static_cast<float>(x);
                    positions[2 * i + 1] = static_cast<float>(y);
                }

                triangles.clear();
                if (clipper.triangulate({partXY.data(), 2 * used}, ringEnds, triangles) &&
                    trianglesCoverPart(partXY.data(), triangles, polygonPartArea(geometry, part))) {
                    appendTriangles(mesh, vertexStart, triangles);
                    continue;
                }

                // Ear clipping cannot vouch for this part (it self-intersects or is otherwise
                // invalid): GLU's odd-even sweep instead.
                ++mesh.fallbackParts;
                if (!tess) tess = makeTesselator();
                if (!tess) {
                    mesh.positions.resize(2 * vertexStart);
                    mesh.featureIds.resize(vertexStart);
                    ++mesh.failedParts;
                    continue;
                }
                const std::span<const double> partCoordinates(partXY.data(), 2 * used);
                bool ok = false;
                if (used > 2 * kBandVertices) {
                    // The bands bring their own vertices: the part's own go.
                    mesh.positions.resize(2 * vertexStart);
                    mesh.featureIds.resize(vertexStart);
                    ok = tessellateInBands(tess.get(), state, partCoordinates, ringEnds, coords);
                } else {
                    ok = tessellateByGlu(tess.get(), state, partCoordinates, ringEnds, vertexStart, coords);
                }

                if (!ok) {
                    // Drop everything this part added, intersection vertices included, so a failed
                    // part leaves no trace but the count.
                    mesh.positions.resize(2 * vertexStart);
                    mesh.featureIds.resize(vertexStart);
                    mesh.indices.resize(indexStart);
                    ++mesh.failedParts;
                } else {
                    dropZeroAreaTriangles(mesh, indexStart);
                }
            }
        }
        if (mesh.indices.size() > cellIndices)
            mesh.chunks.push_back(
                chunkExtent(std::span<const float>(mesh.positions).subspan(2 * cellVertices),
                            uint32_t(cellIndices), uint32_t(mesh.indices.size() - cellIndices)));
    }
    return mesh;
}

}  // namespace bashu
