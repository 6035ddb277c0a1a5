#include "tessellate/ear_clipping.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace bashu {

namespace {

/// One vertex of the ring being clipped. Bridges to holes and diagonal splits duplicate
/// vertices, so several nodes may carry the same index. Left uninitialised by the pool (which
/// need not clear memory it is about to overwrite); every field is set when a node is handed out
/// and linked.
struct Node {
    double x, y;
    uint32_t i;  // vertex index into the input (xy / 2)
    uint32_t z;  // z-order key, while the ear test is hashed
    Node* prev;
    Node* next;
    Node* prevZ;  // neighbours in z-order (null at either end)
    Node* nextZ;
};

/// Twice the signed area of the triangle a, b, c: positive when a -> b -> c turns left.
double cross(const Node* a, const Node* b, const Node* c) {
    return (b->x - a->x) * (c->y - a->y) - (b->y - a->y) * (c->x - a->x);
}

bool equals(const Node* a, const Node* b) { return a->x == b->x && a->y == b->y; }

/// Whether p lies inside or on the counter-clockwise triangle a, b, c.
bool pointInTriangle(double ax, double ay, double bx, double by, double cx, double cy, double px, double py) {
    return (bx - ax) * (py - ay) - (by - ay) * (px - ax) >= 0.0 &&
           (cx - bx) * (py - by) - (cy - by) * (px - bx) >= 0.0 &&
           (ax - cx) * (py - cy) - (ay - cy) * (px - cx) >= 0.0;
}

int sign(double v) { return (v > 0.0) - (v < 0.0); }

/// Whether q, known to be collinear with p and r, lies within their bounding box.
bool onSegment(const Node* p, const Node* q, const Node* r) {
    return q->x <= std::max(p->x, r->x) && q->x >= std::min(p->x, r->x) && q->y <= std::max(p->y, r->y) &&
           q->y >= std::min(p->y, r->y);
}

/// Whether segments p1-q1 and p2-q2 cross or touch.
bool intersects(const Node* p1, const Node* q1, const Node* p2, const Node* q2) {
    const int o1 = sign(cross(p1, q1, p2));
    const int o2 = sign(cross(p1, q1, q2));
    const int o3 = sign(cross(p2, q2, p1));
    const int o4 = sign(cross(p2, q2, q1));
    if (o1 != o2 && o3 != o4) return true;
    if (o1 == 0 && onSegment(p1, p2, q1)) return true;
    if (o2 == 0 && onSegment(p1, q2, q1)) return true;
    if (o3 == 0 && onSegment(p2, p1, q2)) return true;
    if (o4 == 0 && onSegment(p2, q1, q2)) return true;
    return false;
}

/// Whether the segment from a towards b starts into the interior of the (counter-clockwise)
/// ring at a.
bool locallyInside(const Node* a, const Node* b) {
    if (cross(a->prev, a, a->next) > 0.0)  // convex corner: b within the wedge
        return cross(a, b, a->next) <= 0.0 && cross(a, a->prev, b) <= 0.0;
    // Reflex corner: b anywhere but the outside wedge.
    return cross(a, b, a->prev) > 0.0 || cross(a, a->next, b) > 0.0;
}

/// Whether the wedge of m (between its two edges) contains the wedge of p; used to pick
/// between bridge candidates at the same angle.
bool sectorContainsSector(const Node* m, const Node* p) {
    return cross(m->prev, m, p->prev) > 0.0 && cross(p->next, m, m->next) > 0.0;
}

void removeNode(Node* p) {
    p->next->prev = p->prev;
    p->prev->next = p->next;
    if (p->prevZ) p->prevZ->nextZ = p->nextZ;
    if (p->nextZ) p->nextZ->prevZ = p->prevZ;
}

/// Spreads the low 16 bits of v to the even bit positions.
uint32_t spreadBits(uint32_t v) {
    v = (v | (v << 8)) & 0x00FF00FFu;
    v = (v | (v << 4)) & 0x0F0F0F0Fu;
    v = (v | (v << 2)) & 0x33333333u;
    v = (v | (v << 1)) & 0x55555555u;
    return v;
}

/// Measures ring [begin, end) in one pass: `twiceArea`, its signed area times two (relative to
/// its first vertex, for precision), and `turns`, how many times the direction of travel turns
/// around: +1 for a simple counter-clockwise ring, -1 for a clockwise one. The turns are the
/// winding number, about the origin, of the polygon whose vertices are the ring's edge vectors
/// (consecutive edge vectors are joined by a straight line that sweeps exactly the turn between
/// them, under half a turn). Returns false when the turns are undefined: a ring that reverses on
/// the spot (a spike, a two-point ring), or one with fewer than two distinct vertices.
bool measureRing(const double* xy, uint32_t begin, uint32_t end, int& turns, double& twiceArea) {
    turns = 0;
    twiceArea = 0.0;
    const double x0 = xy[2 * size_t(begin)], y0 = xy[2 * size_t(begin) + 1];
    double firstX = 0.0, firstY = 0.0, prevX = 0.0, prevY = 0.0;
    bool haveFirst = false, defined = true;
    const auto turn = [&](double dx, double dy) {
        const double c = prevX * dy - prevY * dx;
        if (c == 0.0 && prevX * dx + prevY * dy < 0.0) defined = false;
        if (prevY <= 0.0) {
            if (dy > 0.0 && c > 0.0) ++turns;
        } else if (dy <= 0.0 && c < 0.0) {
            --turns;
        }
        prevX = dx;
        prevY = dy;
    };
    double vx = 0.0, vy = 0.0;  // the current vertex, relative to the first
    for (uint32_t v = begin; v < end; ++v) {
        const uint32_t w = v + 1 < end ? v + 1 : begin;
        const double wx = xy[2 * size_t(w)] - x0, wy = xy[2 * size_t(w) + 1] - y0;
        twiceArea += vx * wy - wx * vy;
        const double dx = wx - vx, dy = wy - vy;
        vx = wx;
        vy = wy;
        if (dx == 0.0 && dy == 0.0) continue;  // repeated vertex
        if (!haveFirst) {
            firstX = prevX = dx;
            firstY = prevY = dy;
            haveFirst = true;
            continue;
        }
        turn(dx, dy);
    }
    if (!haveFirst) return false;
    turn(firstX, firstY);
    return defined;
}

/// Whether all vertices of ring [begin, end) lie on one line (or one point).
bool ringIsCollinear(const double* xy, uint32_t begin, uint32_t end) {
    const double x0 = xy[2 * size_t(begin)], y0 = xy[2 * size_t(begin) + 1];
    double dx = 0.0, dy = 0.0;  // direction of the line, once known
    for (uint32_t v = begin + 1; v < end; ++v) {
        const double ex = xy[2 * size_t(v)] - x0, ey = xy[2 * size_t(v) + 1] - y0;
        if (dx == 0.0 && dy == 0.0) {
            dx = ex;
            dy = ey;
        } else if (dx * ey - dy * ex != 0.0) {
            return false;
        }
    }
    return true;
}

}  // namespace

