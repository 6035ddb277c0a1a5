#!/usr/bin/python3
"""Deterministic benchmark datasets for bench/scale.sh (GDAL's Python bindings and NumPy only).

Usage: bench/datasets/generate.py [OUT_DIR] [--max N] [--sizes N,N,...] [--kinds K,K,...]
                                  [--formats gpkg,geojson] [--force] [--quiet]

Writes into OUT_DIR (default build/bench-data/ under the repository root; never committed), in
WGS 84 longitude/latitude around the Sichuan basin (lon 102-110, lat 27-33), for each size
10^3, 10^4, 10^5 and 10^6 features (at most --max):

  grid_1eK    square cells, every edge cut in 3, so each ring has 12 vertices + the closing one
              (13 points; 10^6 cells hold 13M vertices)
  hex_1eK     irregular cells: hexagons whose corners and edge midpoints are jittered by a hash of
              their lattice position, so neighbours share their borders exactly (13 points a ring)
  lines_1eK   polylines of 10 to 50 vertices (uniform), random walks with a persistent heading
  points_1eK  points, uniform over the area

each as a GeoPackage (.gpkg, with its R-tree spatial index) and as GeoJSON (.geojson, written by
GDAL from the GeoPackage). GeoJSON is written only up to 10^5 features for polygons and lines:
10^6 grid or hex cells would be a ~630 MB text file (13M vertices) and 10^6 lines ~1.1 GB (30M
vertices), which GDAL's GeoJSON driver parses whole in memory (its read floor is already 2.4 s
at 10^5 polygons, 7x the GeoPackage's), so such a file would measure little but GDAL's JSON
parser and memory pressure, at minutes per run; points go up to 10^6 (~270 MB).

Attributes: id (Integer, 1..N), name (String: half Chinese, e.g. '成都区17', half ASCII, e.g.
'unit-18'), value (Real, lognormal), gdp_2019..gdp_2023 (Real: a lognormal base growing a normal
~6% a year).

Deterministic: every dataset draws from its own NumPy PCG64 generator seeded from the kind and the
size; coordinates are rounded to 1e-7 degree (about 1 cm), GeoPackage timestamps are fixed
(OGR_CURRENT_DATE), so a re-run writes the same data (with the same NumPy and GDAL, byte for byte).

Each file gets a sidecar FILE.params (JSON: the generator's parameters, features, vertices,
seconds taken). A file whose sidecar holds the same parameters is skipped, so re-runs are cheap;
files are written under a temporary name and renamed when complete.
"""

import argparse
import json
import os
import sys
import time
import zlib

import numpy as np
from osgeo import gdal, ogr, osr

GENERATOR_VERSION = 1  # bump when every kind changes; KIND_VERSION when one kind's geometry does
KIND_VERSION = {"grid": 1, "hex": 2, "lines": 1, "points": 1}
BASE_SEED = 20261127
LON0, LON1, LAT0, LAT1 = 102.0, 110.0, 27.0, 33.0
SIZES = [10**3, 10**4, 10**5, 10**6]
KINDS = ["grid", "hex", "lines", "points"]
FORMATS = ["gpkg", "geojson"]
GEOJSON_MAX = {"grid": 10**5, "hex": 10**5, "lines": 10**5, "points": 10**6}
COMMIT_EVERY = 100_000
PLACES = ["成都", "重庆", "绵阳", "德阳", "乐山", "宜宾", "泸州", "南充", "达州", "遂宁", "内江",
          "自贡", "眉山", "资阳", "广安", "雅安", "万州", "涪陵", "永川", "合川", "江津"]
SUFFIXES = ["区", "县", "镇", "乡", "街道"]

gdal.UseExceptions()
ogr.UseExceptions()


def size_tag(n):
    k = round(np.log10(n))
    return f"1e{k}" if 10**k == n else str(n)


def seed_for(kind, n):
    return BASE_SEED + zlib.crc32(f"{kind}:{n}".encode())


def params_for(kind, n, fmt):
    p = {"generator_version": GENERATOR_VERSION, "kind_version": KIND_VERSION[kind], "kind": kind,
         "features": n, "format": fmt,
         "seed": seed_for(kind, n), "extent": [LON0, LAT0, LON1, LAT1], "precision_deg": 1e-7}
    if kind in ("grid", "hex"):
        p["points_per_ring"] = 13
    if kind == "lines":
        p["vertices_per_line"] = [10, 50]
    return p


