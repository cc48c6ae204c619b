#!/usr/bin/env python3
"""End-to-end rows of `make bench`: `citegraph analyze` on synthetic corpora, wall time and peak RSS.

Each size N is ../shared/bench/gen_coauthor.py --papers N --seed 42 (generated once into .bench-data/pN/). The
run is `citegraph analyze .bench-data/pN/papers.tsv --out .bench-data/out-pN --quiet`; its wall time and peak RSS
(the child's ru_maxrss from wait4) are measured here, and the step timings come from the run's manifest.json.
The doubling table gives, for consecutive sizes, time ratio / size ratio: no step of the sweep may more than
triple the time when the input doubles (the issue's "no cliffs").

The disk figure: `dd` writing as many bytes as the run's exports (fdatasync) to the same disk, so the export step
can be judged against what the disk allows.

Usage: scripts/bench/end_to_end.py [--sizes 20000,50000] [--doubling] [--binary PATH] [--previous JSON]
--doubling runs 2k, 5k, 10k, 20k, 50k, 100k, 200k and 1M. --previous names a JSON file of earlier figures
({"20000": {"seconds": .., "peakMB": ..}, ...}) printed beside ours.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("CITEGRAPH_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
DATA = os.path.join(ROOT, ".bench-data")
DOUBLING = [2000, 5000, 10000, 20000, 50000, 100000, 200000, 1000000]
# The figures the issue (#14) gave for the build before the streamed exports and the time budget.
ISSUE_FIGURES = {"20000": {"seconds": 150.0}, "50000": {"seconds": 16.0},
                 "1000000": {"seconds": 212.0, "peakMB": 4700.0}}


def corpus(n):
    """The papers.tsv of the synthetic corpus of n papers, generated on first use."""
    out = os.path.join(DATA, "p%d" % n)
    path = os.path.join(out, "papers.tsv")
    if not os.path.exists(path):
        os.makedirs(out, exist_ok=True)
        subprocess.run([sys.executable, os.path.join(SHARED, "bench", "gen_coauthor.py"), "--papers", str(n),
                        "--seed", "42", "--out", out], check=True, stdout=subprocess.DEVNULL)
    return path


def analyze(binary, n):
    """Runs analyze on the n-paper corpus; returns wall seconds, peak RSS in MB, steps and output bytes."""
    out = os.path.join(DATA, "out-p%d" % n)
    start = time.monotonic()
    proc = subprocess.Popen([binary, "analyze", corpus(n), "--out", out, "--quiet"])
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    if status != 0:
        raise SystemExit("analyze on %d papers failed with status %d" % (n, status))
    manifest = json.load(open(os.path.join(out, "manifest.json")))
    steps = {s["step"]: s["seconds"] for s in manifest["steps"]}
    written = sum(o["bytes"] for o in manifest["outputs"])
    return {"papers": n, "seconds": round(wall, 2), "peakMB": round(usage.ru_maxrss / 1024), "steps": steps,
            "outputBytes": written}


def dd_seconds(nbytes):
    """Seconds `dd` takes to write nbytes (1 MiB blocks, fdatasync) into .bench-data on the same disk."""
    target = os.path.join(DATA, "dd.tmp")
    count = max(1, nbytes // (1 << 20))
    start = time.monotonic()
    subprocess.run(["dd", "if=/dev/zero", "of=" + target, "bs=1M", "count=%d" % count, "conv=fdatasync"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.monotonic() - start
    os.remove(target)
    return seconds


def print_rows(rows, previous):
    """The table: size, wall, peak RSS, the slowest steps, the previous figures, and doubling ratios."""
    print("\n%-9s %9s %8s %8s %8s %8s %10s  %s" % ("papers", "wall s", "peakMB", "prev s", "prev MB",
                                                    "t ratio", "n ratio", "slowest steps (s)"))
    last = None
    for r in rows:
        prev = previous.get(str(r["papers"]), {})
        ratio = ("%.2f" % (r["seconds"] / last["seconds"])) if last else "-"
        nratio = ("%.2f" % (r["papers"] / last["papers"])) if last else "-"
        slow = sorted(r["steps"].items(), key=lambda kv: -kv[1])[:4]
        print("%-9d %9.2f %8d %8s %8s %8s %10s  %s" % (
            r["papers"], r["seconds"], r["peakMB"], prev.get("seconds", "-"), prev.get("peakMB", "-"), ratio,
            nratio, ", ".join("%s %.1f" % kv for kv in slow)))
        last = r
    # Time growth per doubling of the input: t ** (1 / log2 k) for a step of size ratio k and time ratio t.
    worst = max((b["seconds"] / a["seconds"]) ** (1 / math.log2(b["papers"] / a["papers"])) for a, b in
                zip(rows, rows[1:]) if b["papers"] > a["papers"]) if len(rows) > 1 else None
    if worst:
        print("largest time growth per doubling of the input: %.2fx (the goal: at most 3x)" % worst)


def run(sizes, binary, previous=None, dd=True):
    """Times analyze on each size, prints the table and the dd comparison; returns the rows."""
    rows = []
    for n in sizes:
        rows.append(analyze(binary, n))
        print(json.dumps(rows[-1]), flush=True)
    with open(os.path.join(DATA, "results-e2e.jsonl"), "a") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    print_rows(rows, previous or ISSUE_FIGURES)
    biggest = max(rows, key=lambda r: r["papers"])
    if dd:
        # The manifest is written inside the "write reports" step, so that step is not in it: its time is about
        # the wall time minus the steps the manifest lists.
        export = biggest["seconds"] - sum(biggest["steps"].values())
        seconds = dd_seconds(biggest["outputBytes"])
        print("exports of %d papers: %.2f GB written in about %.1f s (wall time minus the manifest's steps); dd "
              "writes as many bytes to the same disk in %.2f s" % (biggest["papers"], biggest["outputBytes"] / 1e9,
                                                                  export, seconds))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="20000,50000")
    ap.add_argument("--doubling", action="store_true")
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "citegraph"))
    ap.add_argument("--previous", help="JSON of earlier figures by size")
    ap.add_argument("--no-dd", action="store_true")
    a = ap.parse_args()
    sizes = DOUBLING if a.doubling else [int(s) for s in a.sizes.split(",")]
    previous = json.load(open(a.previous)) if a.previous else ISSUE_FIGURES
    run(sizes, a.binary, previous, dd=not a.no_dd)


if __name__ == "__main__":
    main()