struct EarClipper::State {
    // --- Node pool: blocks kept between calls, handed out again from the first.
    std::vector<std::unique_ptr<Node[]>> blocks;
    std::vector<size_t> blockSizes;
    size_t block = 0;            // the block being handed out
    Node* blockNodes = nullptr;  // its nodes, `used` of `blockSize` handed out
    size_t used = 0, blockSize = 0;

    // --- Per call.
    const double* xy = nullptr;
    std::vector<uint32_t>* out = nullptr;
    bool complete = true;
    bool hashed = false;
    double minX = 0.0, minY = 0.0, invSize = 0.0;
    // Node visits so far, and the most allowed before giving up; likewise for the visits of the
    // split pass alone.
    uint64_t work = 0, workLimit = 0;
    uint64_t splitWork = 0, splitWorkLimit = 0;

    // --- Scratch.
    std::vector<std::pair<Node*, int>> pending;  // rings still to clip, with their pass
    struct HoleKey {
        double x, y, angle;
        Node* node;
    };
    std::vector<HoleKey> holes;
    std::vector<char> skipRing;     // rings whose vertices all lie on one line
    std::vector<double> ringAreas;  // twice the signed area of each ring
    struct ZKey {
        uint32_t z;
        Node* node;
    };
    std::vector<ZKey> zKeys, zScratch;

