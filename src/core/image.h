#pragma once
// A CPU-side RGBA8 image, rows top to bottom.
#include <cstdint>
#include <vector>

#include "core/color.h"

namespace bashu {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;  // width * height * 4 bytes, first row is the top

    Image() = default;
    Image(int w, int h) : width(w), height(h), rgba(size_t(w) * size_t(h) * 4, 0) {}
    Rgba8 pixel(int x, int y) const {
        const uint8_t* p = &rgba[(size_t(y) * size_t(width) + size_t(x)) * 4];
        return {p[0], p[1], p[2], p[3]};
    }
    /// Every pixel fully opaque: files can leave the alpha channel out.
    bool opaque() const {
        for (size_t i = 3; i < rgba.size(); i += 4)
            if (rgba[i] != 255) return false;
        return true;
    }
};

}  // namespace bashu
