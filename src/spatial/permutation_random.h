#pragma once
// The random numbers of permutation tests, the same on every machine and standard library for a
// seed (std::shuffle and the std distributions are not): xoshiro256** seeded by splitmix64,
// bounded draws by Lemire's method.
#include <cstdint>

namespace bashu {

class PermutationRandom {
public:
    /// A stream for `seed`; `stream` picks an independent one (a unit's own, so results do not
    /// depend on how the units are shared among threads).
    explicit PermutationRandom(uint64_t seed, uint64_t stream = 0) {
        uint64_t s = seed ^ (0x9e3779b97f4a7c15ULL * (stream + 1));
        for (uint64_t& word : state_) word = splitmix(s);
    }

    uint64_t next() {
        const uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    /// 32 random bits: each 64-bit step gives two.
    uint32_t next32() {
        if (spare_) {
            spare_ = false;
            return uint32_t(half_);
        }
        half_ = next();
        spare_ = true;
        return uint32_t(half_ >> 32);
    }

    /// A whole number in [0, bound), bound above 0, without bias.
    uint32_t below(uint32_t bound) {
        uint64_t m = uint64_t(next32()) * bound;
        uint32_t low = uint32_t(m);
        if (low < bound) {
            const uint32_t threshold = uint32_t(-bound) % bound;
            while (low < threshold) {
                m = uint64_t(next32()) * bound;
                low = uint32_t(m);
            }
        }
        return uint32_t(m >> 32);
    }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static uint64_t splitmix(uint64_t& s) {
        uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    uint64_t state_[4];
    uint64_t half_ = 0;
    bool spare_ = false;
};

}  // namespace bashu
