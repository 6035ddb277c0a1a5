#!/usr/bin/env python3
"""Writes the small data the reference cases in ../cases/ share: 20 square districts in a 6 x 4
grid without its lower right 2 x 2 corner, where the legend goes (units.geojson), and a town at each one's centre (towns.geojson). Deterministic; run it from
this folder after changing it, then rewrite the references (BASHU_UPDATE_REFERENCES=1)."""
import json

COLS, ROWS, SIDE, LON0, LAT0 = 6, 4, 0.5, 103.5, 29.0
NAMES = ["Anju", "Baima", "Chaoyang", "Dazhu", "Emei", "Fuling", "Gulin", "Hechuan", "Jiange", "Kaijiang",
         "Langzhong", "Mianzhu", "Nanbu", "Pengxi", "Qionglai", "Renshou", "Shehong", "Tongjiang", "Wusheng",
         "Xuyong"]
# Skewed totals (natural breaks, quantiles and equal intervals disagree on them).
VALUE = [3, 95, 5, 31, 7, 12, 4, 140, 9, 20, 52, 6, 17, 5, 70, 11, 25, 8, 40, 14]
# A rate, roughly symmetric, with an outlier at each end (box map, standard deviation).
RATE = [4.1, -8.0, 3.3, 5.5, 2.8, 6.3, 4.6, 3.9, 18.0, 5.2, 3.0, 4.9, 7.4, 2.1, 6.8, 1.5, 4.4, 5.9, 3.6, 8.2]
KIND = ["farmland", "forest", "urban", "farmland", "wetland", "forest", "farmland", "urban", "grassland",
        "forest", "farmland", "wetland", "urban", "forest", "grassland", "farmland", "forest", "urban",
        "farmland", "wetland"]
POP = [12, 85, 20, 46, 9, 30, 15, 120, 24, 38, 64, 18, 33, 11, 75, 27, 42, 21, 50, 16]  # 10^4 people


def collection(features):
    return {"type": "FeatureCollection", "features": features}


CELLS = [(col, row) for row in range(ROWS) for col in range(COLS) if not (col >= 4 and row >= 2)]
units, towns = [], []
for i, (col, row) in enumerate(CELLS):
    x0, y0 = LON0 + col * SIDE, LAT0 + (ROWS - 1 - row) * SIDE
    ring = [[x0, y0], [x0 + SIDE, y0], [x0 + SIDE, y0 + SIDE], [x0, y0 + SIDE], [x0, y0]]
    props = {"name": NAMES[i], "value": VALUE[i], "rate": RATE[i], "kind": KIND[i], "pop": POP[i],
             "v2010": round(VALUE[i] * (0.45 + 0.04 * (i % 7)), 1), "v2020": VALUE[i]}
    units.append({"type": "Feature", "properties": props,
                  "geometry": {"type": "Polygon", "coordinates": [ring]}})
    towns.append({"type": "Feature", "properties": {"name": NAMES[i], "pop": POP[i]},
                  "geometry": {"type": "Point", "coordinates": [x0 + SIDE / 2, y0 + SIDE / 2]}})

for path, features in (("units.geojson", units), ("towns.geojson", towns)):
    with open(path, "w") as out:
        out.write('{"type": "FeatureCollection", "features": [\n')
        out.write(",\n".join(json.dumps(f, separators=(",", ":")) for f in features))
        out.write("\n]}\n")
