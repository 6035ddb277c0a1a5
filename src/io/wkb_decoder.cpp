#include "io/wkb_decoder.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace bashu {

namespace {

// ISO base types of the simple geometries.
constexpr uint32_t kPoint = 1, kLineString = 2, kPolygon = 3, kMultiPoint = 4, kMultiLineString = 5,
                   kMultiPolygon = 6;

// Members and vertices a WKB geometry may declare before it is called malformed: more than its
// bytes could hold is caught by the length checks; this only keeps counts in 32-bit range.
constexpr uint32_t kMostCount = 1u << 30;

// Reads a WKB geometry's bytes in order, each read checked against the end.
class Cursor {
public:
    explicit Cursor(std::span<const uint8_t> bytes) : p_(bytes.data()), end_(bytes.data() + bytes.size()) {}

    bool ok() const { return ok_; }
    size_t left() const { return size_t(end_ - p_); }

    bool skip(size_t n) {
        if (!ok_ || left() < n) return ok_ = false;
        p_ += n;
        return true;
    }
    uint32_t u32(bool little) {
        uint32_t v = 0;
        if (!ok_ || left() < 4) return ok_ = false, 0;
        std::memcpy(&v, p_, 4);
        p_ += 4;
        return little ? v : __builtin_bswap32(v);
    }
    double f64(bool little) {
        uint64_t v = 0;
        if (!ok_ || left() < 8) return ok_ = false, 0.0;
        std::memcpy(&v, p_, 8);
        p_ += 8;
        if (!little) v = __builtin_bswap64(v);
        double d;
        std::memcpy(&d, &v, 8);
        return d;
    }
    const uint8_t* at() const { return p_; }
    uint8_t byte() {
        if (!ok_ || left() < 1) return ok_ = false, 0;
        return *p_++;
    }
    void fail() { ok_ = false; }

private:
    const uint8_t* p_;
    const uint8_t* end_;
    bool ok_ = true;
};

// A geometry's header: byte order, base type and how many ordinates each vertex has.
struct Header {
    bool little = true;
    uint32_t base = 0;  // 1..17
    uint32_t iso = 0;   // the ISO code: base + 1000 Z, 2000 M, 3000 ZM
    size_t ordinates = 2;
};

bool readHeader(Cursor& c, Header& h) {
    const uint8_t order = c.byte();
    if (!c.ok() || order > 1) return false;
    h.little = order == 1;
    uint32_t code = c.u32(h.little);
    if (!c.ok()) return false;
    bool z = false, m = false;
    // GDAL's own 2.5D flag (old GDAL, PostGIS's Z) on a plain 2D code; other flag bits (EWKB's M
    // and SRID) are not what GDAL reads, so they are called malformed like any unknown code.
    if (code & 0x80000000u) {
        code &= 0x7fffffffu;
        if (code >= 1000) return false;
        z = true;
    }
    if (code >= 3000) {
        z = m = true;
        code -= 3000;
    } else if (code >= 2000) {
        m = true;
        code -= 2000;
    } else if (code >= 1000) {
        z = true;
        code -= 1000;
    }
    if (code == 0 || code > 17) return false;
    h.base = code;
    h.iso = code + (z && m ? 3000 : z ? 1000 : m ? 2000 : 0);
    h.ordinates = 2 + size_t(z) + size_t(m);
    return true;
}

uint32_t readCount(Cursor& c, bool little, size_t leastBytesEach) {
    const uint32_t n = c.u32(little);
    if (!c.ok() || n > kMostCount || size_t(n) * leastBytesEach > c.left()) {
        c.fail();
        return 0;
    }
    return n;
}

// Skips `n` vertices, their x and y taken into `box` where there is one.
bool vertices(Cursor& c, const Header& h, uint32_t n, Extent* box) {
    const size_t vertexBytes = 8 * h.ordinates;
    if (!box) return c.skip(size_t(n) * vertexBytes);
    for (uint32_t v = 0; v < n && c.ok(); ++v) {
        const double x = c.f64(h.little), y = c.f64(h.little);
        c.skip(vertexBytes - 16);
        box->include(x, y);
    }
    return c.ok();
}

// Walks a simple geometry of base type `base` without keeping anything (but its box, where `box`
// is given): whether it is well formed and whether it has any coordinate (`empty` cleared on the
// first one). Members of a multi type must be of its single type.
bool walk(Cursor& c, const Header& h, bool& empty, Extent* box = nullptr) {
    const size_t vertexBytes = 8 * h.ordinates;
    switch (h.base) {
        case kPoint: {
            const double x = c.f64(h.little), y = c.f64(h.little);
            if (!c.skip(vertexBytes - 16)) return false;
            // GDAL reads a point of NaN coordinates as an empty point.
            if (!(std::isnan(x) && std::isnan(y))) {
                empty = false;
                if (box) box->include(x, y);
            }
            return true;
        }
        case kLineString: {
            const uint32_t n = readCount(c, h.little, vertexBytes);
            if (n > 0) empty = false;
            return vertices(c, h, n, box);
        }
        case kPolygon: {
            const uint32_t rings = readCount(c, h.little, 4);
            for (uint32_t r = 0; r < rings && c.ok(); ++r) {
                const uint32_t n = readCount(c, h.little, vertexBytes);
                if (n > 0) empty = false;
                vertices(c, h, n, box);
            }
            return c.ok();
        }
        case kMultiPoint:
        case kMultiLineString:
        case kMultiPolygon: {
            const uint32_t members = readCount(c, h.little, 5);
            for (uint32_t i = 0; i < members; ++i) {
                Header member;
                if (!readHeader(c, member) || member.base != h.base - 3 || member.ordinates != h.ordinates ||
                    !walk(c, member, empty, box))
                    return false;
            }
            return c.ok();
        }
        default:
            return false;
    }
}

// Appends while checking finiteness; the bytes were walked already, so reads cannot run out.
class Appender {
public:
    explicit Appender(GeometryColumn& column) : column_(column) {}
    bool finite = true;

