// Large C++ allocations on transparent huge pages. A map of 10^6 polygons holds hundreds of MB in
// a few arrays (coordinates, meshes, images); touched 4 kB at a time, each page costs a fault, and
// on virtual machines a fault costs microseconds: tens of thousands of them were a third of a
// whole export. Arrays of 2 MB and more are therefore aligned to 2 MB and advised to the kernel
// as huge-page memory (it decides; with THP off nothing changes). Everything else, and every
// allocation of the C libraries, is plain malloc.
//
// Replacing the global operator new is the standard hook for this; it lives in the executable
// alone (tests and sanitizer builds keep the library's).
#include <sys/mman.h>

#include <cstdlib>
#include <new>

#if !defined(__SANITIZE_ADDRESS__)

namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;

void* allocate(std::size_t size) {
    if (size >= kHugePage) {
        const std::size_t rounded = (size + kHugePage - 1) & ~(kHugePage - 1);
        if (void* p = std::aligned_alloc(kHugePage, rounded)) {
            madvise(p, rounded, MADV_HUGEPAGE);
            return p;
        }
    } else if (void* p = std::malloc(size == 0 ? 1 : size)) {
        return p;
    }
    throw std::bad_alloc();
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return allocate(size);
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

#endif
