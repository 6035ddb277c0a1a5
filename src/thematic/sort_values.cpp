#include "thematic/sort_values.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace bashu {

namespace {

// Below this a comparison sort is as quick and needs no scratch memory.
constexpr size_t kRadixThreshold = 4096;
constexpr int kDigitBits = 11, kPasses = 6;  // 6 x 11 bits cover 64
constexpr size_t kBuckets = size_t(1) << kDigitBits;

// The bits of a double as an unsigned key in the same order: negative numbers have every bit
// flipped (larger magnitude, smaller number), positive ones only the sign bit.
uint64_t orderedKey(double v) {
    const uint64_t bits = std::bit_cast<uint64_t>(v);
    return (bits & (uint64_t(1) << 63)) ? ~bits : bits | (uint64_t(1) << 63);
}

double valueOfKey(uint64_t key) {
    return std::bit_cast<double>((key & (uint64_t(1) << 63)) ? key & ~(uint64_t(1) << 63) : ~key);
}

}  // namespace

void sortValues(std::vector<double>& values) {
    const size_t n = values.size();
    if (n < kRadixThreshold) {
        std::sort(values.begin(), values.end());
        return;
    }
    std::vector<uint64_t> keys(n), scratch(n);
    // All digit histograms in one pass over the keys; a pass whose digit is the same for every
    // key (high exponent bits of values of one magnitude) moves nothing and is skipped.
    std::array<std::array<size_t, kBuckets>, kPasses> counts{};
    for (size_t i = 0; i < n; ++i) {
        keys[i] = orderedKey(values[i]);
        for (int p = 0; p < kPasses; ++p) ++counts[size_t(p)][(keys[i] >> (p * kDigitBits)) & (kBuckets - 1)];
    }
    for (int p = 0; p < kPasses; ++p) {
        std::array<size_t, kBuckets>& count = counts[size_t(p)];
        if (std::count(count.begin(), count.end(), n) == 1) continue;
        size_t offset = 0;
        for (size_t& c : count) {
            const size_t here = c;
            c = offset;
            offset += here;
        }
        for (uint64_t key : keys) scratch[count[(key >> (p * kDigitBits)) & (kBuckets - 1)]++] = key;
        keys.swap(scratch);
    }
    for (size_t i = 0; i < n; ++i) values[i] = valueOfKey(keys[i]);
}

std::vector<double> valuesAtRanks(std::span<const double> values, std::span<const size_t> ranks) {
    std::vector<double> result(ranks.size(), std::numeric_limits<double>::quiet_NaN());
    uint64_t lowest = ~uint64_t(0), highest = 0;
    size_t finite = 0;
    for (double v : values)
        if (std::isfinite(v)) {
            const uint64_t key = orderedKey(v);
            lowest = std::min(lowest, key);
            highest = std::max(highest, key);
            ++finite;
        }
    if (finite == 0) return result;
    // Buckets by the leading bits of the key's offset within the range: the exponent bits the
    // values share drop out, so values of one magnitude still spread over the buckets.
    constexpr int kBucketBits = 16;
    const int spanBits = int(std::bit_width(highest - lowest));
    const int shift = std::max(0, spanBits - kBucketBits);
    auto bucketOf = [&](double v) { return size_t((orderedKey(v) - lowest) >> shift); };
    std::vector<uint32_t> starts((size_t(1) << kBucketBits) + 1, 0);
    for (double v : values)
        if (std::isfinite(v)) ++starts[bucketOf(v) + 1];
    for (size_t b = 1; b < starts.size(); ++b) starts[b] += starts[b - 1];
    // The bucket of each rank, and a slot for each bucket needed.
    std::vector<size_t> bucketOfRank(ranks.size(), 0);
    std::vector<int32_t> slot(starts.size() - 1, -1);
    std::vector<std::vector<double>> gathered;
    for (size_t i = 0; i < ranks.size(); ++i) {
        if (ranks[i] >= finite) continue;
        const size_t b =
            size_t(std::upper_bound(starts.begin(), starts.end(), uint32_t(ranks[i])) - starts.begin()) - 1;
        bucketOfRank[i] = b;
        if (slot[b] < 0) {
            slot[b] = int32_t(gathered.size());
            gathered.emplace_back().reserve(starts[b + 1] - starts[b]);
        }
    }
    for (double v : values)
        if (std::isfinite(v))
            if (const int32_t s = slot[bucketOf(v)]; s >= 0) gathered[size_t(s)].push_back(v);
    // With no shift a bucket holds one key, one value: nothing to sort.
    if (shift > 0)
        for (std::vector<double>& bucket : gathered) sortValues(bucket);
    for (size_t i = 0; i < ranks.size(); ++i)
        if (ranks[i] < finite)
            result[i] = gathered[size_t(slot[bucketOfRank[i]])][ranks[i] - starts[bucketOfRank[i]]];
    return result;
}

}  // namespace bashu
