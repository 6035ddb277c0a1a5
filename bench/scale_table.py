#!/usr/bin/python3
"""Measures the whole commands on the datasets of bench/datasets/generate.py; prints a Markdown table.

Usage: bench/scale_table.py [DATA_DIR] [--max N] [--sizes N,...] [--kinds K,...] [--formats F,...]
                            [--runs 3] [--timeout 900]
(bench/scale.sh builds, generates and calls this.)

Per dataset (found through its FILE.params sidecar): features, vertices, file size; the GDAL read
floor (bench_pipeline's gdalReadFloor on the file, through BASHU_READ_FLOOR_FILE: open + every
feature, its geometry and fields, in one process, median of 3 Google Benchmark repetitions);
`bashu info FILE` and `bashu render FILE -o out.png` (2048x1536, the default size) wall time,
median of --runs runs, process start included; the render's CPU time (user + system, all threads,
median; llvmpipe rasterises on every core, so it can exceed the wall time); render / floor; the render's peak resident memory
(ru_maxrss of the child, the largest of the runs) next to the raw coordinate bytes (vertices x 16,
two doubles a vertex). A command that fails or runs past --timeout is reported as such.
"""

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASHU = os.path.join(ROOT, "build", "bench", "bashu")
BENCH = os.path.join(ROOT, "build", "bench", "bench", "bench_pipeline")
KIND_ORDER = ["grid", "hex", "lines", "points"]
FORMAT_ORDER = ["gpkg", "geojson"]


def run_measured(cmd, timeout, env=None):
    """Runs cmd; returns (seconds, CPU seconds (user + system), peak RSS in KiB, exit status or
    'timeout', last stderr line)."""
    err_path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"bashu-scale-{os.getpid()}.err")
    with open(err_path, "w+b") as err:
        start = time.monotonic()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            os.kill(p.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, usage = os.wait4(p.pid, 0)
        seconds = time.monotonic() - start
        timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    os.remove(err_path)
    rc = "timeout" if timed_out.is_set() else p.returncode
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, rc, (lines[-1] if lines else "")


def read_floor(path, timeout):
    env = dict(os.environ, BASHU_READ_FLOOR_FILE=path)
    cmd = [BENCH, "--benchmark_filter=^gdalReadFloor/file$", "--benchmark_repetitions=3",
           "--benchmark_report_aggregates_only=true", "--benchmark_format=json"]
    try:
        out = subprocess.run(cmd, env=env, capture_output=True, timeout=timeout, check=True).stdout
        for b in json.loads(out)["benchmarks"]:
            if b.get("aggregate_name") == "median":
                if b.get("error_occurred"):
                    return None
                scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
                return b["real_time"] * scale
    except (subprocess.SubprocessError, ValueError, KeyError):
        return None
    return None


def measure(cmd, runs, timeout):
    """Median seconds and CPU seconds and largest peak RSS over runs; a failure stops at once and is
    returned."""
    times, cpus, peaks = [], [], []
    for _ in range(runs):
        seconds, cpu, peak, rc, last = run_measured(cmd, timeout)
        if rc != 0:
            return {"failed": rc, "seconds": seconds, "cpu": cpu, "peak": peak, "message": last}
        times.append(seconds)
        cpus.append(cpu)
        peaks.append(peak)
    return {"seconds": statistics.median(times), "cpu": statistics.median(cpus), "peak": max(peaks)}


def fmt_seconds(s):
    if s is None:
        return "n/a"
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"


def fmt_bytes(b):
    if b >= 1e9:
        return f"{b / 1e9:.2f} GB"
    if b >= 1e6:
        return f"{b / 1e6:.1f} MB"
    return f"{b / 1e3:.0f} kB"


def fmt_result(r):
    if "failed" in r:
        what = "timed out" if r["failed"] == "timeout" else f"exit {r['failed']}"
        return f"**{what}** after {fmt_seconds(r['seconds'])}"
    return fmt_seconds(r["seconds"])


def datasets(data_dir, args):
    found = []
    for name in os.listdir(data_dir):
        if not name.endswith(".params") or name.startswith("."):
            continue
        path = os.path.join(data_dir, name[: -len(".params")])
        if not os.path.exists(path):
            continue
        with open(os.path.join(data_dir, name), encoding="utf-8") as f:
            meta = json.load(f)
        p = meta["params"]
        n, kind, fmt = p["features"], p["kind"], p["format"]
        if (args.sizes and n not in args.sizes) or (not args.sizes and n > args.max):
            continue
        if kind not in args.kinds or fmt not in args.formats:
            continue
        found.append((n, KIND_ORDER.index(kind), FORMAT_ORDER.index(fmt), path, meta))
    return [(path, meta) for *_, path, meta in sorted(found)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=os.path.join(ROOT, "build", "bench-data"))
    parser.add_argument("--max", type=int, default=10**5)
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")])
    parser.add_argument("--kinds", type=lambda s: s.split(","), default=KIND_ORDER)
    parser.add_argument("--formats", type=lambda s: s.split(","), default=FORMAT_ORDER)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=900, help="seconds per command run")
    args = parser.parse_args()

    todo = datasets(args.data, args)
    if not todo:
        print(f"no datasets in {args.data} (run bench/datasets/generate.py)", file=sys.stderr)
        return 1
    load_start = os.getloadavg()[0]
    out_dir = os.path.join(args.data, "renders")
    os.makedirs(out_dir, exist_ok=True)

    print("| Dataset | Features | Vertices | File | GDAL read floor | `bashu info` | `bashu render` "
          "| Render CPU | Render / floor | Render peak RSS | Coordinates (vertices x 16 B) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    failures = []
    for path, meta in todo:
        name = os.path.basename(path)
        print(f"measuring {name} ...", file=sys.stderr, flush=True)
        floor = read_floor(path, args.timeout * 3)
        info = measure([BASHU, "info", path], args.runs, args.timeout)
        png = os.path.join(out_dir, name.replace(".", "_") + ".png")
        render_cmd = [BASHU, "render", path, "-o", png]
        render = measure(render_cmd, args.runs, args.timeout)
        for what, r, cmd in (("info", info, [BASHU, "info", path]), ("render", render, render_cmd)):
            if "failed" in r:
                failures.append(f"{' '.join(cmd)}: {fmt_result(r)}, peak RSS {r['peak'] / 1024:.0f} MiB; "
                                f"stderr: {r['message']}")
        ratio = (f"{render['seconds'] / floor:.1f}x" if floor and "failed" not in render else "n/a")
        coords = meta["vertices"] * 16
        peak = f"{render['peak'] * 1024 / 1e6:.0f} MB" + (" (at failure)" if "failed" in render else "")
        print(f"| `{name}` | {meta['features']:,} | {meta['vertices']:,} | {fmt_bytes(os.path.getsize(path))} "
              f"| {fmt_seconds(floor)} | {fmt_result(info)} | {fmt_result(render)} | {fmt_seconds(render['cpu'])} "
              f"| {ratio} | {peak} "
              f"| {fmt_bytes(coords)} |", flush=True)
    for f in failures:
        print(f"\nFailed: {f}")
    # Other work on the machine inflates wall times (llvmpipe rasterises on every core).
    print(f"\nLoad average (1 min) at the start: {load_start:.2f}, at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
