#!/usr/bin/python3
"""Decodes an ECharts map file (coordinates 'UTF8Encoding': zigzag, delta, scale 1024) into plain
GeoJSON, as published: quantised duplicate points and self-crossing rings are kept as they are;
only open rings are closed, as GeoJSON requires. The feature id becomes an 'adcode' property.

usage: decode_echarts.py IN.geojson OUT.geojson"""
import json
import sys


def decode_ring(text, offset, scale):
    x, y = offset
    ring = []
    for i in range(0, len(text), 2):
        dx, dy = ord(text[i]) - 64, ord(text[i + 1]) - 64
        x += (dx >> 1) ^ (-(dx & 1))
        y += (dy >> 1) ^ (-(dy & 1))
        ring.append([x / scale, y / scale])
    if ring and ring[0] != ring[-1]:
        ring.append(ring[0])
    return ring


def main(source, target):
    data = json.load(open(source, encoding="utf-8"))
    scale = data.pop("UTF8Scale", 1024)
    if data.pop("UTF8Encoding", False):
        for feature in data["features"]:
            geometry = feature["geometry"]
            offsets = geometry.pop("encodeOffsets")
            if geometry["type"] == "Polygon":
                geometry["coordinates"] = [decode_ring(r, offsets[i], scale)
                                           for i, r in enumerate(geometry["coordinates"])]
            elif geometry["type"] == "MultiPolygon":
                geometry["coordinates"] = [[decode_ring(r, offsets[p][i], scale) for i, r in enumerate(polygon)]
                                           for p, polygon in enumerate(geometry["coordinates"])]
    for feature in data["features"]:
        feature.setdefault("properties", {})["adcode"] = str(feature.get("id"))
    json.dump(data, open(target, "w", encoding="utf-8"), ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