    void resetPool() {
        block = 0;
        used = 0;
        blockNodes = blocks.empty() ? nullptr : blocks[0].get();
        blockSize = blocks.empty() ? 0 : blockSizes[0];
    }

    /// Moves on to the next block, making it when there is none.
    void nextBlock() {
        if (blockNodes) ++block;
        if (block == blocks.size()) {
            const size_t size =
                blocks.empty() ? size_t(1024) : std::min<size_t>(2 * blockSizes.back(), 1 << 16);
            blocks.push_back(std::make_unique_for_overwrite<Node[]>(size));
            blockSizes.push_back(size);
        }
        blockNodes = blocks[block].get();
        blockSize = blockSizes[block];
        used = 0;
    }

    Node* newNode(uint32_t i, double x, double y) {
        if (used == blockSize) nextBlock();
        Node* p = blockNodes + used++;
        p->x = x;
        p->y = y;
        p->i = i;
        p->z = 0;
        p->prev = p->next = nullptr;  // linked by the caller
        p->prevZ = p->nextZ = nullptr;
        return p;
    }

    /// Inserts vertex i after `last` (or starts a ring) and returns it.
    Node* insertNode(uint32_t i, Node* last) {
        Node* p = newNode(i, xy[2 * size_t(i)], xy[2 * size_t(i) + 1]);
        if (!last) {
            p->prev = p->next = p;
        } else {
            p->next = last->next;
            p->prev = last;
            last->next->prev = p;
            last->next = p;
        }
        return p;
    }

    /// The ring [begin, end) as a circular list running counter-clockwise (or clockwise),
    /// without a closing repeat of its first vertex. Null for an empty ring.
    Node* linkRing(uint32_t begin, uint32_t end, double twiceArea, bool counterClockwise) {
        Node* last = nullptr;
        if (counterClockwise == (twiceArea > 0.0)) {
            for (uint32_t v = begin; v < end; ++v) last = insertNode(v, last);
        } else {
            for (uint32_t v = end; v > begin; --v) last = insertNode(v - 1, last);
        }
        if (last && last != last->next && equals(last, last->next)) {
            removeNode(last);
            last = last->next;
        }
        return last;
    }

    /// Splits the ring along the diagonal a-b into two rings, duplicating a and b: a keeps
    /// a -> b, and the returned copy of b starts the other ring (b' -> a' -> a's old next).
    Node* splitPolygon(Node* a, Node* b) {
        Node* a2 = newNode(a->i, a->x, a->y);
        Node* b2 = newNode(b->i, b->x, b->y);
        Node* an = a->next;
        Node* bp = b->prev;
        a->next = b;
        b->prev = a;
        a2->next = an;
        an->prev = a2;
        b2->next = a2;
        a2->prev = b2;
        bp->next = b2;
        b2->prev = bp;
        return b2;
    }

    /// Removes repeated and collinear vertices from start up to end (the whole ring when end
    /// is null); returns a node still in the ring.
    Node* filterPoints(Node* start, Node* end) {
        if (!start) return start;
        if (!end) end = start;
        Node* p = start;
        bool again = false;
        do {
            ++work;
            again = false;
            if (equals(p, p->next) || cross(p->prev, p, p->next) == 0.0) {
                removeNode(p);
                p = end = p->prev;
                if (p == p->next) break;
                again = true;
            } else {
                p = p->next;
            }
        } while (again || p != end);
        return end;
    }

    /// Interleaved bits of the vertex's cell in a 32768 x 32768 grid over the polygon's box.
    uint32_t zOrder(double x, double y) const {
        // Every node is a vertex of the polygon, so both offsets lie in [0, 32767] (a product
        // rounded just above 32767 still truncates to it).
        const auto cx = static_cast<uint32_t>((x - minX) * invSize);
        const auto cy = static_cast<uint32_t>((y - minY) * invSize);
        return spreadBits(cx) | (spreadBits(cy) << 1);
    }

