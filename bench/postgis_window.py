#!/usr/bin/env python3
"""The window on a PostGIS table of hexagons, timed as a person drives it (xdotool), from the
window's report (ui/window_report.h):

  - from the program's start to the first frame drawing the table at the whole extent, and to
    the first idle frame (its full meshes built);
  - pans to a new area, a view WIDTH map units across: from the mouse-up to the frame drawing
    the read of the new view, each pan after the margin around the last view has been read;
  - the same, each pan started as soon as the last view is drawn (its margin still being read);
  - the process's peak memory in each run.

Needs a server whose service "atlas" holds the table "hexes" (tests/postgis/pg_server.sh start
DIR N, then `bashu overview PG:service=atlas_owner hexes`), PGSERVICEFILE and PGPASSFILE set:

    xvfb-run -a -s '-screen 0 1600x1000x24' python3 bench/postgis_window.py BASHU [RUNS] [WIDTH]
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from window_report import read_report, wait_for  # noqa: E402

BASHU = sys.argv[1]
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 2
WIDTH = float(sys.argv[3]) if len(sys.argv) > 3 else 125000
work = tempfile.mkdtemp(prefix="bashu_postgis_window_")
report_path = os.path.join(work, "report.json")
layer = ('{"name": "Hexagons", "source": "PG:service=atlas", "source_layer": "hexes", '
         '"fill": {"field": "density", "method": "quantile", "classes": 5}, "stroke": {"width": 0}}')


def document(name, view):
    path = os.path.join(work, name)
    with open(path, "w") as f:
        f.write('{"title": "Hexagons", %s"layers": [%s]}' % (view, layer))
    return path


whole = document("whole.json", "")
closer = document("closer.json", '"view": {"center": [106.0, 30.3], "width": %g}, ' % WIDTH)


def report():
    return read_report(report_path)


def wait(condition, limit=120):
    return wait_for(report_path, condition, limit)[1]


def hexagons(r):
    return r["streamed"]["features"].get("Hexagons", 0)


def start(doc):
    if os.path.exists(report_path):
        os.remove(report_path)
    env = dict(os.environ, BASHU_WINDOW_REPORT=report_path, HOME=os.path.join(work, "home"))
    os.makedirs(env["HOME"], exist_ok=True)
    err = open(os.path.join(work, "stderr.log"), "w")
    return subprocess.Popen(["/usr/bin/time", "-f", "peak %M KiB", BASHU, doc], env=env,
                            stdout=subprocess.DEVNULL, stderr=err)


def stop(process):
    subprocess.run(["xdotool", "key", "ctrl+q"], check=True)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    with open(os.path.join(work, "stderr.log")) as f:
        return f.read().strip().splitlines()[-1]


def xdo(*args):
    subprocess.run(["xdotool", *map(str, args)], check=True)


def first_frame():
    t0 = time.time()
    process = start(whole)
    drawn = wait(lambda r: hexagons(r) > 0)
    t_drawn = time.time() - t0
    wait(lambda r: r.get("idle") and hexagons(r) > 0)
    t_idle = time.time() - t0
    print("first frame with the table %.2f s, first idle frame %.2f s (%d hexagons); %s"
          % (t_drawn, t_idle, hexagons(drawn), stop(process)))


def pans(quick):
    process = start(closer)
    r = wait(lambda r: r.get("idle") and r["streamed"]["reads"] >= 2 and "map" in r["controls"])
    x, y, w, h = r["controls"]["map"]
    cx, cy = x + w // 2, y + h // 2
    step = int(w * 0.2)  # each pan 0.4 of the view: beyond the margin read around it
    times = []
    for _ in range(3):
        xdo("mousemove", cx + step, cy)
        wait(lambda r: r.get("pointer") == [cx + step, cy])
        xdo("mousedown", 1)
        wait(lambda r: r.get("pressed"))
        xdo("mousemove", cx - step, cy)
        wait(lambda r: r.get("pointer") == [cx - step, cy])
        # Counted just before the release: a margin's read may end during the drag.
        reads = report()["streamed"]["reads"]
        t0 = time.time()
        xdo("mouseup", 1)
        # The view's own read (a view alone, not its margin's, which holds more).
        r = wait(lambda r: not r.get("pressed") and r["streamed"]["reads"] > reads)
        times.append(time.time() - t0)
        if not quick:
            wait(lambda r: r.get("idle") and r["streamed"]["reads"] > reads + 1)
    views = r["streamed"]["view_features"]["Hexagons"]
    print("%s: %s s (last view %d hexagons); %s"
          % ("pans, each started while the last margin is read" if quick else "pans",
             ", ".join("%.2f" % t for t in times), views, stop(process)))


try:
    for _ in range(RUNS):
        first_frame()
    for _ in range(RUNS):
        pans(False)
    for _ in range(RUNS):
        pans(True)
finally:
    shutil.rmtree(work, ignore_errors=True)
