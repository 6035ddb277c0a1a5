#pragma once
// Large buffers the reader fills once, front to back: backed by huge pages, they cost a few
// hundred page faults instead of hundreds of thousands (each dear on a virtual machine: a third
// of the time reading 10^6 hexagons went to them).
#include <cstddef>
#include <vector>

namespace bashu::geojson {

/// Asks the kernel to back the whole 2 MiB pages inside [data, data + bytes) with huge pages. A
/// hint: nothing happens where they are not available.
void preferHugePages(const void* data, size_t bytes);

/// The same for the memory a vector has reserved.
template <class T>
void preferHugePages(const std::vector<T>& values) {
    preferHugePages(values.data(), values.capacity() * sizeof(T));
}

}  // namespace bashu::geojson