    /// Keys every node of the ring by z-order and links them in that order.
    void indexCurve(Node* start) {
        zKeys.clear();
        Node* p = start;
        do {
            p->z = zOrder(p->x, p->y);
            zKeys.push_back({p->z, p});
            p = p->next;
        } while (p != start);
        const size_t n = zKeys.size();
        work += n;
        const ZKey* sorted = zKeys.data();
        if (n < 256) {
            std::sort(zKeys.begin(), zKeys.end(), [](const ZKey& a, const ZKey& b) { return a.z < b.z; });
        } else {
            // Keys have 30 bits: three stable passes of 10 bits each, back and forth between
            // the two buffers.
            if (zScratch.size() < n) zScratch.resize(n);
            ZKey* from = zKeys.data();
            ZKey* to = zScratch.data();
            for (unsigned shift = 0; shift < 30; shift += 10) {
                size_t counts[1025] = {};
                for (size_t k = 0; k < n; ++k) ++counts[((from[k].z >> shift) & 1023u) + 1];
                for (size_t d = 1; d < 1025; ++d) counts[d] += counts[d - 1];
                for (size_t k = 0; k < n; ++k) to[counts[(from[k].z >> shift) & 1023u]++] = from[k];
                std::swap(from, to);
            }
            sorted = from;
        }
        Node* previous = nullptr;
        for (size_t k = 0; k < n; ++k) {
            Node* node = sorted[k].node;
            node->prevZ = previous;
            if (previous) previous->nextZ = node;
            previous = node;
        }
        previous->nextZ = nullptr;
    }

    /// Whether prev-ear-next is an ear: a left turn with no reflex vertex inside or on it
    /// (other than a duplicate of `prev`). Walks the whole ring.
    bool isEar(const Node* ear) {
        const Node* a = ear->prev;
        const Node* b = ear;
        const Node* c = ear->next;
        if (cross(a, b, c) <= 0.0) return false;  // reflex or flat
        const double ax = a->x, ay = a->y, bx = b->x, by = b->y, cx = c->x, cy = c->y;
        const double x0 = std::min({ax, bx, cx}), y0 = std::min({ay, by, cy});
        const double x1 = std::max({ax, bx, cx}), y1 = std::max({ay, by, cy});
        uint64_t visits = 0;
        bool result = true;
        for (const Node* p = c->next; p != a; p = p->next) {
            ++visits;
            if (p->x >= x0 && p->x <= x1 && p->y >= y0 && p->y <= y1 && !(p->x == ax && p->y == ay) &&
                pointInTriangle(ax, ay, bx, by, cx, cy, p->x, p->y) && cross(p->prev, p, p->next) <= 0.0) {
                result = false;
                break;
            }
        }
        work += visits;
        return result;
    }

    /// isEar, visiting only the nodes whose z-order key falls within the ear's bounding box.
    bool isEarHashed(const Node* ear) {
        const Node* a = ear->prev;
        const Node* b = ear;
        const Node* c = ear->next;
        if (cross(a, b, c) <= 0.0) return false;
        const double ax = a->x, ay = a->y, bx = b->x, by = b->y, cx = c->x, cy = c->y;
        const double x0 = std::min({ax, bx, cx}), y0 = std::min({ay, by, cy});
        const double x1 = std::max({ax, bx, cx}), y1 = std::max({ay, by, cy});
        const uint32_t minZ = zOrder(x0, y0), maxZ = zOrder(x1, y1);
        // Most nodes in the z-range lie outside the ear's box, or are a or c: one combined test
        // (no early exits to mispredict) settles those.
        const auto blocking = [&](const Node* p) {
            const bool candidate =
                (p->x >= x0) & (p->x <= x1) & (p->y >= y0) & (p->y <= y1) & (p != a) & (p != c);
            return candidate && !(p->x == ax && p->y == ay) &&
                   pointInTriangle(ax, ay, bx, by, cx, cy, p->x, p->y) && cross(p->prev, p, p->next) <= 0.0;
        };
        // Blocking vertices are rare (most candidates that are not ears are reflex), so one
        // direction after the other.
        uint64_t visits = 0;
        bool result = true;
        for (const Node* p = ear->prevZ; p && p->z >= minZ; p = p->prevZ) {
            ++visits;
            if (blocking(p)) {
                result = false;
                break;
            }
        }
        if (result) {
            for (const Node* n = ear->nextZ; n && n->z <= maxZ; n = n->nextZ) {
                ++visits;
                if (blocking(n)) {
                    result = false;
                    break;
                }
            }
        }
        work += visits;
        return result;
    }

