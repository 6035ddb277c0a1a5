#!/usr/bin/env bash
# Install what is missing, build with warnings as errors, run every test (then again under the
# sanitizers), then a short fuzz pass:
# each libFuzzer target for BASHU_FUZZ_SECONDS seconds (default 5; 0 skips it), see fuzz/run.sh.
# The pass starts from the committed corpora with a fixed seed (BASHU_FUZZ_SEED, default 1), so it
# checks the same inputs each time instead of failing at random; long runs (fuzz/run.sh) explore.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
third_party/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"
# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset):
# the corpus of bad inputs, the readers and the window included; not the style and layering
# checks, which read the source, not the build, nor the data guards (they check geodata/) and ten
# window tests of opening, saving and year-slider dialogs whose code the other window tests run
# under the sanitizers too: so ./test.sh stays under 45 minutes on 2 cores. BASHU_ASAN=0 skips it.
if [ "${BASHU_ASAN:-1}" != 0 ]; then
  cmake --preset asan
  cmake --build --preset asan
  ctest --preset asan "$@"
fi
fuzz_seconds="${BASHU_FUZZ_SECONDS:-5}"
if [ "$fuzz_seconds" != 0 ]; then
  BASHU_FUZZ_SEED="${BASHU_FUZZ_SEED:-1}" fuzz/run.sh "$fuzz_seconds"
fi
