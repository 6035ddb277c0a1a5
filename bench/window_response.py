#!/usr/bin/env python3
"""Response times of the real window, driven as a person drives it: the time from the input
(xdotool) to the first frame the window reports drawing after it (ui/window_report.h), and from
the program's start to its first idle frame with the map on it. Run under a virtual X server:

    xvfb-run -a -s '-screen 0 1400x950x24' python3 bench/window_response.py BASHU [RUNS]

Prints the median and the worst of RUNS (default 5) for each operation, in milliseconds.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from window_report import read_report, wait_for  # noqa: E402

BASHU = sys.argv[1]
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
work = tempfile.mkdtemp(prefix="bashu_response_")
report_path = os.path.join(work, "report.json")


def report():
    return read_report(report_path)


def wait(test, timeout=60.0):
    """Polls the report every millisecond until test(report) holds; returns the time it did."""
    return wait_for(report_path, test, timeout)


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


def middle(r, name, right=False):
    x, y, w, h = r["controls"][name]
    return (x + w - 2 if right else x + w // 2), y + h // 2


def settle_at(x, y):
    xdotool("mousemove", str(x), str(y))
    wait(lambda r: r.get("idle") and r.get("pointer") == [x, y])


def timed_press(name, right=False):
    """Presses and releases the named control; ms from the press to the first frame after it
    that drew with the button down, and from the release to the first frame drawn after it."""
    _, r = wait(lambda r: r.get("idle") and name in r.get("controls", {}))
    x, y = middle(r, name, right)
    settle_at(x, y)
    frame = report()["frame"]
    start = time.monotonic()
    xdotool("mousedown", "1")
    pressed, r = wait(lambda r: r["frame"] > frame and r.get("pressed"))
    frame = r["frame"]
    release = time.monotonic()
    xdotool("mouseup", "1")
    released, _ = wait(lambda r: r["frame"] > frame and not r.get("pressed"))
    wait(lambda r: r.get("idle"))
    return (pressed - start) * 1000, (released - release) * 1000


def one_run(results):
    config = os.path.join(work, "config")
    shutil.rmtree(config, ignore_errors=True)
    env = dict(os.environ, XDG_CONFIG_HOME=config, BASHU_WINDOW_REPORT=report_path)
    if os.path.exists(report_path):
        os.remove(report_path)
    start = time.monotonic()
    window = subprocess.Popen([BASHU], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        shown, r = wait(lambda r: r.get("idle") and r.get("layers"))
        results.setdefault("window open to map drawn", []).append((shown - start) * 1000)
        layer = r["layers"][0]
        _, up = timed_press("layers/visible/" + layer)
        results.setdefault("layer hidden (checkbox released)", []).append(up)
        _, up = timed_press("layers/visible/" + layer)
        results.setdefault("layer shown again", []).append(up)
        down, _ = timed_press("style/classes", right=True)
        results.setdefault("classes 5 -> 9 (reclassified, recoloured)", []).append(down)
        down, _ = timed_press("style/slider/year", right=True)
        results.setdefault("year step 2021 -> 2024 (re-joined, recoloured)", []).append(down)
    finally:
        window.terminate()
        window.wait()


results = {}
for _ in range(RUNS):
    one_run(results)
print("%-48s %8s %8s" % ("operation (input to the first frame drawn after it)", "median", "worst"))
for name, times in results.items():
    print("%-48s %6.0f ms %5.0f ms" % (name, statistics.median(times), max(times)))
shutil.rmtree(work, ignore_errors=True)