# --- geometry ---------------------------------------------------------------------------------


def grid_rings(n):
    """n square cells in rows filling the area (the last row may be partial); (n, 13, 2)."""
    cols = int(np.ceil(np.sqrt(n * (LON1 - LON0) / (LAT1 - LAT0))))
    rows = int(np.ceil(n / cols))
    cell = min((LON1 - LON0) / cols, (LAT1 - LAT0) / rows)
    i = np.arange(n)
    x0 = LON0 + (i % cols) * cell
    y0 = LAT0 + (i // cols) * cell
    # Unit square, counter-clockwise, every edge in 3 steps: 12 corners + the closing point.
    t = np.array([0, 1 / 3, 2 / 3])
    ux = np.concatenate([t, np.ones(3), 1 - t, np.zeros(3), [0]])
    uy = np.concatenate([np.zeros(3), t, np.ones(3), 1 - t, [0]])
    xy = np.empty((n, 13, 2))
    xy[:, :, 0] = x0[:, None] + ux[None, :] * cell
    xy[:, :, 1] = y0[:, None] + uy[None, :] * cell
    return xy


def hash01(a, b, salt):
    """A deterministic pseudo-random number in [0, 1) per integer pair (vectorised)."""
    h = (a.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) ^ (
        b.astype(np.uint64) * np.uint64(0xC2B2AE3D27D4EB4F)) ^ np.uint64(salt)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB9FE1A85EC53)
    h ^= h >> np.uint64(33)
    return (h >> np.uint64(11)).astype(np.float64) / float(1 << 53)


def hex_rings(n, seed):
    """n pointy-top hexagons in offset rows, corners and edge midpoints jittered by a hash of their
    lattice position (so shared borders are identical in both cells); (n, 13, 2).

    Lattice units: a cell centre is at (2c + (r & 1) + 1, 3r + 2), its corners at centre + (0, ±2),
    (±1, ±1); an edge midpoint is keyed by the sum of its corners' integer positions."""
    aspect = (LON1 - LON0) / (LAT1 - LAT0)
    # A cell is 2 units wide and 3 units a row; ux = 2 uy makes it regular on the ground at lat 30.
    cols = int(np.ceil(np.sqrt(n * aspect * 0.75)))
    rows = int(np.ceil(n / cols))
    ux = (LON1 - LON0) / (2 * cols + 1)
    uy = (LAT1 - LAT0) / (3 * rows + 1)
    i = np.arange(n, dtype=np.int64)
    c, r = i % cols, i // cols
    cx, cy = 2 * c + (r & 1) + 1, 3 * r + 2
    corners = np.array([(1, -1), (1, 1), (0, 2), (-1, 1), (-1, -1), (0, -2)])  # counter-clockwise
    kx = cx[:, None] + corners[None, :, 0]  # (n, 6) integer corner positions
    ky = cy[:, None] + corners[None, :, 1]
    salt = seed & 0xFFFFFFFF

    def jitter(ix, iy, scale, s):
        return ((hash01(ix, iy, s) - 0.5) * 2 * scale, (hash01(ix, iy, s + 1) - 0.5) * 2 * scale)

    jx, jy = jitter(kx, ky, 0.22, salt)
    px, py = kx + jx, ky + jy
    # Midpoint of the edge from corner k to corner k+1, keyed by kx[k] + kx[k+1] (twice its position).
    mx2 = kx + np.roll(kx, -1, axis=1)
    my2 = ky + np.roll(ky, -1, axis=1)
    mjx, mjy = jitter(mx2, my2, 0.15, salt + 2)
    qx = (mx2 / 2) + mjx
    qy = (my2 / 2) + mjy
    xy = np.empty((n, 13, 2))
    xy[:, 0:12:2, 0], xy[:, 0:12:2, 1] = px, py
    xy[:, 1:12:2, 0], xy[:, 1:12:2, 1] = qx, qy
    xy[:, 12] = xy[:, 0]
    xy[:, :, 0] = LON0 + xy[:, :, 0] * ux
    xy[:, :, 1] = LAT0 + xy[:, :, 1] * uy
    return xy


