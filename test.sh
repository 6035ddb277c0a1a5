#!/usr/bin/env bash
# Install what is missing, build once with warnings as errors under AddressSanitizer and
# UndefinedBehaviorSanitizer (the asan preset: a Debug build, assertions on), run every test there,
# then a short fuzz pass: each libFuzzer target for BASHU_FUZZ_SECONDS seconds (default 5; 0 skips
# it), see fuzz/run.sh. The pass starts from the committed corpora with a fixed seed
# (BASHU_FUZZ_SEED, default 1), so it checks the same inputs each time instead of failing at
# random; long runs (fuzz/run.sh) explore.
# One sanitized build instead of an optimised one and a sanitized one: every test runs where a
# memory or undefined-behaviour error fails it, and ./test.sh stays well under 45 minutes on 2
# cores. BASHU_TEST_PRESET=ci runs the suite on the optimised build instead (quicker to build and
# run, no sanitizers).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
preset="${BASHU_TEST_PRESET:-asan}"
third_party/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
# The window tests one at a time: two sanitized windows at once on 2 cores were slow enough that
# a key pressed right after a wait was sometimes not seen (2026-12-07).
ctest --preset "$preset" -LE '^gui$' "$@"
ctest --preset "$preset" -L '^gui$' -j1 "$@"
fuzz_seconds="${BASHU_FUZZ_SECONDS:-5}"
if [ "$fuzz_seconds" != 0 ]; then
  BASHU_FUZZ_SEED="${BASHU_FUZZ_SEED:-1}" fuzz/run.sh "$fuzz_seconds"
fi
