#pragma once
// Process exit codes, so scripts can tell a bad input from an engine failure.

namespace bashu {

enum ExitCode : int {
    kExitOk = 0,
    kExitBadInput = 1,      // a file, document or argument is wrong; the message says which
    kExitUsage = 2,         // the command line cannot be parsed
    kExitEngineFailure = 3  // no GL context, GPU limits, cannot write the output
};

}  // namespace bashu
