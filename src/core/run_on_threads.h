#pragma once
// Work split over the cores, for the few steps whose cost grows with the data (reading, projecting,
// labelling, encoding): one way to choose how many threads and to run them.
#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace bashu {

/// Threads for `items` of work at one thread per `itemsPerThread`: at least 1, at most the cores
/// and 8 (below `itemsPerThread` items a second thread costs more than it saves).
inline size_t threadsFor(size_t items, size_t itemsPerThread) {
    const size_t cores = std::max<size_t>(1, std::thread::hardware_concurrency());
    return std::clamp<size_t>(std::min(cores, items / std::max<size_t>(1, itemsPerThread)), 1, 8);
}

/// Calls work(t) for each t below `threads`: t = 0 on this thread, every other on a thread of its
/// own; returns once all are done.
template <class Work>
void runOnThreads(size_t threads, const Work& work) {
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threads; ++t) helpers.emplace_back([&work, t] { work(t); });
    work(size_t(0));
    for (std::thread& helper : helpers) helper.join();
}

}  // namespace bashu
