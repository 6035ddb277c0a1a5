#pragma once
// An OpenGL context without a window or display (EGL, surfaceless), for exports and tests.
#include <memory>
#include <string>

#include "core/result.h"

namespace bashu {

class HeadlessContext {
public:
    /// Creates an OpenGL 3.3+ core context on the surfaceless EGL platform and makes it current
    /// on this thread. Fails with a message saying what is missing (EGL, the extension, GL 3.3).
    static Result<HeadlessContext> create();

    HeadlessContext(HeadlessContext&&) noexcept;
    HeadlessContext& operator=(HeadlessContext&&) noexcept;
    ~HeadlessContext();

    /// Hands the context over between threads: `release` on the thread that has it current,
    /// then `makeCurrent` on the one that draws. A context is current on one thread at a time.
    void release();
    Status makeCurrent();

    /// "vendor / renderer / version" of the context, for reports.
    std::string description() const;

private:
    struct State;
    explicit HeadlessContext(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

}  // namespace bashu
