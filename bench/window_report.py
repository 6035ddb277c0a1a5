"""The window's report (ui/window_report.h, written each frame where BASHU_WINDOW_REPORT names a
file), read and waited on by the scripts that drive the window (window_response.py,
postgis_window.py)."""
import json
import time


def read_report(path):
    """The last frame's report, or None while there is none (or it is being written)."""
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def wait_for(path, test, timeout=60.0):
    """Polls the report every millisecond until test(report) holds; returns the time it did and
    the report."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        r = read_report(path)
        if r is not None and test(r):
            return time.monotonic(), r
        time.sleep(0.001)
    raise RuntimeError("the window never reported what was waited for; last report: %s" % read_report(path))