    void emit(const Node* a, const Node* b, const Node* c) {
        out->push_back(a->i);
        out->push_back(b->i);
        out->push_back(c->i);
    }

    /// Cuts off the triangle a-p-b wherever edges a-p and p.next-b cross (a small local
    /// self-intersection), dropping p and p.next.
    Node* cureLocalIntersections(Node* start) {
        Node* p = start;
        do {
            ++work;
            Node* a = p->prev;
            Node* b = p->next->next;
            if (!equals(a, b) && intersects(a, p, p->next, b) && locallyInside(a, b) && locallyInside(b, a)) {
                if (cross(a, p, b) < 0.0)
                    emit(a, b, p);
                else
                    emit(a, p, b);
                removeNode(p);
                removeNode(p->next);
                p = start = b;
            }
            p = p->next;
        } while (p != start);
        return filterPoints(p, nullptr);
    }

    /// Whether segment a-b crosses or touches an edge of the ring not incident to a or b.
    bool intersectsPolygon(const Node* a, const Node* b) {
        const Node* p = a;
        do {
            ++work;
            if (p->i != a->i && p->next->i != a->i && p->i != b->i && p->next->i != b->i &&
                intersects(p, p->next, a, b))
                return true;
            p = p->next;
        } while (p != a);
        return false;
    }

    /// Whether the midpoint of a-b lies inside the ring (even-odd ray test).
    bool middleInside(const Node* a, const Node* b) {
        const Node* p = a;
        bool inside = false;
        const double px = (a->x + b->x) / 2.0, py = (a->y + b->y) / 2.0;
        do {
            ++work;
            if (((p->y > py) != (p->next->y > py)) && p->next->y != p->y &&
                (px < (p->next->x - p->x) * (py - p->y) / (p->next->y - p->y) + p->x))
                inside = !inside;
            p = p->next;
        } while (p != a);
        return inside;
    }

    /// Whether a-b can split the ring into two that are each clipped on their own.
    bool isValidDiagonal(const Node* a, const Node* b) {
        if (a->next->i == b->i || a->prev->i == b->i || intersectsPolygon(a, b)) return false;
        // Locally visible, without creating opposite-facing sectors.
        if (locallyInside(a, b) && locallyInside(b, a) && middleInside(a, b) &&
            (cross(a->prev, a, b->prev) != 0.0 || cross(a, b->prev, b) != 0.0))
            return true;
        // A zero-length diagonal between two convex copies of one point.
        return equals(a, b) && cross(a->prev, a, a->next) < 0.0 && cross(b->prev, b, b->next) < 0.0;
    }

    /// Last resort: splits the ring along some valid diagonal and queues both halves.
    void splitEarcut(Node* start) {
        Node* a = start;
        do {
            for (Node* b = a->next->next; b != a->prev; b = b->next) {
                if (splitWork > splitWorkLimit || work > workLimit) {
                    complete = false;
                    return;
                }
                const uint64_t before = work;
                const bool valid = a->i != b->i && isValidDiagonal(a, b);
                splitWork += work - before + 1;
                if (valid) {
                    Node* c = splitPolygon(a, b);
                    a = filterPoints(a, a->next);
                    c = filterPoints(c, c->next);
                    pending.emplace_back(c, 0);
                    pending.emplace_back(a, 0);
                    return;
                }
            }
            a = a->next;
        } while (a != start);
        complete = false;  // nothing more to try: this piece stays open
    }

