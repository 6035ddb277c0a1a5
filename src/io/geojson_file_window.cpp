#include "io/geojson_file_window.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace bashu::geojson {

FileWindow::FileWindow(int fd, uint64_t fileSize, size_t chunk)
    : fd_(fd),
      fileSize_(fileSize),
      chunk_(chunk),
      capacity_(size_t(std::min<uint64_t>(chunk, std::max<uint64_t>(fileSize, 1)))),
      buffer_(new char[capacity_ + kPadding]) {
    std::memset(buffer_.get() + capacity_, ' ', kPadding);
}

bool FileWindow::ensure(uint64_t keep, uint64_t offset) {
    if (keep >= begin_ && offset < end_) return true;
    if (offset >= fileSize_ || failed_ || keep > offset) return false;
    if (keep < begin_ || keep > end_) {
        begin_ = end_ = keep;  // nothing held is kept: start afresh there
    } else if (keep > begin_) {
        std::memmove(buffer_.get(), at(keep), size_t(end_ - keep));
        begin_ = keep;
    }
    const size_t needed = size_t(offset - begin_ + 1);
    if (needed > capacity_) {
        // One value longer than the buffer (a feature of a whole country's coastline): grow it.
        const size_t grown = std::max(needed + chunk_, capacity_ * 2);
        std::unique_ptr<char[]> bigger(new char[grown + kPadding]);
        std::memcpy(bigger.get(), buffer_.get(), size_t(end_ - begin_));
        std::memset(bigger.get() + grown, ' ', kPadding);
        buffer_ = std::move(bigger);
        capacity_ = grown;
    }
    // Fill the whole buffer: fewer, larger reads.
    while (end_ < fileSize_ && size_t(end_ - begin_) < capacity_) {
        const size_t room = std::min<uint64_t>(capacity_ - size_t(end_ - begin_), fileSize_ - end_);
        const ssize_t got = ::pread(fd_, buffer_.get() + (end_ - begin_), room, off_t(end_));
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) {
            failed_ = true;  // an error, or a file that shrank while read
            break;
        }
        end_ += uint64_t(got);
    }
    // What a parser reads past the last byte held is always blank, never an earlier read's bytes.
    std::memset(buffer_.get() + (end_ - begin_), ' ', kPadding);
    return offset < end_;
}

}  // namespace bashu::geojson
