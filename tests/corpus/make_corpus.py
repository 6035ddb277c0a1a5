#!/usr/bin/python3
"""Writes the corpus of bad and odd inputs in tests/corpus/inputs/ (committed; rerun after a change).

Each file stands for something planners receive from other offices and tools: broken files, odd
encodings, Chinese CRSs, repaired geometry. What bashu must do with each is in cases.json, which
tests/corpus/corpus_test.cpp runs against the real binary. Deterministic: running this again
writes the same bytes (except GeoPackages, whose SQLite headers carry no timestamps we rely on).
Needs python3-gdal (Debian) for the Shapefiles and GeoPackages.
"""
import json
import os
import shutil
import struct
import sys
import zipfile

from osgeo import ogr, osr

ogr.UseExceptions()
osr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "inputs")


def path(*parts):
    return os.path.join(OUT, *parts)


def write_text(name, text, encoding="utf-8"):
    with open(path(name), "wb") as f:
        f.write(text.encode(encoding) if isinstance(text, str) else text)


def square(x, y, size=0.5):
    return [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]


def feature(properties, geometry):
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def collection(features, **extra):
    doc = {"type": "FeatureCollection"}
    doc.update(extra)
    doc["features"] = features
    return doc


def write_geojson(name, doc):
    write_text(name, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")


def two_units():
    return [
        feature({"adcode": "510104", "name": "锦江区", "gdp": 1500.5},
                {"type": "Polygon", "coordinates": [square(104.0, 30.5)]}),
        feature({"adcode": "500103", "name": "渝中区", "gdp": 1600.0},
                {"type": "Polygon", "coordinates": [square(106.5, 29.5)]}),
    ]


def srs(epsg):
    s = osr.SpatialReference()
    s.ImportFromEPSG(epsg)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def to_crs(epsg, lon, lat):
    t = osr.CoordinateTransformation(srs(4326), srs(epsg))
    x, y, _ = t.TransformPoint(lon, lat)
    return x, y


def write_ogr(filename, driver, layers, options=None, layer_options=None):
    """layers: [(name, epsg or None, geometry type, fields [(name, type)], rows [(values, wkt)])]."""
    target = path(filename)
    if os.path.exists(target):
        (shutil.rmtree if os.path.isdir(target) else os.remove)(target)
    ds = ogr.GetDriverByName(driver).CreateDataSource(target, options=options or [])
    for name, epsg, gtype, fields, rows in layers:
        layer = ds.CreateLayer(name, srs(epsg) if epsg else None, gtype, options=layer_options or [])
        for field_name, field_type in fields:
            layer.CreateField(ogr.FieldDefn(field_name, field_type))
        for values, wkt in rows:
            f = ogr.Feature(layer.GetLayerDefn())
            for (field_name, _), value in zip(fields, values):
                f.SetField(field_name, value)
            if wkt:
                f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(f)
    ds = None


def wkt_square(x, y, size):
    return "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        x, y, x + size, y, x + size, y + size, x, y + size, x, y)


def shapefile_units(folder, lon_lat=True, encoding_option=None):
    """Two units as a Shapefile in folder/units.shp; returns the .shp path."""
    os.makedirs(path(folder), exist_ok=True)
    rows = [(["510104", "锦江区", 1500.5], wkt_square(104.0, 30.5, 0.5)),
            (["500103", "渝中区", 1600.0], wkt_square(106.5, 29.5, 0.5))]
    if not lon_lat:
        rows = []
        for code, name, gdp, lon, lat in (("510104", "锦江区", 1500.5, 104.0, 30.5),
                                         ("500103", "渝中区", 1600.0, 106.5, 29.5)):
            x, y = to_crs(4544, lon, lat)
            rows.append(([code, name, gdp], wkt_square(round(x), round(y), 40000)))
    fields = [("adcode", ogr.OFTString), ("name", ogr.OFTString), ("gdp", ogr.OFTReal)]
    layer_options = ["ENCODING=" + (encoding_option or "UTF-8")]
    write_ogr(os.path.join(folder, "units.shp"), "ESRI Shapefile",
              [("units", 4326 if lon_lat else None, ogr.wkbPolygon, fields, rows)],
              layer_options=layer_options)
    return path(folder, "units.shp")


def write_world_atlas(name):
    """A world atlas as the npm world-atlas TopoJSON writes one (quantized, delta-encoded arcs;
    rings written for drawing on the sphere): Fiji across 180 (its ring from -180 the short way to
    179.36, as world-atlas has it), Chukotka across 180, a Fiji island whose shore along 180 is
    written both 180 and -180, Antarctica going once round the south pole, a bow tie, and
    continents of many vertices. Drawn as written, each ring across 180 is a band across the map."""
    import math

    def blob(cx, cy, rx, ry, n, seed):
        ring = []
        for i in range(n):
            t = -2 * math.pi * i / n  # clockwise, as world-atlas writes outer rings
            r = 1 + 0.08 * math.sin(7 * t + seed) + 0.04 * math.sin(23 * t + 2 * seed)
            ring.append((cx + rx * r * math.cos(t), cy + ry * r * math.sin(t)))
        return ring + [ring[0]]

    def wrapped(lon):
        return lon - 360 if lon > 180 else lon

    chukotka = [(wrapped(lon), 66.0) for lon in range(165, 196)] + \
               [(wrapped(lon), 70.0) for lon in range(195, 164, -1)]
    chukotka.append(chukotka[0])
    antarctica = []
    for i in range(4000):  # eastward from 170E round to 170E: encloses the south pole
        lon = 170 + 360 * i / 4000
        antarctica.append((wrapped(lon), -72 + 3 * math.sin(math.radians(5 * lon))))
    antarctica.append(antarctica[0])
    fiji_across = [(-180.0, -16.0669), (-179.7933, -16.0208), (-179.9174, -16.5018), (-180.0, -16.5560),
                   (179.3628, -16.8015), (178.7251, -17.0120), (178.5968, -16.6392), (179.0966, -16.4340),
                   (179.4135, -16.3791), (180.0, -16.0669), (-180.0, -16.0669)]
    fiji_shore = [(-180.0, -16.541), (180.0, -16.541), (179.993, -16.542), (179.986, -16.539),
                  (179.986, -16.519), (180.0, -16.492), (180.0, -16.49), (-180.0, -16.541)]
    countries = [
        ("Fiji", [[fiji_across], [fiji_shore]]),
        ("Russia (Chukotka)", [[chukotka]]),
        ("Antarctica", [[antarctica]]),
        ("Bow tie", [[[(-30, 10), (-25, 15), (-25, 10), (-30, 15), (-30, 10)]]]),
        ("West", [[blob(-100, 45, 25, 15, 6000, 1)], [blob(-60, -15, 15, 20, 6000, 2)]]),
        ("Middle", [[blob(20, 50, 20, 12, 6000, 3)], [blob(20, 5, 18, 25, 6000, 4)]]),
        ("East", [[blob(100, 45, 40, 15, 6000, 5)], [blob(135, -25, 18, 10, 6000, 6)]]),
    ]
    q = 1000000
    scale = (360 / (q - 1), 180 / (q - 1))
    arcs, geometries = [], []
    for country, polygons in countries:
        shape = []
        for polygon in polygons:
            rings = []
            for ring in polygon:
                arc, last = [], (0, 0)
                for lon, lat in ring:
                    x, y = round((lon + 180) / scale[0]), round((lat + 90) / scale[1])
                    arc.append([x - last[0], y - last[1]])
                    last = (x, y)
                rings.append([len(arcs)])
                arcs.append(arc)
            shape.append(rings)
        geometries.append({"type": "MultiPolygon", "arcs": shape, "properties": {"name": country}}
                          if len(shape) > 1 else
                          {"type": "Polygon", "arcs": shape[0], "properties": {"name": country}})
    topology = {"type": "Topology", "bbox": [-180, -90, 180, 90],
                "transform": {"scale": list(scale), "translate": [-180, -90]},
                "objects": {"countries": {"type": "GeometryCollection", "geometries": geometries}},
                "arcs": arcs}
    write_text(name, json.dumps(topology, separators=(",", ":")) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)

    # --- files that cannot be read -------------------------------------------------------------
    os.makedirs(path("a_folder.geojson"), exist_ok=True)
    write_text("a_folder.geojson/.keep", "")
    write_text("empty.geojson", "")
    whole = json.dumps(collection(two_units()), ensure_ascii=False, indent=1)
    write_text("truncated.geojson", whole[: len(whole) // 2])
    write_text("malformed.geojson", whole.replace('"gdp": 1600.0', '"gdp": 1600.0,,', 1))
    write_text("not_geojson.json", json.dumps({"districts": ["锦江区", "渝中区"], "year": 2023},
                                              ensure_ascii=False) + "\n")
    write_text("deep_nesting.geojson", '{"type": "FeatureCollection", "features": ' +
               "[" * 100000 + "]" * 100000 + "}\n")
    write_text("random_bytes.shp", bytes((i * 73 + 41) % 256 for i in range(600)))

    # Shapefiles with parts missing or damaged.
    shp = shapefile_units("no_shx")
    os.remove(shp[:-4] + ".shx")
    shp = shapefile_units("no_dbf")
    os.remove(shp[:-4] + ".dbf")
    shp = shapefile_units("truncated_shp")
    with open(shp, "rb") as f:
        data = f.read()
    with open(shp, "wb") as f:
        f.write(data[: len(data) - 60])
    shp = shapefile_units("wrong_header_length")
    with open(shp, "r+b") as f:  # file length in 16-bit words, big-endian, at byte 24
        f.seek(24)
        f.write(struct.pack(">i", 10 ** 8))

    # --- coordinates ---------------------------------------------------------------------------
    write_geojson("projected_without_crs.geojson", collection([
        feature({"name": "a"}, {"type": "Polygon", "coordinates": [square(35500000, 3300000, 40000)]})]))
    shapefile_units("projected_shapefile_without_prj", lon_lat=False)
    assert not os.path.exists(path("projected_shapefile_without_prj", "units.prj"))
    shapefile_units("lonlat_shapefile_without_prj")
    os.remove(path("lonlat_shapefile_without_prj", "units.prj"))
    # JSON has no NaN or infinity; 1e999 overflows to infinity in every reader.
    write_text("infinite_coordinates.geojson", whole.replace("104.0", "1e999", 1))
    write_text("nan_coordinates.geojson", whole.replace("104.0", "NaN", 1))
    write_geojson("out_of_range_lonlat.geojson", collection([
        feature({"name": "a"}, {"type": "Polygon", "coordinates": [square(104.0, 30.5)]}),
        feature({"name": "beyond the pole"}, {"type": "Polygon", "coordinates": [square(104.0, 95.0)]})]))

    # --- attributes ----------------------------------------------------------------------------
    units = two_units()
    units[0]["properties"]["note"] = "很长的说明" * 70000  # 1 MB of text in one value
    write_geojson("long_attribute.geojson", collection(units))

    # --- odd but valid -------------------------------------------------------------------------
    write_geojson("mixed_geometry.geojson", collection(two_units() + [
        feature({"name": "天府国际机场"}, {"type": "Point", "coordinates": [104.44, 30.31]}),
        feature({"name": "成渝高铁"}, {"type": "LineString", "coordinates": [[104.07, 30.66], [106.55, 29.56]]})]))
    write_geojson("null_and_empty_geometry.geojson", collection(two_units() + [
        feature({"adcode": "000001", "name": "无边界"}, None),
        feature({"adcode": "000002", "name": "空"}, {"type": "Polygon", "coordinates": []})]))
    units3d = two_units()
    for f in units3d:
        f["geometry"]["coordinates"] = [[[x, y, 500.0] for x, y in ring] for ring in f["geometry"]["coordinates"]]
    write_geojson("three_d.geojson", collection(units3d))
    write_geojson("self_intersecting.geojson", collection([
        feature({"name": "bow tie"}, {"type": "Polygon", "coordinates": [
            [[104, 30], [105, 31], [105, 30], [104, 31], [104, 30]]]}),
        feature({"name": "touching rings"}, {"type": "Polygon", "coordinates": [
            square(106, 30, 1.0), [[106.5, 30], [106.7, 30.5], [106.3, 30.5], [106.5, 30]]]}),
        feature({"name": "fine"}, {"type": "Polygon", "coordinates": [square(107, 30)]})]))
    # Fiji-like: a polygon written across the antimeridian with longitudes past 180, and one
    # split in two parts at +-180 as RFC 7946 asks.
    write_geojson("antimeridian.geojson", collection([
        feature({"name": "across, east of 180"}, {"type": "Polygon", "coordinates": [
            [[178.0, -18.5], [181.0, -18.5], [181.0, -16.0], [178.0, -16.0], [178.0, -18.5]]]}),
        feature({"name": "split at 180"}, {"type": "MultiPolygon", "coordinates": [
            [[[178.5, -21.0], [180.0, -21.0], [180.0, -19.5], [178.5, -19.5], [178.5, -21.0]]],
            [[[-180.0, -21.0], [-179.0, -21.0], [-179.0, -19.5], [-180.0, -19.5], [-180.0, -21.0]]]]})]))

    write_world_atlas("world_atlas.json")

    # Chinese CRSs and Web Mercator.
    fields = [("adcode", ogr.OFTString), ("name", ogr.OFTString)]
    for name, epsg in (("cgcs2000_gauss_kruger_4544", 4544), ("web_mercator_3857", 3857)):
        rows = []
        for code, unit, lon, lat in (("510104", "锦江区", 104.0, 30.5), ("500103", "渝中区", 106.5, 29.5)):
            x0, y0 = to_crs(epsg, lon, lat)
            x1, y1 = to_crs(epsg, lon + 0.5, lat + 0.5)
            rows.append(([code, unit], "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
                x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)))
        write_ogr(name + ".gpkg", "GPKG", [(name, epsg, ogr.wkbPolygon, fields, rows)])
    rows = [([code, unit], wkt_square(lon, lat, 0.5)) for code, unit, lon, lat in
            (("510104", "锦江区", 104.0, 30.5), ("500103", "渝中区", 106.5, 29.5))]
    write_ogr("cgcs2000_4490.shp", "ESRI Shapefile", [("cgcs2000_4490", 4490, ogr.wkbPolygon, fields, rows)],
              layer_options=["ENCODING=UTF-8"])
    write_ogr("two_layers.gpkg", "GPKG", [
        ("districts", 4326, ogr.wkbPolygon, fields, rows),
        ("airports", 4326, ogr.wkbPoint, [("name", ogr.OFTString)],
         [(["天府国际机场"], "POINT(104.44 30.31)"), (["江北国际机场"], "POINT(106.64 29.72)")])])

    # Layers with nothing to draw: a GeoPackage of attributes only, a layer whose geometries are
    # all null or empty (coordinates another program encoded its own way read as none), and a
    # table beside a layer that draws.
    table_fields = [("adcode", ogr.OFTString), ("gdp", ogr.OFTReal)]
    write_ogr("attributes_only.gpkg", "GPKG", [
        ("gdp_table", None, ogr.wkbNone, table_fields, [(["510104", 1500.5], None), (["500103", 1600.0], None)])])
    write_ogr("nothing_to_draw.gpkg", "GPKG", [
        ("units", 4326, ogr.wkbPolygon, fields,
         [([str(i), "x"], None) for i in range(13)] + [([str(13 + i), "x"], "POLYGON EMPTY") for i in range(3)])])
    write_ogr("layer_and_table.gpkg", "GPKG", [
        ("districts", 4326, ogr.wkbPolygon, fields, rows),
        ("gdp_table", None, ogr.wkbNone, table_fields, [(["510104", 1500.5], None)])])

    # Datasets that are folders or zips: a File Geodatabase, a folder of Shapefiles, and
    # Shapefiles zipped in a subfolder (as planners receive them).
    write_ogr("plan.gdb", "OpenFileGDB", [
        ("districts", 4326, ogr.wkbPolygon, fields, rows),
        ("airports", 4326, ogr.wkbPoint, [("name", ogr.OFTString)],
         [(["天府国际机场"], "POINT(104.44 30.31)"), (["江北国际机场"], "POINT(106.64 29.72)")])])
    os.makedirs(path("shapefile_folder"), exist_ok=True)
    for name, gtype, layer_rows in (
            ("districts", ogr.wkbPolygon, rows),
            ("airports", ogr.wkbPoint, [(["510104", "天府国际机场"], "POINT(104.44 30.31)")])):
        write_ogr(os.path.join("shapefile_folder", name + ".shp"), "ESRI Shapefile",
                  [(name, 4326, gtype, fields, layer_rows)], layer_options=["ENCODING=UTF-8"])
    zip_path = path("zipped_shapefile.zip")
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for extension in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            member = path("shapefile_folder", "districts" + extension)
            if os.path.exists(member):
                # A fixed date: the archive's bytes do not change when the script runs again.
                info = zipfile.ZipInfo("delivery/districts" + extension, date_time=(2024, 1, 1, 0, 0, 0))
                with open(member, "rb") as f:
                    archive.writestr(info, f.read(), zipfile.ZIP_DEFLATED)

    # Rings whose last position is not their first (GDAL keeps them as read).
    write_geojson("unclosed_rings.geojson", collection([
        feature({"adcode": "510104", "gdp": 1500.5},
                {"type": "Polygon", "coordinates": [square(104.0, 30.5)[:-1]]}),
        feature({"adcode": "500103", "gdp": 1600.0},
                {"type": "Polygon", "coordinates": [square(106.5, 29.5)[:-1], square(106.6, 29.6, 0.1)[:-1]]}),
    ]))

    # GBK-encoded DBFs, as many Chinese offices send them: with a .cpg saying so, and without.
    shapefile_units("gbk_with_cpg", encoding_option="CP936")
    with open(path("gbk_with_cpg", "units.cpg"), "w") as f:
        f.write("GBK")
    shapefile_units("gbk_without_cpg", encoding_option="CP936")
    for extension in (".cpg",):
        target = path("gbk_without_cpg", "units" + extension)
        if os.path.exists(target):
            os.remove(target)
    # GDAL writes the language driver id for CP936 (0x4D) in the DBF header; offices' files often
    # carry 0, which says nothing, so the reader must look at the bytes.
    with open(path("gbk_without_cpg", "units.dbf"), "r+b") as f:
        f.seek(29)
        f.write(b"\x00")

    # File names with spaces and Chinese characters.
    write_geojson("成渝 地区 units.geojson", collection(two_units()))

    # --- indicator tables and documents --------------------------------------------------------
    write_geojson("units.geojson", collection(two_units() + [
        feature({"adcode": "510107", "name": "武侯区", "gdp": 1400.0},
                {"type": "Polygon", "coordinates": [square(104.5, 30.0)]})]))
    write_text("table_unmatched_keys.csv", "adcode,gdp_2023\n510104,1500\n500103,1600\n999999,12\n888888,13\n")
    write_text("table_duplicate_keys.csv", "adcode,gdp_2023\n510104,1500\n510104,1501\n500103,1600\n510107,1400\n")
    write_text("table_non_numeric.csv", "adcode,gdp_2023\n510104,1500\n500103,n/a\n510107,1 400\n")
    write_text("table_gbk.csv", "adcode,name,gdp_2023\n510104,锦江区,1500\n500103,渝中区,1600\n510107,武侯区,1400\n",
               encoding="gbk")

    # --- values at the ends of the doubles, ties --------------------------------------------------
    # Squares, sums and spreads of such values overflow a double; their classes must not.
    def units_with_values(name, values):
        write_geojson(name, collection([
            feature({"name": "u%d" % i, "v": v}, {"type": "Polygon", "coordinates": [square(104 + i, 30)]})
            for i, v in enumerate(values)]))

    units_with_values("huge_values.geojson", [1e200, 2e200, 3e200, -1e300, 1e300, 1e-300])
    # A box map whose quartiles tie (an interquartile range of 0): the 5s lie on both fences.
    units_with_values("box_iqr_zero.geojson", [-10, 5, 5, 5, 5, 5, 5, 5, 20])
    # Jenks on values twelve orders of magnitude apart: the integers 1 to 999 and one 1e12, in which
    # R's classInt ("fisher") and simple-statistics' ckmeans find 250, 250, 250, 249 and 1.
    jenks = collection([
        feature({"v": v}, {"type": "Polygon", "coordinates": [
            square(100 + (i % 40) * 0.25, 28 + (i // 40) * 0.25, 0.25)]})
        for i, v in enumerate(list(range(1, 1000)) + [1e12])])
    write_text("jenks_wide_range.geojson", json.dumps(jenks, separators=(",", ":")) + "\n")
    # Values around 1e-5, whose class limits read 0.0000 with four decimals.
    units_with_values("tiny_values.geojson", [1.2e-5, 2.5e-5, 3.1e-5, 4.8e-5, 6.6e-5, 9.9e-5])

    def document(name, layer_extra=None, **root):
        layer = {"name": "units", "source": "units.geojson"}
        layer.update(layer_extra or {})
        doc = {"version": 1, "title": "corpus"}
        doc.update(root)
        doc.setdefault("layers", [layer])
        write_text(name, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")

    def joined(table):
        return {"join": {"table": table, "layer_key": "adcode", "value": "gdp_2023", "as": "gdp_2023"},
                "fill": {"field": "gdp_2023", "method": "quantile", "classes": 2, "ramp": "Blues"}}

    document("map_unmatched_keys.json", joined("table_unmatched_keys.csv"))
    document("map_duplicate_keys.json", joined("table_duplicate_keys.csv"))
    document("map_non_numeric.json", joined("table_non_numeric.csv"))
    document("map_gbk_table.json", joined("table_gbk.csv"))
    document("map_wrong_type.json", {"opacity": "half"})
    document("map_unknown_field.json", {"colour": "#ff0000"})
    document("map_missing_layer_file.json", {"source": "no_such_units.geojson"})
    document("map_no_layers.json", layers=[])
    document("map_circular.json", {"source": "map_circular.json"})
    document("map_refers_to_document.json", {"source": "map_no_layers.json"})
    document("map_remote_source.json", {"source": "https://example.invalid/units.geojson"})
    # The layer of one kind of a file mixing kinds, by the name bashu info lists it under.
    document("map_mixed_lines.json", {"name": "成渝高铁", "source": "mixed_geometry.geojson",
                                      "source_layer": "mixed_geometry (lines)"})
    document("map_mixed_polygons_classed.json", {
        "source": "mixed_geometry.geojson", "source_layer": "mixed_geometry (polygons)",
        "fill": {"field": "gdp", "method": "quantile", "classes": 2, "ramp": "Blues"}})
    document("map_kind_not_in_file.json", {"source_layer": "units (lines)"})
    print("corpus written to", OUT)


if __name__ == "__main__":
    sys.exit(main())
