#include "core/png_encoder.h"

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

// Rows filtered a block at a time and deflated as they come: a whole image of filtered rows and a
// deflate buffer the size of its bound were 20 MB of fresh memory at 2048 x 1536, where the
// compressed map takes a few hundred kB.
constexpr int kRowsPerBlock = 16;
constexpr size_t kOutputChunk = size_t(1) << 16;

// One part of the zlib stream: its raw deflate (ending on a byte boundary with a sync flush so the
// next part's blocks can follow, or finishing the stream when it is the last), and the Adler-32
// checksum and length of its filtered rows, to combine into the whole stream's.
struct EncodedPart {
    std::optional<std::string> deflated;  // nothing where zlib fails (it can only run out of memory)
    uLong checksum = adler32(0L, nullptr, 0);
    size_t length = 0;
};

// Rows [first, last) as PNG scanlines: a filter byte, then the row filtered by Sub (difference
// to the pixel on the left) or Up (to the pixel above), whichever sums to smaller differences:
// libpng's heuristic, restricted to the two filters that suit flat areas and straight edges.
EncodedPart encodeRows(const Image& image, int channels, int first, int last, bool lastPart) {
    EncodedPart part;
    z_stream stream{};
    if (deflateInit2(&stream, kLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return part;
    const size_t rowBytes = size_t(image.width) * size_t(channels);
    std::vector<uint8_t> pixels(rowBytes), above(rowBytes, 0), sub(rowBytes), up(rowBytes), block,
        chunk(kOutputChunk);
    block.reserve(size_t(kRowsPerBlock) * (rowBytes + 1));
    auto rowOf = [&](int y, std::vector<uint8_t>& row) {
        const uint8_t* rgba = image.rgba.data() + size_t(y) * size_t(image.width) * 4;
        for (size_t x = 0; x < size_t(image.width); ++x)
            for (int c = 0; c < channels; ++c)
                row[x * size_t(channels) + size_t(c)] = rgba[x * 4 + size_t(c)];
    };
    if (first > 0) rowOf(first - 1, above);
    std::string out;
    for (int y = first; y < last;) {
        block.clear();
        for (const int end = std::min(last, y + kRowsPerBlock); y < end; ++y) {
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
            block.push_back(useUp ? 2 : 1);
            const std::vector<uint8_t>& filtered = useUp ? up : sub;
            block.insert(block.end(), filtered.begin(), filtered.end());
            above.swap(pixels);
        }
        part.checksum = adler32(part.checksum, block.data(), uInt(block.size()));
        part.length += block.size();
        stream.next_in = block.data();
        stream.avail_in = uInt(block.size());
        const int flush = y < last ? Z_NO_FLUSH : lastPart ? Z_FINISH : Z_SYNC_FLUSH;
        int result = Z_OK;
        do {
            stream.next_out = chunk.data();
            stream.avail_out = uInt(chunk.size());
            result = deflate(&stream, flush);
            if (result == Z_STREAM_ERROR) {
                deflateEnd(&stream);
                return part;
            }
            out.append(reinterpret_cast<const char*>(chunk.data()), chunk.size() - stream.avail_out);
        } while (stream.avail_out == 0 || (flush == Z_FINISH && result != Z_STREAM_END));
    }
    deflateEnd(&stream);
    part.deflated = std::move(out);
    return part;
}

}  // namespace

Result<std::string> encodePng(const Image& image, int dpi) {
    const int channels = image.opaque() ? 3 : 4;
    const size_t rowBytes = size_t(image.width) * size_t(channels) + 1;
    const size_t parts =
        std::min(threadsFor(rowBytes * size_t(image.height), kBytesPerPart), size_t(image.height));
    // Each part filters and deflates its rows on its own thread; the checksum of the whole is
    // combined from the parts'.
    std::vector<EncodedPart> encoded(parts);
    runOnThreads(parts, [&](size_t p) {
        encoded[p] = encodeRows(image, channels, int(size_t(image.height) * p / parts),
                                int(size_t(image.height) * (p + 1) / parts), p + 1 == parts);
    });

    std::string zlibStream = {char(0x78), char(0x5e)};  // deflate, 32 kB window, level 2-5
    uLong checksum = encoded[0].checksum;
    for (size_t p = 0; p < parts; ++p) {
        if (!encoded[p].deflated) return Error{"cannot compress the image (zlib: out of memory)"};
        zlibStream += *encoded[p].deflated;
        if (p > 0) checksum = adler32_combine(checksum, encoded[p].checksum, z_off_t(encoded[p].length));
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
