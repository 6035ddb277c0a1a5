#!/usr/bin/env bash
# Builds the benchmarks (release) and prints the table the README's performance section shows:
# each stage on the built-in data (Google Benchmark, median of 5 repetitions) and the whole
# `bashu render` command (median of 5 runs, process start included).
#
#   bench/run.sh [FILTER]                  the pipeline benchmarks matching FILTER (a regex), then
#                                          the whole command
#   bench/run.sh --interaction [FILTER]    the interactive operations at 10^6 features instead
#                                          (bench_interaction, bench/SCALE.md; ~2 minutes, ~2 GB)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
suite=pipeline
if [ "${1:-}" = "--interaction" ]; then
  suite=interaction
  shift
fi
third_party/install-deps.sh
cmake --preset bench >/dev/null
cmake --build --preset bench --parallel 2 >/dev/null
# The benchmarks run with the allocator settings bashu gives its engine (src/app/launcher.c).
export GLIBC_TUNABLES="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.hugetlb=1"
median_of_5() {
  "$1" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true --benchmark_filter="$2" 2>/dev/null |
    grep -E '^(Benchmark|-|.*_median)'
}
if [ "$suite" = interaction ]; then
  median_of_5 build/bench/bench/bench_interaction "${1:-.}"
  exit 0
fi
median_of_5 build/bench/bench/bench_pipeline "${1:-.}"
# A 5,000-row, 20-column workbook joined to 3,000 units (the window's Join, in the background).
median_of_5 build/bench/bench/bench_table_join "${1:-.}"
# Spatial statistics at 10^5 units: queen weights, local Moran with 999 permutations.
median_of_5 build/bench/bench/bench_spatial "${1:-.}"

# The median of 5 runs of a whole command, process start included.
time_command() {
  local times=()
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$@" 2>/dev/null
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1/1000} END {printf "  median %.3f s (min %.3f, max %.3f)\n", a[3], a[1], a[5]}'
}

echo
echo "Whole command: bashu render -o out.png (built-in map, 2048x1536), 5 runs"
time_command build/bench/bashu render -o /tmp/bashu-bench-cmd.png

# The reference case of the 0.25 s target: the region's counties as a GeoPackage
# (geodata/districts.geojson translated by GDAL, once).
counties=build/bench-data/districts.gpkg
if [ ! -f "$counties" ]; then
  mkdir -p build/bench-data
  /usr/bin/python3 -c "from osgeo import gdal; gdal.UseExceptions(); gdal.VectorTranslate('$counties', 'geodata/districts.geojson', format='GPKG')"
fi
echo "Whole command: bashu render $counties --field area_km2 -o out.png (221 counties, 256k vertices), 5 runs"
time_command build/bench/bashu render "$counties" --field area_km2 -o /tmp/bashu-bench-counties.png
echo "GDAL read floor of $counties, and the window's first frame of it (bench_pipeline's firstFrame)"
BASHU_READ_FLOOR_FILE="$counties" build/bench/bench/bench_pipeline --benchmark_filter='^(gdalReadFloor|firstFrame)/file' \
  --benchmark_repetitions=5 --benchmark_report_aggregates_only=true 2>/dev/null | grep median
