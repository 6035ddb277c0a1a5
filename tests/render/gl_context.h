#pragma once
// One headless GL context for the whole test program, current on the main thread.
#include <gtest/gtest.h>

#include <optional>

#include "platform/headless_context.h"

namespace bashu::testing {

inline bool headlessContextReady() {
    static std::optional<Result<HeadlessContext>> context;
    if (!context) context.emplace(HeadlessContext::create());
    if (!context->ok()) ADD_FAILURE() << "no headless GL context: " << context->error().message;
    return context->ok();
}

}  // namespace bashu::testing