    void any(Cursor& c, const Header& h) {
        switch (h.base) {
            case kPoint: {
                const double x = c.f64(h.little), y = c.f64(h.little);
                c.skip(8 * h.ordinates - 16);
                if (std::isnan(x) && std::isnan(y)) return;  // an empty point adds nothing
                vertex(x, y);
                column_.endRing();
                column_.endPart();
                return;
            }
            case kLineString:
                ring(c, h);
                column_.endPart();
                return;
            case kPolygon: {
                const uint32_t rings = c.u32(h.little);
                // An empty polygon (no ring with a vertex) adds nothing, as GDAL's objects do.
                Cursor probe = c;
                bool empty = true;
                for (uint32_t r = 0; r < rings; ++r) {
                    const uint32_t n = probe.u32(h.little);
                    if (n > 0) empty = false;
                    probe.skip(size_t(n) * 8 * h.ordinates);
                }
                if (empty) {
                    c = probe;
                    return;
                }
                for (uint32_t r = 0; r < rings; ++r) ring(c, h);
                column_.endPart();
                return;
            }
            default: {  // the multi types
                const uint32_t members = c.u32(h.little);
                for (uint32_t i = 0; i < members; ++i) {
                    Header member;
                    readHeader(c, member);
                    any(c, member);
                }
                return;
            }
        }
    }

private:
    void ring(Cursor& c, const Header& h) {
        const uint32_t n = c.u32(h.little);
        const size_t stride = 8 * h.ordinates;
        if (!c.ok() || size_t(n) * stride > c.left()) {  // not walked first: nothing to read
            c.fail();
            finite = false;
            return;
        }
        // Appended, not resized and overwritten: zero-filling 200 MB of coordinates first cost
        // a tenth of reading a 10^6-polygon layer.
        std::vector<double>& xy = column_.xy;
        if (xy.capacity() < xy.size() + 2 * size_t(n))
            xy.reserve(std::max(2 * xy.capacity(), xy.size() + 2 * size_t(n)));
        const uint8_t* in = c.at();
        bool allFinite = true;
        for (uint32_t v = 0; v < n; ++v, in += stride) {
            uint64_t bx, by;
            std::memcpy(&bx, in, 8);
            std::memcpy(&by, in + 8, 8);
            if (!h.little) {
                bx = __builtin_bswap64(bx);
                by = __builtin_bswap64(by);
            }
            double x, y;
            std::memcpy(&x, &bx, 8);
            std::memcpy(&y, &by, 8);
            allFinite = allFinite && std::isfinite(x) && std::isfinite(y);
            xy.push_back(x);
            xy.push_back(y);
        }
        if (!allFinite) finite = false;
        c.skip(size_t(n) * stride);
        column_.endRing();
    }

    void vertex(double x, double y) {
        if (!std::isfinite(x) || !std::isfinite(y)) finite = false;
        column_.addVertex(x, y);
    }

    GeometryColumn& column_;
};

}  // namespace

WkbShape inspectWkb(std::span<const uint8_t> wkb) {
    WkbShape shape;
    Cursor c(wkb);
    Header h;
    if (!readHeader(c, h)) return shape;
    shape.type = h.iso;
    switch (h.base) {
        case kPoint:
        case kMultiPoint:
            shape.kind = GeometryKind::Point;
            break;
        case kLineString:
        case kMultiLineString:
            shape.kind = GeometryKind::Line;
            break;
        case kPolygon:
        case kMultiPolygon:
            shape.kind = GeometryKind::Polygon;
            break;
        default:
            shape.outcome = WkbShape::Outcome::NotSimple;
            return shape;
    }
    bool empty = true;
    if (!walk(c, h, empty)) return shape;
    shape.outcome = empty ? WkbShape::Outcome::Empty : WkbShape::Outcome::Kind;
    return shape;
}

std::optional<Extent> wkbExtent(std::span<const uint8_t> wkb) {
    Cursor c(wkb);
    Header h;
    if (!readHeader(c, h) || h.base > kMultiPolygon) return std::nullopt;
    bool empty = true;
    Extent box;
    if (!walk(c, h, empty, &box) || empty || box.empty()) return std::nullopt;
    return box;
}

bool appendWkb(std::span<const uint8_t> wkb, GeometryColumn& column) {
    const size_t vertices = column.xy.size(), rings = column.ringOffsets.size(),
                 parts = column.partOffsets.size();
    Cursor c(wkb);
    Header h;
    readHeader(c, h);
    Appender appender(column);
    appender.any(c, h);
    if (!appender.finite) {
        column.xy.resize(vertices);
        column.ringOffsets.resize(rings);
        column.partOffsets.resize(parts);
    }
    return appender.finite;
}

}  // namespace bashu
