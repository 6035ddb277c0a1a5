#include "thematic/natural_breaks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace bashu {

namespace {

/// A number as an unevaluated sum hi + lo, |lo| <= ulp(hi) / 2: about 106 bits, enough to keep a
/// group's sum of squares exact where it is a small difference of large prefix sums.
struct DoubleDouble {
    double hi = 0.0, lo = 0.0;
};

// a + b exactly (Knuth's TwoSum).
DoubleDouble twoSum(double a, double b) {
    const double s = a + b;
    const double v = s - a;
    return {s, (a - (s - v)) + (b - v)};
}

// The halves of a double, each of at most 26 significant bits, so that products of halves are
// exact (Dekker's split; |a| < 2^996).
std::pair<double, double> split(double a) {
    const double c = 134217729.0 * a;  // 2^27 + 1
    const double high = c - (c - a);
    return {high, a - high};
}

// a * b exactly. The fused multiply-add gives the product's rounding error in one instruction
// where the target has it; elsewhere std::fma is a library call several times slower than
// Dekker's product of halves, which is exact too.
DoubleDouble twoProduct(double a, double b) {
    const double p = a * b;
#ifdef __FMA__
    return {p, std::fma(a, b, -p)};
#else
    const auto [ah, al] = split(a);
    const auto [bh, bl] = split(b);
    return {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
#endif
}

DoubleDouble plus(DoubleDouble a, DoubleDouble b) {
    DoubleDouble s = twoSum(a.hi, b.hi);
    s.lo += a.lo + b.lo;
    return twoSum(s.hi, s.lo);
}

DoubleDouble minus(DoubleDouble a, DoubleDouble b) { return plus(a, {-b.hi, -b.lo}); }

DoubleDouble times(DoubleDouble a, double b) {
    DoubleDouble p = twoProduct(a.hi, b);
    p.lo += a.lo * b;
    return twoSum(p.hi, p.lo);
}

DoubleDouble square(DoubleDouble a) {
    DoubleDouble p = twoProduct(a.hi, a.hi);
    p.lo += 2.0 * a.hi * a.lo;
    return twoSum(p.hi, p.lo);
}

constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

/// D[m][j] = min over i of D[m-1][i] + cost(i, j), the best split of the first j distinct values
/// into m groups. cost satisfies the quadrangle inequality (it is "concave Monge"; see Wu 1991,
/// and Grønlund et al. 2017, "Fast exact k-means, k-medians and Bregman divergence clustering in
/// 1D"), so the optimal i is non-decreasing in j and each layer is filled by divide and conquer in
/// O(n log n) instead of O(n^2): O(k n log n) overall, the optimum of the quadratic recurrence.
///
/// Precision: a group's cost is sum(x^2) - sum(x)^2 / w over its values, a small difference of
/// large numbers when the group lies far from where the sums are taken from, and prefix sums
/// carry the rounding of every value before the group. Shifting by the global mean (as before)
/// fails on wide data: one value of 10^12 moves the shift to 10^9, and 1..999 then split
/// 232/251/258/258. Here:
/// - the values are scaled by a power of two into [-1, 1] (exact), so no square overflows;
/// - the prefix sums are taken outward from the median value, so a sum at a group holds only the
///   values between the median and that group, never the far tail beyond it (the 3.4e38 no-data
///   values of a percentage field touch only the groups that contain them);
/// - they are kept in double-double, with each term exact, and a group's cost is computed from
///   them in double-double: exact to about 2^-100 of those partial sums.
/// The double-double cost is several times the work of the plain one, so each layer is filled
/// with plain costs (from the high parts alone), each total carrying a bound on its distance from
/// exact. A split is taken on plain totals where no other comes within those bounds; where one
/// does (ties such as 1..999's, dense data whose neighbouring splits differ by less than the
/// sums' rounding) the candidates' exact totals, read back through the splits already chosen,
/// decide. On 10^6 lognormal values a third of the positions need each candidate's own bound,
/// one in a hundred the exact totals; the whole costs about twice the plain solver's time.
class NaturalBreaksSolver {
public:
    NaturalBreaksSolver(std::span<const double> values, std::span<const double> counts) : n_(values.size()) {
        const double top = std::max(std::abs(values.front()), std::abs(values.back()));
        int exponent = 0;
        std::frexp(top, &exponent);
        scaled_.resize(n_);
        for (size_t t = 0; t < n_; ++t) scaled_[t] = std::ldexp(values[t], -exponent);
        const size_t middle = n_ / 2;
        pivot_ = scaled_[middle];
        weight_.assign(n_ + 1, 0.0);
        for (size_t t = 0; t < n_; ++t) weight_[t + 1] = weight_[t] + counts[t];
        sumHi_.assign(n_ + 1, 0.0);
        sumLo_.assign(n_ + 1, 0.0);
        squaresHi_.assign(n_ + 1, 0.0);
        squaresLo_.assign(n_ + 1, 0.0);
        // Each term exactly: the deviation from the pivot as a double-double, then its square.
        auto terms = [&](size_t t) {
            const DoubleDouble d = twoSum(scaled_[t], -pivot_);
            return std::pair{times(d, counts[t]), times(square(d), counts[t])};
        };
        DoubleDouble sum, squares;
        for (size_t t = middle; t < n_; ++t) {
            const auto [linear, quadratic] = terms(t);
            sum = plus(sum, linear);
            squares = plus(squares, quadratic);
            store(t + 1, sum, squares);
        }
        sum = squares = DoubleDouble{};
        for (size_t t = middle; t-- > 0;) {
            const auto [linear, quadratic] = terms(t);
            sum = minus(sum, linear);
            squares = minus(squares, quadratic);
            store(t, sum, squares);
        }
    }

    /// Indices into the distinct values where each group after the first starts.
    std::vector<size_t> solve(size_t groups) {
        Totals previous{std::vector<double>(n_ + 1), std::vector<double>(n_ + 1), {}};
        Totals current = previous;
        // split_[(m - 1) * (n + 1) + j]: where the last group starts in the best split of the
        // first j values into m groups.
        split_.assign(groups * (n_ + 1), 0);
        total_.assign(n_ + 1, 0.0);
        lowest_.assign(n_ + 1, 0.0);
        for (size_t j = 1; j <= n_; ++j) {
            const PlainCost plain = plainCost(0, j);
            previous.total[j] = plain.cost;
            previous.error[j] = plain.error;
        }
        previous.findLargestErrors();
        for (size_t m = 2; m <= groups; ++m) {
            std::fill(current.total.begin(), current.total.end(), std::numeric_limits<double>::infinity());
            // m groups need at least m values; the last layer only needs j == n, but the
            // divide and conquer needs the whole range to keep its bounds valid.
            fillLayer(m, m, n_, m - 1, n_ - 1, previous, current);
            current.findLargestErrors();
            std::swap(previous, current);
        }
        std::vector<size_t> starts(groups - 1);
        size_t j = n_;
        for (size_t m = groups; m >= 2; --m) {
            j = split_[(m - 1) * (n_ + 1) + j];
            starts[m - 2] = j;
        }
        return starts;
    }

private:
    void store(size_t at, DoubleDouble sum, DoubleDouble squares) {
        sumHi_[at] = sum.hi;
        sumLo_[at] = sum.lo;
        squaresHi_[at] = squares.hi;
        squaresLo_[at] = squares.lo;
    }

    /// A group's cost from the high parts of the sums alone, and a bound on its distance from
    /// exactCost.
    struct PlainCost {
        double cost = 0.0, error = 0.0;
    };

    /// Sum of squared deviations from their mean of distinct values [i, j), i < j.
    PlainCost plainCost(size_t i, size_t j) const {
        if (j == i + 1) return {};
        const double w = weight_[j] - weight_[i];
        const double s = sumHi_[j] - sumHi_[i];
        const double ss = squaresHi_[j] - squaresHi_[i];
        // The group mean's distance from the pivot: s^2 / w is s times it.
        const double mean = s / w;
        // Each high part is within half an ulp of its sum; the sum's error is multiplied by
        // about twice the mean's distance; each operation rounds once more. With u = epsilon / 2
        // that comes to 5u of the sums of squares and 4u |mean| of the sums; 4 epsilon of each
        // covers it.
        const double error = 4.0 * kEpsilon *
                             (std::abs(squaresHi_[j]) + std::abs(squaresHi_[i]) +
                              std::abs(mean) * (std::abs(sumHi_[j]) + std::abs(sumHi_[i])));
        return {std::max(0.0, ss - s * mean), error};
    }

    /// A bound on plainCost(i, j).error for every i in [first, last] (last < j): the sums'
    /// magnitudes peak at the ends of a range (they grow away from the pivot both ways), and a
    /// group mean's distance from the pivot is at most that of the range's farther end.
    double costBound(size_t first, size_t last, size_t j) const {
        const double squares =
            std::abs(squaresHi_[j]) + std::max(std::abs(squaresHi_[first]), std::abs(squaresHi_[last]));
        const double sums = std::abs(sumHi_[j]) + std::max(std::abs(sumHi_[first]), std::abs(sumHi_[last]));
        const double reach = std::max(std::abs(scaled_[first] - pivot_), std::abs(scaled_[j - 1] - pivot_));
        return 4.0 * kEpsilon * (squares + reach * sums);
    }

    /// The same, exact: (w * sum of squares - sum^2) / w in double-double, rounded once.
    double exactCost(size_t i, size_t j) const {
        // One distinct value (two no-data values of 3.4e38, say) costs nothing, exactly: from the
        // sums it would be a difference of numbers of its size, off by about 2^-105 of its
        // square, which could outweigh every other group's cost.
        if (j == i + 1) return 0.0;
        const double w = weight_[j] - weight_[i];
        // The sums over the group, their high parts' difference exact and the rest added on.
        DoubleDouble s = twoSum(sumHi_[j], -sumHi_[i]);
        s.lo += sumLo_[j] - sumLo_[i];
        DoubleDouble ss = twoSum(squaresHi_[j], -squaresHi_[i]);
        ss.lo += squaresLo_[j] - squaresLo_[i];
        // w * ss - s^2, where the two nearly cancel: their high parts' difference exact.
        DoubleDouble weighted = twoProduct(ss.hi, w);
        weighted.lo += ss.lo * w;
        DoubleDouble squared = twoProduct(s.hi, s.hi);
        squared.lo += 2.0 * s.hi * s.lo;
        const DoubleDouble difference = twoSum(weighted.hi, -squared.hi);
        const double scaledCost = difference.hi + (difference.lo + (weighted.lo - squared.lo));
        return std::max(0.0, scaledCost / w);
    }

    /// The exact total of the best split of the first j values into m groups found so far:
    /// the exact costs of its groups, read back through split_.
    double exactTotal(size_t m, size_t j) const {
        double total = 0.0;
        for (; m >= 2; --m) {
            const size_t start = split_[(m - 1) * (n_ + 1) + j];
            total += exactCost(start, j);
            j = start;
        }
        return total + exactCost(0, j);
    }

    /// The totals of the best splits of a layer, by plain costs (or exact ones where those
    /// decided), and how far each may be from exact.
    struct Totals {
        std::vector<double> total, error;
        std::vector<double> largestErrorTo;  // [j]: the largest of error[0..j]

        void findLargestErrors() {
            largestErrorTo.resize(error.size());
            double largest = 0.0;
            for (size_t j = 0; j < error.size(); ++j)
                largestErrorTo[j] = largest = std::max(largest, error[j]);
        }
    };

    /// A split's total by plain costs, and the least its exact total can be.
    struct Candidate {
        double total = 0.0, lowest = 0.0;
    };

    Candidate candidate(size_t i, size_t j, const Totals& previous) const {
        const PlainCost plain = plainCost(i, j);
        const double total = previous.total[i] + plain.cost;
        // The sum rounds too: 4 ulps of it.
        return {total, total - previous.error[i] - plain.error - 4.0 * kEpsilon * total};
    }

    // Fills current[j] for j in [lo, hi], knowing that the best split point lies in
    // [optLo, optHi].
    void fillLayer(size_t m, size_t lo, size_t hi, size_t optLo, size_t optHi, const Totals& previous,
                   Totals& current) {
        while (lo <= hi) {
            const size_t mid = lo + (hi - lo) / 2;
            const size_t last = std::min(mid - 1, optHi);
            // The split of least plain total and the second least total: the split is the
            // optimum where no error could bridge the gap between them, as on most data.
            double least = std::numeric_limits<double>::infinity(), second = least;
            size_t bestSplit = optLo;
            for (size_t i = optLo; i <= last; ++i) {
                const double total = previous.total[i] + plainCost(i, mid).cost;
                total_[i] = total;
                if (total <= least) {
                    second = least;
                    least = total;
                    bestSplit = i;
                } else {
                    second = std::min(second, total);
                }
            }
            const double margin =
                2.0 * (previous.largestErrorTo[last] + costBound(optLo, last, mid)) + 8.0 * kEpsilon * second;
            const double upper = 2.0 * least - candidate(bestSplit, mid, previous).lowest;
            // Otherwise each split's own bound decides which may be the optimum.
            double otherLowest = std::numeric_limits<double>::infinity();
            if (second - least <= margin) {
                for (size_t i = optLo; i <= last; ++i) {
                    lowest_[i] = total_[i] - least > margin ? std::numeric_limits<double>::infinity()
                                                            : candidate(i, mid, previous).lowest;
                    if (i != bestSplit) otherLowest = std::min(otherLowest, lowest_[i]);
                }
            }
            if (otherLowest > upper) {
                current.total[mid] = least;
                current.error[mid] = upper - least;
            } else {
                // Errors could bridge the gap (ties, or data whose sums lose what tells the
                // splits apart): the exact totals of those that may be best decide. Of equal
                // ones the later (the last group the smaller), a consistent choice that keeps
                // the monotonicity the divide and conquer relies on.
                double best = std::numeric_limits<double>::infinity();
                for (size_t i = optLo; i <= last; ++i) {
                    if (lowest_[i] > upper) continue;
                    const double total = exactTotal(m - 1, i) + exactCost(i, mid);
                    if (total <= best) {
                        best = total;
                        bestSplit = i;
                    }
                }
                current.total[mid] = best;
                current.error[mid] = 4.0 * kEpsilon * best;
            }
            split_[(m - 1) * (n_ + 1) + mid] = bestSplit;
            // Recurse into the smaller half and loop on the other to bound the stack depth.
            if (mid - lo < hi - mid) {
                if (mid > lo) fillLayer(m, lo, mid - 1, optLo, bestSplit, previous, current);
                lo = mid + 1;
                optLo = bestSplit;
            } else {
                if (mid < hi) fillLayer(m, mid + 1, hi, bestSplit, optHi, previous, current);
                if (mid == lo) break;
                hi = mid - 1;
                optHi = bestSplit;
            }
        }
    }

    size_t n_;
    std::vector<double> scaled_;  // the values in [-1, 1]
    double pivot_ = 0.0;          // the median distinct value, scaled
    std::vector<double> weight_, sumHi_, sumLo_, squaresHi_, squaresLo_;
    std::vector<size_t> split_;
    // fillLayer's scratch: each split's plain total and the least its exact total can be.
    std::vector<double> total_, lowest_;
};

}  // namespace

std::vector<size_t> naturalBreakStarts(std::span<const double> values, std::span<const double> counts,
                                       size_t groups) {
    NaturalBreaksSolver solver(values, counts);
    return solver.solve(groups);
}

}  // namespace bashu