def polygon_wkbs(xy):
    """Little-endian Polygon WKB (one ring) for each (points, 2) block of xy."""
    n, m, _ = xy.shape
    header = b"\x01" + np.array([3, 1, m], dtype="<u4").tobytes()
    coords = np.ascontiguousarray(np.round(xy, 7), dtype="<f8").view(np.uint8).reshape(n, m * 16)
    return [header + coords[k].tobytes() for k in range(n)]


def line_wkbs(n, rng):
    counts = rng.integers(10, 51, size=n)
    total = int(counts.sum())
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    step = 0.6 * np.sqrt((LON1 - LON0) * (LAT1 - LAT0) / n) / 10  # a line spans about 0.6 spacing
    heading = rng.uniform(0, 2 * np.pi, size=total)
    turn = rng.normal(0, 0.35, size=total)
    turn[starts] = heading[starts]  # each line starts with a random heading, then turns a little
    ang = np.cumsum(turn)
    ang -= np.repeat(ang[starts] - turn[starts], counts)
    dx, dy = step * np.cos(ang), step * np.sin(ang)
    dx[starts] = 0
    dy[starts] = 0
    x = np.cumsum(dx)
    y = np.cumsum(dy)
    x -= np.repeat(x[starts], counts)
    y -= np.repeat(y[starts], counts)
    x += np.repeat(rng.uniform(LON0, LON1, size=n), counts)
    y += np.repeat(rng.uniform(LAT0, LAT1, size=n), counts)
    coords = np.round(np.column_stack([x, y]), 7).astype("<f8").tobytes()
    out = []
    for k in range(n):
        s, m = int(starts[k]), int(counts[k])
        out.append(b"\x01" + np.array([2, m], dtype="<u4").tobytes() + coords[s * 16:(s + m) * 16])
    return out, total


def point_wkbs(n, rng):
    x = np.round(rng.uniform(LON0, LON1, size=n), 7)
    y = np.round(rng.uniform(LAT0, LAT1, size=n), 7)
    xy = np.column_stack([x, y]).astype("<f8").view(np.uint8).reshape(n, 16)
    header = b"\x01" + np.array([1], dtype="<u4").tobytes()
    return [header + xy[k].tobytes() for k in range(n)]


# --- attributes -------------------------------------------------------------------------------


def attributes(n, rng):
    ids = np.arange(1, n + 1)
    place = rng.integers(0, len(PLACES), size=n)
    suffix = rng.integers(0, len(SUFFIXES), size=n)
    chinese = rng.random(n) < 0.5
    names = [f"{PLACES[place[k]]}{SUFFIXES[suffix[k]]}{k + 1}" if chinese[k] else f"unit-{k + 1}"
             for k in range(n)]
    value = np.round(rng.lognormal(7.0, 1.0, size=n), 3)
    gdp = [rng.lognormal(5.0, 1.2, size=n)]
    for _ in range(4):
        gdp.append(gdp[-1] * (1 + rng.normal(0.06, 0.03, size=n)))
    gdp = [np.round(g, 2) for g in gdp]
    return ids, names, value, gdp


# --- writing ----------------------------------------------------------------------------------


def write_gpkg(path, kind, n, seed):
    rng = np.random.default_rng(seed)
    if kind == "grid":
        xy = grid_rings(n)
        wkbs, vertices, gtype = polygon_wkbs(xy), n * 13, ogr.wkbPolygon
    elif kind == "hex":
        xy = hex_rings(n, seed)
        wkbs, vertices, gtype = polygon_wkbs(xy), n * 13, ogr.wkbPolygon
    elif kind == "lines":
        (wkbs, vertices), gtype = line_wkbs(n, rng), ogr.wkbLineString
    else:
        wkbs, vertices, gtype = point_wkbs(n, rng), n, ogr.wkbPoint
    ids, names, value, gdp = attributes(n, rng)
    value, gdp = value.tolist(), [g.tolist() for g in gdp]

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(path)
    layer = ds.CreateLayer(kind, srs, gtype, options=["FID=fid", "SPATIAL_INDEX=YES"])
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    name_field = ogr.FieldDefn("name", ogr.OFTString)
    layer.CreateField(name_field)
    fields = ["value"] + [f"gdp_{y}" for y in range(2019, 2024)]
    for f in fields:
        layer.CreateField(ogr.FieldDefn(f, ogr.OFTReal))
    defn = layer.GetLayerDefn()
    columns = [value] + gdp
    ds.StartTransaction()
    for k in range(n):
        feature = ogr.Feature(defn)
        feature.SetFID(k + 1)
        feature.SetFieldInteger64(0, int(ids[k]))
        feature.SetFieldString(1, names[k])
        for j, col in enumerate(columns):
            feature.SetField(2 + j, col[k])
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkbs[k]))
        layer.CreateFeature(feature)
        if (k + 1) % COMMIT_EVERY == 0:
            ds.CommitTransaction()
            ds.StartTransaction()
    ds.CommitTransaction()
    layer = None
    ds = None  # closes the file (builds the spatial index)
    return vertices


