#include "thematic/sort_values.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

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

}  // namespace bashu