    /// Clips ears off the ring until none is left, escalating through the fallbacks.
    void clip(Node* start) {
        pending.clear();
        pending.emplace_back(start, 0);
        while (!pending.empty()) {
            auto [ear, pass] = pending.back();
            pending.pop_back();
            if (!ear) continue;
            if (pass == 0 && hashed) indexCurve(ear);
            Node* stop = ear;
            while (ear->prev != ear->next) {
                if (work > workLimit) {
                    complete = false;
                    return;
                }
                Node* prev = ear->prev;
                Node* next = ear->next;
                if (hashed ? isEarHashed(ear) : isEar(ear)) {
                    emit(prev, ear, next);
                    removeNode(ear);
                    // Going on from the vertex after next gives fewer sliver triangles.
                    ear = next->next;
                    stop = next->next;
                    continue;
                }
                ear = next;
                if (ear == stop) {  // a full round without an ear
                    if (pass == 0)
                        pending.emplace_back(filterPoints(ear, nullptr), 1);
                    else if (pass == 1)
                        pending.emplace_back(cureLocalIntersections(filterPoints(ear, nullptr)), 2);
                    else
                        splitEarcut(ear);
                    break;
                }
            }
        }
    }

    /// The outer-ring node that the hole's leftmost vertex can be joined to without crossing
    /// an edge (David Eberly's method: cast a ray to the left, then look for a vertex closer
    /// in angle inside the triangle it sweeps). Null when none is found.
    Node* findHoleBridge(Node* hole, Node* outer) {
        const double hx = hole->x, hy = hole->y;
        double qx = -std::numeric_limits<double>::infinity();
        Node* m = nullptr;
        Node* p = outer;
        if (equals(hole, p)) return p;
        // The nearest edge to the left crossing the horizontal through the hole's vertex (edges
        // running downwards: the outer ring is counter-clockwise); its left end is the first
        // candidate, or the vertex the ray meets.
        do {
            ++work;
            if (equals(hole, p->next)) return p->next;
            if (hy <= p->y && hy >= p->next->y && p->next->y != p->y) {
                const double x = p->x + (hy - p->y) * (p->next->x - p->x) / (p->next->y - p->y);
                if (x <= hx && x > qx) {
                    qx = x;
                    m = p->x < p->next->x ? p : p->next;
                    if (x == hx) return m;  // the hole touches this edge
                }
            }
            p = p->next;
        } while (p != outer);
        if (!m) return nullptr;

        // Vertices inside the triangle (hole vertex, ray hit, m) would block the bridge; of
        // those, take the one at the smallest angle to the ray.
        const Node* stop = m;
        const double mx = m->x, my = m->y;
        double tanMin = std::numeric_limits<double>::infinity();
        p = m;
        do {
            ++work;
            if (hx >= p->x && p->x >= mx && hx != p->x &&
                pointInTriangle(hy < my ? hx : qx, hy, mx, my, hy < my ? qx : hx, hy, p->x, p->y)) {
                const double tan = std::abs(hy - p->y) / (hx - p->x);
                if (locallyInside(p, hole) &&
                    (tan < tanMin ||
                     (tan == tanMin && (p->x > m->x || (p->x == m->x && sectorContainsSector(m, p)))))) {
                    m = p;
                    tanMin = tan;
                }
            }
            p = p->next;
        } while (p != stop);
        return m;
    }

    /// Joins every hole to the outer ring by a pair of coincident edges, from left to right.
    Node* eliminateHoles(Node* outer, std::span<const uint32_t> ringEnds) {
        holes.clear();
        for (size_t r = 1; r < ringEnds.size(); ++r) {
            if (skipRing[r]) continue;
            Node* list = linkRing(ringEnds[r - 1], ringEnds[r], ringAreas[r], false);
            // A hole of fewer than three vertices encloses nothing.
            if (!list || list->next == list->prev) continue;
            Node* leftmost = list;
            Node* p = list;
            do {
                if (p->x < leftmost->x || (p->x == leftmost->x && p->y < leftmost->y)) leftmost = p;
                p = p->next;
            } while (p != list);
            // Holes whose leftmost vertices meet go in order of the direction of their next
            // edge, so that each finds its bridge at the shared point.
            const double angle = std::atan2(leftmost->next->y - leftmost->y, leftmost->next->x - leftmost->x);
            holes.push_back({leftmost->x, leftmost->y, angle, leftmost});
        }
        std::sort(holes.begin(), holes.end(), [](const HoleKey& a, const HoleKey& b) {
            if (a.x != b.x) return a.x < b.x;
            if (a.y != b.y) return a.y < b.y;
            return a.angle < b.angle;
        });
        for (const HoleKey& hole : holes) {
            Node* bridge = findHoleBridge(hole.node, outer);
            if (!bridge) {
                complete = false;  // the hole is left out
                continue;
            }
            Node* bridgeReverse = splitPolygon(bridge, hole.node);
            // Tidy up collinear vertices around the cut.
            filterPoints(bridgeReverse, bridgeReverse->next);
            outer = filterPoints(bridge, bridge->next);
        }
        return outer;
    }

