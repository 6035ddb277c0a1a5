#include "thematic/class_coloring.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <thread>

namespace bashu {

namespace {

// Below this many values a second thread costs more than it saves.
constexpr size_t kParallelThreshold = size_t(1) << 17;

// Equal bins from lo: `scale` is bins per half unit of value (0 when lo == hi: all in the first).
// A multiply, not a divide, per value: this runs over every feature of a restyle. On halves (an
// exact scaling) so that -1e308 to 1e308 does not overflow.
struct Bins {
    double halfLo, scale;
    size_t count;
    Bins(double lo, double hi, size_t count_)
        : halfLo(lo * 0.5), scale(hi > lo ? double(count_) / (hi * 0.5 - lo * 0.5) : 0.0), count(count_) {}
    size_t of(double v) const {
        const double t = (v * 0.5 - halfLo) * scale;
        return t <= 0.0 ? 0 : std::min(size_t(t), count - 1);
    }
};

// Colours values[begin, end): slot 0 of `counts` gathers no-data, slot c + 1 class c; finite
// values are also counted in `histogram` by `bins` (none when it is empty).
void colorRange(std::span<const double> values, const Classification& classes, std::span<const Rgba8> table,
                std::span<Rgba8> out, std::vector<size_t>& counts, const Bins& bins,
                std::vector<uint32_t>& histogram) {
    const bool binned = !histogram.empty();
    const std::vector<double>& limits = classes.limits;
    const double lo = limits.front(), hi = limits.back();
    const double* upper = limits.data() + 1;
    const int inner = int(limits.size()) - 2;  // upper limits below the top one
    // The first tiedUp inner limits put a value on them in the class above (GeoDa's lower half).
    const int tiedUp = int(std::min(classes.tiesUpThrough, size_t(inner)));
    for (size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        // The class is the number of upper limits below v (or at it, where ties go up):
        // branch-free, so a loop of a few compares beats a binary search. NaN fails both range
        // tests.
        int c = 1;
        for (int j = 0; j < tiedUp; ++j) c += v >= upper[j];
        for (int j = tiedUp; j < inner; ++j) c += v > upper[j];
        const int slot = (v >= lo && v <= hi) ? c : 0;
        out[i] = table[size_t(slot)];
        ++counts[size_t(slot)];
        if (binned && std::isfinite(v)) ++histogram[bins.of(v)];
    }
}

}  // namespace

ClassCounts colorByClass(std::span<const double> values, const Classification& classes,
                         std::span<const Rgba8> classColors, Rgba8 noData, std::span<Rgba8> out,
                         size_t histogramBins) {
    ClassCounts result;
    const size_t k = size_t(classes.classCount());
    if (k == 0 || classColors.size() < k) {
        std::fill(out.begin(), out.end(), noData);
        result.noData = values.size();
        return result;
    }
    std::vector<Rgba8> table{noData};  // slot 0: no data, then one slot per class
    for (size_t c = 0; c < k; ++c) table.push_back(classColors[c]);
    std::vector<size_t> counts(k + 1, 0);
    const Bins bins(classes.limits.front(), classes.limits.back(), histogramBins);
    std::vector<uint32_t> histogram(histogramBins, 0);
    if (values.size() < kParallelThreshold) {
        colorRange(values, classes, table, out, counts, bins, histogram);
    } else {
        const size_t half = values.size() / 2;
        std::vector<size_t> secondCounts(k + 1, 0);
        std::vector<uint32_t> secondHistogram(histogramBins, 0);
        std::thread second([&] {
            colorRange(values.subspan(half), classes, table, out.subspan(half), secondCounts, bins,
                       secondHistogram);
        });
        colorRange(values.first(half), classes, table, out.first(half), counts, bins, histogram);
        second.join();
        for (size_t c = 0; c <= k; ++c) counts[c] += secondCounts[c];
        for (size_t b = 0; b < histogramBins; ++b) histogram[b] += secondHistogram[b];
    }
    result.noData = counts[0];
    result.perClass.assign(counts.begin() + 1, counts.end());
    result.histogram.assign(histogram.begin(), histogram.end());
    return result;
}

std::vector<float> histogramOf(std::span<const double> values, double lo, double hi, size_t bins) {
    std::vector<float> histogram(bins, 0.0f);
    if (bins == 0) return histogram;
    const Bins bin(lo, hi, bins);
    for (double v : values)
        if (std::isfinite(v)) histogram[bin.of(v)] += 1.0f;
    return histogram;
}

}  // namespace bashu
