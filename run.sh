#!/usr/bin/env bash
# The main job: install what is missing, build (release), and open the built-in map.
# With no display it renders the built-in map to bashu-map.png and prints where.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
third_party/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/bashu "$@"
