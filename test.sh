#!/usr/bin/env bash
# Install what is missing, build with warnings as errors, and run every test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
third_party/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"
