#pragma once
// Writing files so that a crash or a failure never leaves half a file where a good one was.
#include <functional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace bashu {

/// Calls `write` with a temporary path beside `path`, then renames it over `path`. When `write`
/// fails (or the rename does), the temporary file is removed and an existing `path` is untouched.
Status writeFileAtomically(const std::string& path,
                           const std::function<Status(const std::string& tempPath)>& write);

/// Writes `contents` to `path` atomically.
Status writeTextFileAtomically(const std::string& path, std::string_view contents);

}  // namespace bashu
