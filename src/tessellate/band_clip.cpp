#include "tessellate/band_clip.h"

namespace bashu {

namespace {

struct Point {
    double x, y;
};

// Where the side a-b crosses y = c, computed from its lower end (then its left end) whatever its
// direction, so both bands that share y = c find the very same point.
Point crossing(Point a, Point b, double c) {
    if (b.y < a.y || (b.y == a.y && b.x < a.x)) std::swap(a, b);
    const double t = (c - a.y) / (b.y - a.y);
    return {a.x + t * (b.x - a.x), c};
}

}  // namespace

void clipRingsToBand(std::span<const double> xy, std::span<const uint32_t> ringEnds, double lo, double hi,
                     std::vector<double>& outXY, std::vector<uint32_t>& outEnds) {
    auto inside = [lo, hi](Point p) { return p.y >= lo && p.y <= hi; };
    auto emit = [&outXY](Point p) {
        const size_t n = outXY.size();
        if (n >= 2 && outXY[n - 2] == p.x && outXY[n - 1] == p.y) return;  // no zero-length sides
        outXY.push_back(p.x);
        outXY.push_back(p.y);
    };
    uint32_t begin = 0;
    for (const uint32_t end : ringEnds) {
        const size_t ringStart = outXY.size();
        const uint32_t count = end - begin;
        for (uint32_t i = 0; i < count; ++i) {
            const uint32_t pi = begin + (i == 0 ? count - 1 : i - 1), qi = begin + i;
            const Point p{xy[2 * size_t(pi)], xy[2 * size_t(pi) + 1]},
                q{xy[2 * size_t(qi)], xy[2 * size_t(qi) + 1]};
            // Sutherland-Hodgman against both edges of the band at once: the side p-q enters the
            // band where it crosses the edge nearer p, and leaves where it crosses the one nearer q.
            const bool pIn = inside(p), qIn = inside(q);
            if (!pIn) {
                const double entry = p.y < lo ? lo : hi;
                const bool reaches = p.y < lo ? q.y >= lo : q.y <= hi;
                if (reaches) emit(crossing(p, q, entry));
            }
            if (qIn) {
                emit(q);
            } else {
                const double exit = q.y < lo ? lo : hi;
                const bool from = pIn || (p.y < lo ? q.y > hi : q.y < lo);  // inside at some point
                if (from) emit(crossing(p, q, exit));
            }
        }
        // The ring's first vertex may repeat its last.
        while (outXY.size() - ringStart >= 4 && outXY[ringStart] == outXY[outXY.size() - 2] &&
               outXY[ringStart + 1] == outXY.back())
            outXY.resize(outXY.size() - 2);
        if (outXY.size() - ringStart < 6)
            outXY.resize(ringStart);
        else
            outEnds.push_back(uint32_t(outXY.size() / 2));
        begin = end;
    }
}

}  // namespace bashu
