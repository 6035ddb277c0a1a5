#!/usr/bin/python3
"""A layer of irregular hexagons as GeoJSON: 12 vertices each (13 with the closing one), tiling a
40 x 30 degree box in longitude/latitude, the corners shared by neighbours jittered alike (no gap,
no overlap) by a deterministic hash, so the same file comes out every time. Fields: id (integer)
and val (real: a smooth surface plus noise per feature).

usage: hexagons.py FEATURES OUT.geojson"""
import math
import sys

import numpy as np

RING = np.array([(4, 0), (3, 1), (2, 2), (0, 2), (-2, 2), (-3, 1), (-4, 0), (-3, -1), (-2, -2), (0, -2),
                 (2, -2), (3, -1), (4, 0)], dtype=np.int64)


def hash32(a, b):
    """A deterministic integer hash of two arrays, as uint32."""
    x = (a.astype(np.uint64) * np.uint64(0x9E3779B1) + b.astype(np.uint64) * np.uint64(0x85EBCA77)) \
        & np.uint64(0xFFFFFFFF)
    x ^= x >> np.uint64(15)
    x = (x * np.uint64(0x2C1B3C6D)) & np.uint64(0xFFFFFFFF)
    x ^= x >> np.uint64(12)
    x = (x * np.uint64(0x297A2D39)) & np.uint64(0xFFFFFFFF)
    x ^= x >> np.uint64(15)
    return x


def main(wanted, path):
    rows = max(1, int(round(math.sqrt(wanted / 1.54))))
    cols = int(round(wanted / rows))
    side = 40.0 / (1.5 * cols + 0.5)
    unit_x, unit_y = side / 4.0, math.sqrt(3) * side / 4.0
    x0, y0 = 60.0 + side, 10.0 + 2 * unit_y
    fid = 0
    with open(path, "w") as out:
        out.write('{"type":"FeatureCollection","features":[\n')
        for r in range(rows):
            c = np.arange(cols, dtype=np.int64)
            ix = (6 * c)[:, None] + RING[None, :, 0]
            iy = (4 * r + 2 * (c & 1))[:, None] + RING[None, :, 1]
            jitter_x = (hash32(ix + 1_000_000, iy).astype(np.float64) / 4294967296.0 - 0.5) * 0.6
            jitter_y = (hash32(iy + 3_000_000, ix).astype(np.float64) / 4294967296.0 - 0.5) * 0.6
            x = x0 + (ix + jitter_x) * unit_x
            y = y0 + (iy + jitter_y) * unit_y
            cx, cy = x[:, :12].mean(1), y[:, :12].mean(1)
            noise = hash32(np.arange(fid, fid + cols, dtype=np.int64),
                           np.full(cols, 7, dtype=np.int64)).astype(np.float64) / 4294967296.0
            val = 50 + 30 * np.sin((cx - 60) / 6.0) * np.cos((cy - 10) / 4.5) + 25 * (noise - 0.5) ** 3 * 8
            features = []
            for k in range(cols):
                coordinates = ",".join("[%.7f,%.7f]" % (x[k, m], y[k, m]) for m in range(13))
                features.append('{"type":"Feature","properties":{"id":%d,"val":%.4f},'
                                '"geometry":{"type":"Polygon","coordinates":[[%s]]}}' % (fid + k, val[k], coordinates))
            out.write(("" if fid == 0 else ",\n") + ",\n".join(features))
            fid += cols
        out.write("\n]}\n")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
