#pragma once
// Moving one element of a list to another position, the others keeping their order: how layers
// are reordered, in the scene and on the GPU alike.
#include <algorithm>
#include <cstddef>
#include <iterator>

namespace bashu {

template <typename List>
void moveElement(List& list, size_t from, size_t to) {
    if (from >= list.size() || to >= list.size() || from == to) return;
    auto first = list.begin();
    if (from < to)
        std::rotate(first + std::ptrdiff_t(from), first + std::ptrdiff_t(from) + 1,
                    first + std::ptrdiff_t(to) + 1);
    else
        std::rotate(first + std::ptrdiff_t(to), first + std::ptrdiff_t(from),
                    first + std::ptrdiff_t(from) + 1);
}

}  // namespace bashu