def write_geojson(path, gpkg_path):
    gdal.VectorTranslate(path, gpkg_path, format="GeoJSON",
                         layerCreationOptions=["COORDINATE_PRECISION=7", "WRITE_BBOX=NO"])


def sidecar(path):
    return path + ".params"


def up_to_date(path, params):
    try:
        with open(sidecar(path), encoding="utf-8") as f:
            stored = json.load(f)
    except (OSError, ValueError):
        return False
    return os.path.exists(path) and stored.get("params") == params


def generate(out, kind, n, fmt, force, log, nested=False):
    name = f"{kind}_{size_tag(n)}.{fmt}"
    path = os.path.join(out, name)
    params = params_for(kind, n, fmt)
    if not force and up_to_date(path, params):
        if not nested:
            log(f"  {name}: up to date")
        return
    tmp = os.path.join(out, f".tmp-{name}")
    if os.path.exists(tmp):
        os.remove(tmp)
    start = time.monotonic()
    if fmt == "gpkg":
        vertices = write_gpkg(tmp, kind, n, params["seed"])
    else:
        gpkg = os.path.join(out, f"{kind}_{size_tag(n)}.gpkg")
        generate(out, kind, n, "gpkg", False, log, nested=True)  # the GeoJSON is a translation of it
        write_geojson(tmp, gpkg)
        with open(sidecar(gpkg), encoding="utf-8") as f:
            vertices = json.load(f)["vertices"]
    seconds = time.monotonic() - start
    if os.path.exists(sidecar(path)):
        os.remove(sidecar(path))
    os.replace(tmp, path)
    with open(sidecar(path), "w", encoding="utf-8") as f:
        json.dump({"params": params, "features": n, "vertices": vertices,
                   "bytes": os.path.getsize(path), "seconds": round(seconds, 2)}, f, indent=1)
        f.write("\n")
    log(f"  {name}: {n} features, {vertices} vertices, {os.path.getsize(path) / 1e6:.1f} MB, "
        f"{seconds:.1f} s")


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=os.path.join(root, "build", "bench-data"))
    parser.add_argument("--max", type=int, default=10**6, help="largest size (features)")
    parser.add_argument("--sizes", help="comma-separated sizes instead of 10^3..--max")
    parser.add_argument("--kinds", default=",".join(KINDS), help="of " + ",".join(KINDS))
    parser.add_argument("--formats", default=",".join(FORMATS), help="of " + ",".join(FORMATS))
    parser.add_argument("--force", action="store_true", help="rewrite files that are up to date")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()

    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [s for s in SIZES if s <= args.max]
    kinds = args.kinds.split(",")
    formats = args.formats.split(",")
    for k in kinds:
        if k not in KINDS:
            parser.error(f"unknown kind {k!r} (known: {', '.join(KINDS)})")
    for f in formats:
        if f not in FORMATS:
            parser.error(f"unknown format {f!r} (known: {', '.join(FORMATS)})")
    if any(s < 1 for s in sizes):
        parser.error("sizes must be positive")

    gdal.SetConfigOption("OGR_CURRENT_DATE", "2026-01-01T00:00:00.000Z")
    gdal.SetConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF")
    os.makedirs(args.out, exist_ok=True)
    log = (lambda _msg: None) if args.quiet else (lambda msg: print(msg, flush=True))
    log(f"datasets in {args.out}")
    for n in sizes:
        for kind in kinds:
            for fmt in formats:
                if fmt == "geojson" and n > GEOJSON_MAX[kind]:
                    continue
                generate(args.out, kind, n, fmt, args.force, log)
    return 0


if __name__ == "__main__":
    sys.exit(main())