    bool run(std::span<const double> coords, std::span<const uint32_t> ringEnds,
             std::vector<uint32_t>& triangles) {
        resetPool();
        xy = coords.data();
        out = &triangles;
        complete = true;
        work = 0;
        if (ringEnds.empty()) return true;
        const uint32_t vertexCount = ringEnds.back();
        if (coords.size() < 2 * size_t(vertexCount)) return false;

        // Every ring must turn around exactly once; otherwise it winds around some area twice
        // (or doubles back on itself), which ear clipping would fill by no particular rule. A
        // ring whose vertices all lie on one line encloses nothing and is skipped.
        skipRing.assign(ringEnds.size(), 0);
        ringAreas.assign(ringEnds.size(), 0.0);
        for (size_t r = 0; r < ringEnds.size(); ++r) {
            const uint32_t begin = r > 0 ? ringEnds[r - 1] : 0, end = ringEnds[r];
            if (end < begin) return false;
            int turns = 0;
            if (end - begin < 3 || (measureRing(xy, begin, end, turns, ringAreas[r]) && std::abs(turns) == 1))
                continue;
            if (!ringIsCollinear(xy, begin, end)) return false;
            if (r == 0) return true;  // no outer ring: nothing to fill
            skipRing[r] = 1;
        }

        // Ear clipping with hashing takes a few dozen node visits per vertex on real boundaries.
        // Shapes whose ears span much of the polygon (stars of long spikes) take far more,
        // approaching quadratic time, yet a sweep-line tessellator does worse on them still: the
        // limit is only a safety net. The split pass, though, can take cubic time; valid polygons
        // hardly need it, invalid ones can stall in it, so it is held to near-linear work.
        const double n = vertexCount;
        workLimit = 4'000'000 + static_cast<uint64_t>(32.0 * n * std::sqrt(n));
        splitWork = 0;
        splitWorkLimit = 2'000'000 + 400 * uint64_t(vertexCount);

        Node* outer = linkRing(0, ringEnds[0], ringAreas[0], true);
        if (!outer || outer->next == outer->prev) return true;
        if (ringEnds.size() > 1) outer = eliminateHoles(outer, ringEnds);

        hashed = vertexCount > 80;
        if (hashed) {
            minX = minY = std::numeric_limits<double>::infinity();
            double maxX = -minX, maxY = -minY;
            for (uint32_t v = 0; v < vertexCount; ++v) {
                minX = std::min(minX, xy[2 * size_t(v)]);
                maxX = std::max(maxX, xy[2 * size_t(v)]);
                minY = std::min(minY, xy[2 * size_t(v) + 1]);
                maxY = std::max(maxY, xy[2 * size_t(v) + 1]);
            }
            const double size = std::max(maxX - minX, maxY - minY);
            invSize = size > 0.0 ? 32767.0 / size : 0.0;
            // A box too small (subnormal) or too large (overflowing) to scale: no hashing, rather
            // than z keys made from infinities.
            if (!std::isfinite(size) || !std::isfinite(invSize)) hashed = false;
        }
        clip(outer);
        return complete;
    }
};

EarClipper::EarClipper() : state_(std::make_unique<State>()) {}
EarClipper::~EarClipper() = default;
EarClipper::EarClipper(EarClipper&&) noexcept = default;
EarClipper& EarClipper::operator=(EarClipper&&) noexcept = default;

bool EarClipper::triangulate(std::span<const double> xy, std::span<const uint32_t> ringEnds,
                             std::vector<uint32_t>& triangles) {
    if (!state_) state_ = std::make_unique<State>();
    return state_->run(xy, ringEnds, triangles);
}

}  // namespace bashu
