#pragma once
// A window onto a file read in large pieces, so a GeoJSON file of hundreds of MB is never held
// whole: each reading thread keeps the few MB it works on, with the padding simdjson reads past
// the end of a document.
#include <cstddef>
#include <cstdint>
#include <memory>

namespace bashu::geojson {

class FileWindow {
public:
    /// Bytes simdjson may read past the end of the text it parses (SIMDJSON_PADDING, checked where
    /// simdjson is included).
    static constexpr size_t kPadding = 64;

    /// Reads `fd` (shared between threads: read with pread) of `fileSize` bytes, `chunk` at a time.
    FileWindow(int fd, uint64_t fileSize, size_t chunk = size_t(4) << 20);

    /// Makes the bytes from `keep` to `offset`, both included, available: the bytes before `keep`
    /// may be dropped. False when `offset` is past the end of the file or the file cannot be read.
    bool ensure(uint64_t keep, uint64_t offset);

    /// The byte at a file offset held (begin() <= offset < end()).
    const char* at(uint64_t offset) const { return buffer_.get() + (offset - begin_); }
    uint64_t begin() const { return begin_; }
    uint64_t end() const { return end_; }
    uint64_t fileSize() const { return fileSize_; }
    /// Memory readable from a held offset on: the bytes held after it and the padding.
    size_t capacityFrom(uint64_t offset) const { return capacity_ + kPadding - size_t(offset - begin_); }
    /// Whether reading the file failed (rather than ending).
    bool failed() const { return failed_; }

private:
    int fd_;
    uint64_t fileSize_;
    size_t chunk_;
    size_t capacity_;
    std::unique_ptr<char[]> buffer_;
    uint64_t begin_ = 0, end_ = 0;  // the file's bytes held, at the start of the buffer
    bool failed_ = false;
};

}  // namespace bashu::geojson
