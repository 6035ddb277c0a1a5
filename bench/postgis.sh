#!/usr/bin/env bash
# PostGIS layers measured against a private server (tests/postgis/pg_server.sh) holding N
# hexagons over the region (default 10^6), then stopped:
#   - bench_postgis: the first read of the whole table, a view's read, the whole table's values;
#   - `bashu overview` of the table (timed), then bench_postgis's first read, view read and values again,
#     now from the overview (postgis/pg_overview.h);
#   - `bashu render` of a document of the table at 2048 x 1536, whole extent, from PostGIS and from
#     a GeoPackage of the same rows (written here through GDAL's Python bindings), each the median
#     of 3 runs, with the process's peak memory.
#
#   bench/postgis.sh [N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-1000000}"
third_party/install-deps.sh
cmake --preset bench >/dev/null
cmake --build --preset bench --parallel 2 --target bench_postgis bashu >/dev/null
dir="/tmp/bashu-pg-bench-$$"
work="$(mktemp -d)"
trap 'tests/postgis/pg_server.sh stop "$dir"; rm -rf "$work"' EXIT
echo "loading $n hexagons..."
tests/postgis/pg_server.sh start "$dir" "$n" >/dev/null
export PGSERVICEFILE="$dir/pg_service.conf" PGPASSFILE="$dir/pgpass"
export GLIBC_TUNABLES="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.hugetlb=1"
build/bench/bench/bench_postgis 2>/dev/null | grep -E '^(Benchmark|-|BM_)'
# The service file names the table's owner too (atlas_owner): an operator builds the overview.
/usr/bin/time -f "bashu overview: %e s, peak memory %M KiB" build/bench/bashu overview PG:service=atlas_owner hexes
echo "with the overview:"
build/bench/bench/bench_postgis --benchmark_filter='FirstRead|ViewRead|TableValues' 2>/dev/null | grep -E '^BM_'

/usr/bin/python3 - "$work/hexes.gpkg" <<'PY'
import sys
from osgeo import gdal
gdal.UseExceptions()
gdal.VectorTranslate(sys.argv[1], "PG:service=atlas", layerName="hexes", options="-f GPKG hexes")
PY
layers='"fill": {"field": "density", "method": "quantile", "classes": 5}, "stroke": {"width": 0}'
echo "{\"title\": \"Hexagons\", \"layers\": [{\"name\": \"Hexagons\", \"source\": \"PG:service=atlas\", \"source_layer\": \"hexes\", $layers}]}" >"$work/pg.json"
echo "{\"title\": \"Hexagons\", \"layers\": [{\"name\": \"Hexagons\", \"source\": \"hexes.gpkg\", $layers}]}" >"$work/gpkg.json"
for source in pg gpkg; do
  times=()
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" build/bench/bashu render "$work/$source.json" -o "$work/$source.png" \
      --width 2048 --height 1536 2>/dev/null
    times+=("$(cat "$work/time")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p | {
    read -r seconds kb
    echo "render 2048x1536 from $source: ${seconds} s (median of 3), peak memory $((kb / 1024)) MiB"
  }
done
