#!/usr/bin/python3
"""bashu against QGIS 3.22, Mapnik 3.1 and GDAL's read floor, whole processes, in one run.

usage: compare.py DATADIR [--runs 3] [--rows counties,hex1m,hex1m_geojson,world]
(bench/peers/compare.sh builds bashu, installs the peers, prepares DATADIR and calls this.)

Each tool draws the same 5-class quantile choropleth (YlOrRd) of the same file to a 2048 x 1536 PNG;
QGIS computes the classes and Mapnik, which cannot, draws QGIS's. The tools of a row run in turn,
A B C D A B C D ..., --runs times (the machine's speed drifts: interleaving keeps the drift out of
the ratios), and the row gives each one's median. bashu's peak memory (the largest resident set of
its runs) is set beside the file's raw coordinate bytes (vertices x 16). Ratios above 1 mean bashu
is faster; 'bashu / floor' is bashu's time as a multiple of the read floor.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BASHU = os.path.join(ROOT, "build", "bench", "bashu")
FLOOR = os.path.join(ROOT, "build", "bench", "bench", "bench_read_floor")
PYTHON = "/usr/bin/python3"  # Debian's, where the QGIS and Mapnik modules are

# name: (file, field, tools). Tools: bashu render, qgis, mapnik, floor by features, floor by Arrow,
# bashu info. The world's countries are drawn without classes (its layers share no number to
# classify); its field is only what the read floor reads.
ROWS = {
    "counties": ("counties.gpkg", "area_km2", ["bashu", "qgis", "mapnik", "floor", "arrow"]),
    "hex1m": ("hex1m.gpkg", "val", ["bashu", "qgis", "mapnik", "floor", "arrow"]),
    "hex1m_geojson": ("hex1m.geojson", "val", ["bashu", "mapnik", "floor"]),
    "world": ("world.json", "name", ["bashu", "info", "floor"]),
}
UNCLASSED = {"world"}


def measure(command, env, work):
    """Wall seconds, peak resident KiB and standard output of one run of a command; raises with
    the command's last error line when it fails."""
    out_path, err_path = os.path.join(work, "out.txt"), os.path.join(work, "err.txt")
    with open(out_path, "w") as out, open(err_path, "w") as err:
        start = time.monotonic()
        child = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        lines = open(err_path).read().strip().splitlines() or ["(no message)"]
        raise RuntimeError("%s failed (%d): %s" % (" ".join(command), child.returncode, lines[-1]))
    return seconds, usage.ru_maxrss, open(out_path).read()


def commands(tool, path, field, work, classes=True):
    png = os.path.join(work, tool + ".png")
    quiet_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=work)
    quiet_env.pop("DISPLAY", None)
    if tool == "bashu" and classes:
        return [BASHU, "render", path, "--field", field, "--method", "quantile", "--classes", "5", "-o", png], quiet_env
    if tool == "bashu":
        return [BASHU, "render", path, "-o", png], quiet_env
    if tool == "info":
        return [BASHU, "info", path], quiet_env
    if tool == "qgis":
        return [PYTHON, os.path.join(HERE, "qgis_render.py"), path, field, png], quiet_env
    if tool == "mapnik":
        return [PYTHON, os.path.join(HERE, "mapnik_render.py"), path, field, png,
                os.path.join(work, "breaks.json")], quiet_env
    if tool == "floor":
        return [FLOOR, path, field, "feature"], quiet_env
    if tool == "arrow":
        return [FLOOR, path, field, "arrow"], quiet_env
    raise ValueError(tool)


def row(name, data, runs, work):
    file, field, tools = ROWS[name]
    path = os.path.join(data, file)
    if "mapnik" in tools:  # QGIS's classes for Mapnik, once, untimed
        qgis, env = commands("qgis", path, field, work)
        subprocess.run(qgis + [os.path.join(work, "breaks.json")], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = {tool: [] for tool in tools}
    peak = 0
    vertices = None
    for _ in range(runs):
        for tool in tools:
            command, env = commands(tool, path, field, work, classes=name not in UNCLASSED)
            seconds, rss, out = measure(command, env, work)
            times[tool].append(seconds)
            if tool == "bashu":
                peak = max(peak, rss)
            if tool == "floor":
                found = re.search(r"(\d+) vertices", out)
                vertices = int(found.group(1)) if found else vertices
    return {tool: statistics.median(values) for tool, values in times.items()}, peak, vertices


def cell(value, unit=" s"):
    return "-" if value is None else "%.2f%s" % (value, unit)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", default=",".join(ROWS))
    args = parser.parse_args()
    print("| data | bashu render | bashu info | QGIS | Mapnik | GDAL floor (features) | GDAL floor (Arrow) "
          "| QGIS / bashu | Mapnik / bashu | bashu / floor | bashu peak memory | coordinates |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        for name in args.rows.split(","):
            try:
                median, peak, vertices = row(name, args.data, args.runs, work)
            except (RuntimeError, subprocess.CalledProcessError) as failure:
                print("| %s | failed: %s |" % (ROWS[name][0], str(failure)[:200]))
                continue
            b = median.get("bashu")
            floor = median.get("arrow") or median.get("floor")
            print("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                ROWS[name][0], cell(b), cell(median.get("info")), cell(median.get("qgis")),
                cell(median.get("mapnik")), cell(median.get("floor")), cell(median.get("arrow")),
                cell(median["qgis"] / b if "qgis" in median else None, "x"),
                cell(median["mapnik"] / b if "mapnik" in median else None, "x"),
                cell(b / floor if floor else None, "x"),
                "%d MB" % (peak // 1024) if peak else "-",
                "%d MB" % (vertices * 16 // 1_000_000) if vertices else "-"))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
