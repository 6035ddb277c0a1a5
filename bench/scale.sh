#!/usr/bin/env bash
# Whole commands at scale: builds the benchmarks (release, build/bench), generates the datasets of
# bench/datasets/generate.py into build/bench-data/ (10^3 .. MAX features; files already there
# with the same parameters are kept) and prints one Markdown table: per dataset the features,
# vertices, file size, GDAL read floor, `bashu info` and `bashu render` times (median of 3 runs,
# process start included), render / floor, the render's peak memory and the raw coordinate bytes.
# bench/SCALE.md holds a run of it.
#
# Usage: bench/scale.sh [MAX] [--sizes N,...] [--kinds grid,hex,lines,points] [--formats gpkg,geojson]
#                       [--runs N] [--timeout SECONDS]
#   MAX defaults to 100000 (a few minutes on 2 cores); 1000000 adds the 10^6 datasets (long: the
#   10^6 line GeoPackage alone holds 30M vertices). E.g. the 10^6 polygon grid alone, rendered once:
#   bench/scale.sh 1000000 --sizes 1000000 --kinds grid --formats gpkg --runs 1
#
# Needs /usr/bin/python3 with GDAL's bindings and NumPy (Debian: python3-gdal).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

max=100000
if [[ $# -gt 0 && $1 != -* ]]; then
  max=$1
  shift
fi
gen_args=(--max "$max")
table_args=(--max "$max")
while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes | --kinds | --formats)
      gen_args+=("$1" "$2")
      table_args+=("$1" "$2")
      shift 2
      ;;
    --runs | --timeout)
      table_args+=("$1" "$2")
      shift 2
      ;;
    *)
      echo "usage: bench/scale.sh [MAX] [--sizes N,...] [--kinds K,...] [--formats F,...] [--runs N] [--timeout S]" >&2
      exit 2
      ;;
  esac
done

third_party/install-deps.sh
if ! /usr/bin/python3 -c 'import numpy; from osgeo import ogr' 2>/dev/null; then
  echo "error: bench/scale.sh needs /usr/bin/python3 with GDAL's bindings and NumPy (apt-get install python3-gdal)" >&2
  exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { cmake --preset bench && cmake --build --preset bench --parallel 2; } >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi

/usr/bin/python3 -B bench/datasets/generate.py build/bench-data "${gen_args[@]}" >&2
echo >&2
/usr/bin/python3 -B bench/scale_table.py build/bench-data "${table_args[@]}"
