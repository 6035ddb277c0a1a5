#include "io/png_encoder.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <vector>

#include "core/run_on_threads.h"

namespace bashu {

namespace {

// zlib's level 3: maps (large flat areas) compress nearly as well as at the default 6, in two
// thirds of the time.
constexpr int kLevel = 3;
// Bytes of rows a part: below twice this many one part is enough.
constexpr size_t kBytesPerPart = size_t(1) << 20;

void appendBigEndian(std::string& out, uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(char((v >> shift) & 0xff));
}

void appendChunk(std::string& out, const char* type, const std::string& data) {
    appendBigEndian(out, uint32_t(data.size()));
    const size_t start = out.size();
    out.append(type, 4);
    out += data;
    const auto* bytes = reinterpret_cast<const Bytef*>(out.data() + start);
    appendBigEndian(out, uint32_t(crc32(0L, bytes, uInt(out.size() - start))));
}

// Rows [first, last) as PNG scanlines: a filter byte, then the row filtered by Sub (difference
// to the pixel on the left) or Up (to the pixel above), whichever sums to smaller differences:
// libpng's heuristic, restricted to the two filters that suit flat areas and straight edges.
std::vector<uint8_t> scanlines(const Image& image, int channels, int first, int last) {
    const size_t rowBytes = size_t(image.width) * size_t(channels);
    std::vector<uint8_t> pixels(rowBytes), above(rowBytes, 0), sub(rowBytes), up(rowBytes);
    std::vector<uint8_t> out;
    out.reserve(size_t(last - first) * (rowBytes + 1));
    auto rowOf = [&](int y, std::vector<uint8_t>& row) {
        const uint8_t* rgba = image.rgba.data() + size_t(y) * size_t(image.width) * 4;
        for (size_t x = 0; x < size_t(image.width); ++x)
            for (int c = 0; c < channels; ++c)
                row[x * size_t(channels) + size_t(c)] = rgba[x * 4 + size_t(c)];
    };
    if (first > 0) rowOf(first - 1, above);
    for (int y = first; y < last; ++y) {
        rowOf(y, pixels);
        long subCost = 0, upCost = 0;
        for (size_t i = 0; i < rowBytes; ++i) {
            sub[i] = uint8_t(pixels[i] - (i >= size_t(channels) ? pixels[i - size_t(channels)] : 0));
            up[i] = uint8_t(pixels[i] - above[i]);
            // Differences as signed bytes: small either way round is cheap to code.
            subCost += std::abs(int(int8_t(sub[i])));
            upCost += std::abs(int(int8_t(up[i])));
        }
        const bool useUp = upCost < subCost;
        out.push_back(useUp ? 2 : 1);
        const std::vector<uint8_t>& filtered = useUp ? up : sub;
        out.insert(out.end(), filtered.begin(), filtered.end());
        above.swap(pixels);
    }
    return out;
}

// Raw deflate of one part: ends on a byte boundary (a sync flush) so the next part's blocks can
// follow it, or finishes the stream when it is the last.
// Nothing where zlib fails (it can only run out of memory).
std::optional<std::string> deflatePart(const std::vector<uint8_t>& data, bool last) {
    z_stream stream{};
    if (deflateInit2(&stream, kLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return std::nullopt;
    std::string out(deflateBound(&stream, uLong(data.size())) + 64, '\0');
    stream.next_in = const_cast<Bytef*>(data.data());
    stream.avail_in = uInt(data.size());
    // deflateBound covers the whole part; should zlib still want room, it gets more.
    const int flush = last ? Z_FINISH : Z_SYNC_FLUSH;
    for (;;) {
        stream.next_out = reinterpret_cast<Bytef*>(out.data()) + stream.total_out;
        stream.avail_out = uInt(out.size() - stream.total_out);
        const int result = deflate(&stream, flush);
        const bool done = last ? result == Z_STREAM_END : stream.avail_in == 0 && stream.avail_out > 0;
        if (done) break;
        if (result != Z_OK && result != Z_BUF_ERROR) {
            deflateEnd(&stream);
            return std::nullopt;
        }
        out.resize(out.size() + out.size() / 2 + 64);
    }
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

}  // namespace

Result<std::string> encodePng(const Image& image, int dpi) {
    const int channels = image.opaque() ? 3 : 4;
    const size_t rowBytes = size_t(image.width) * size_t(channels) + 1;
    const size_t parts =
        std::min(threadsFor(rowBytes * size_t(image.height), kBytesPerPart), size_t(image.height));
    // Each part filters and deflates its rows on its own thread; the checksum of the whole is
    // combined from the parts'.
    std::vector<std::optional<std::string>> compressed(parts);
    std::vector<uLong> checksums(parts);
    std::vector<size_t> lengths(parts);
    auto encodePart = [&](size_t p) {
        const int first = int(size_t(image.height) * p / parts),
                  last = int(size_t(image.height) * (p + 1) / parts);
        const std::vector<uint8_t> rows = scanlines(image, channels, first, last);
        checksums[p] = adler32(adler32(0L, nullptr, 0), rows.data(), uInt(rows.size()));
        lengths[p] = rows.size();
        compressed[p] = deflatePart(rows, p + 1 == parts);
    };
    runOnThreads(parts, encodePart);

    std::string zlibStream = {char(0x78), char(0x5e)};  // deflate, 32 kB window, level 2-5
    uLong checksum = checksums[0];
    for (size_t p = 0; p < parts; ++p) {
        if (!compressed[p]) return Error{"cannot compress the image (zlib: out of memory)"};
        zlibStream += *compressed[p];
        if (p > 0) checksum = adler32_combine(checksum, checksums[p], z_off_t(lengths[p]));
    }
    appendBigEndian(zlibStream, uint32_t(checksum));

    std::string png = "\x89PNG\r\n\x1a\n";
    std::string header;
    appendBigEndian(header, uint32_t(image.width));
    appendBigEndian(header, uint32_t(image.height));
    header += {char(8), char(channels == 4 ? 6 : 2), char(0), char(0), char(0)};
    appendChunk(png, "IHDR", header);
    if (dpi > 0) {
        const auto perMetre = uint32_t(std::lround(dpi / 0.0254));
        std::string resolution;
        appendBigEndian(resolution, perMetre);
        appendBigEndian(resolution, perMetre);
        resolution.push_back(char(1));  // unit: metre
        appendChunk(png, "pHYs", resolution);
    }
    appendChunk(png, "IDAT", zlibStream);
    appendChunk(png, "IEND", "");
    return png;
}

}  // namespace bashu
