#!/usr/bin/env python3
"""`make bench`: CiteGraph against igraph, NetworKit and leidenalg on the same synthetic corpora, in one run.

Generates the corpora with ../shared/bench/gen_coauthor.py (seed 42) into .bench-data/, builds citegraph-bench in
release mode, times our corpus -> co-authorship projection and every measure, times the peers with
../shared/bench/bench.py on the same graphs (edges.tsv is the same projection), and prints one table of ratios
(ours / best peer; below 1 means we are faster) plus our peak memory. Results are also appended to
.bench-data/results.jsonl.

Usage: scripts/bench/run_bench.py [--sizes small,medium] [--large] [--betweenness] [--reps 3] [--no-peers]
                                  [--binary PATH] [--no-e2e] [--doubling] [--spark large] [--spark-only] [--time]
Then the end-to-end rows (scripts/bench/end_to_end.py): `citegraph analyze` on the 20k- and 50k-paper corpora (and
1M with --large; --doubling: 2k ... 1M), wall time, peak RSS, the slowest steps, and the growth per doubling.
--time times the time dimension instead (citegraph analyze --slice-years 5: the periods step against the same
networks built once, and the years-and-bursts step), from the run's manifest.
--binary times another build of citegraph-bench (e.g. an earlier commit's) against the same peers in the same run.
--spark SIZES adds the engine rows: `citegraph analyze` end to end on each corpus (co-authorship network) with the
in-process engine and with --engine spark (local[2]), wall time and peak RSS of the whole process tree (citegraph
plus Spark's JVM), and Spark's own step times and per-edge costs (docs/spark-scale.md).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("CITEGRAPH_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
DATA = os.path.join(ROOT, ".bench-data")
VENV = os.path.join(ROOT, ".venv-bench")
PAPERS = {"small": 2000, "medium": 50000, "p100k": 100000, "large": 1000000}

# op -> peers that have it (bench.py names)
BASE_OPS = ["build_tsv", "components", "degree", "wdegree", "pagerank", "eigenvector", "kcore", "clustering",
            "transitivity", "louvain", "leiden"]
PATH_OPS = ["betw", "betw_w", "closeness", "harmonic", "closeness_w"]
PEERS = {"ig": "igraph", "nk": "networkit", "la": "leidenalg"}


def run(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, check=True, **kw)


def ensure_data(size):
    out = os.path.join(DATA, size)
    if not os.path.exists(os.path.join(out, "papers.tsv")):
        os.makedirs(out, exist_ok=True)
        run([sys.executable, os.path.join(SHARED, "bench", "gen_coauthor.py"), "--papers", str(PAPERS[size]),
             "--seed", "42", "--out", out])
    return out


def ensure_venv():
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        run([sys.executable, "-m", "venv", VENV])
        run([py, "-m", "pip", "install", "-q", "numpy", "igraph", "networkit", "leidenalg", "networkx"])
    return py


def jsonl(text):
    return [json.loads(l) for l in text.splitlines() if l.startswith("{")]


def ours(data, ops, reps, binary):
    res = run([binary, data, "--ops", ",".join(ops), "--reps", str(reps)], capture_output=True, text=True)
    return {r["op"]: r for r in jsonl(res.stdout)}


def peer(py, lib, data, ops, reps):
    out = os.path.join(DATA, "peer-%s.jsonl" % lib)
    if os.path.exists(out):
        os.remove(out)
    try:
        run([py, os.path.join(SHARED, "bench", "bench.py"), "--lib", lib, "--data", data, "--ops", ",".join(ops),
             "--reps", str(reps), "--out", out], capture_output=True, text=True)
    except subprocess.CalledProcessError as e:
        print("peer %s failed: %s" % (lib, e.stderr[-500:]), file=sys.stderr)
        return {}
    return {r["op"]: r for r in jsonl(open(out).read())} if os.path.exists(out) else {}


def tree_rss_kb(root):
    """Resident memory (KiB) of `root` and all its descendants, from /proc."""
    children, rss = {}, {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/status" % pid) as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except OSError:
            continue
        children.setdefault(int(fields.get("PPid", "0").strip()), []).append(int(pid))
        rss[int(pid)] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def timed_tree(cmd, env):
    """Runs `cmd`, sampling the process tree's RSS every 0.2 s; returns (seconds, peak MB)."""
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    start = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.2)
    err = proc.stderr.read()
    if proc.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd[1], err[-800:]))
    return time.time() - start, peak / 1024.0


def engine_rows(size, binary):
    """`citegraph analyze` end to end on one corpus, in process and on Spark local[2]: wall s, peak MB, Spark's
    summary (nodes, edges, step seconds) and its per-edge costs."""
    data = ensure_data(size)
    papers = os.path.join(data, "papers.tsv")
    rows = []
    work = tempfile.mkdtemp(prefix="citegraph-bench-spark-")
    for engine in ("inprocess", "spark"):
        out = os.path.join(work, "out-" + engine)
        env = dict(os.environ, CITEGRAPH_SPARK_KEEP="1", CITEGRAPH_SPARK_WORKDIR=work)
        cmd = [binary, "analyze", papers, "--networks", "coauthorship", "--out", out, "--quiet",
               "--engine", engine, "--memory-limit", "100000"]
        seconds, peak = timed_tree(cmd, env)
        row = {"size": size, "engine": engine, "seconds": round(seconds, 1), "peakMB": round(peak)}
        if engine == "spark":
            summaries = [os.path.join(work, d, "results", "summary.json") for d in os.listdir(work)
                         if d.startswith("citegraph-spark-")]
            summary = json.load(open(summaries[0]))
            edges = max(1, summary["edges"])
            row["spark"] = summary
            row["perEdgeMicroseconds"] = {k: round(v / edges * 1e6, 2) for k, v in summary["seconds"].items()}
            row["pagerankPerIterationPerEdgeMicroseconds"] = round(
                summary["seconds"]["pagerank"] / max(1, summary["pagerankIterations"]) / edges * 1e6, 3)
        rows.append(row)
    with open(os.path.join(DATA, "results.jsonl"), "a") as f:
        for r in rows:
            f.write(json.dumps(dict(r, op="engine")) + "\n")
    return rows


def print_engine_rows(rows):
    """The engine table: wall time and peak memory of both engines, Spark's step times and per-edge costs."""
    print("\n%-7s %-10s %9s %9s  %s" % ("size", "engine", "wall s", "peakMB", "Spark: nodes, edges, steps"))
    for r in rows:
        extra = ""
        if "spark" in r:
            s = r["spark"]
            extra = "%d nodes, %d edges, PageRank %d iterations, steps %s, per edge (us) %s" % (
                s["nodes"], s["edges"], s["pagerankIterations"], s["seconds"], r["perEdgeMicroseconds"])
        print("%-7s %-10s %9.1f %9d  %s" % (r["size"], r["engine"], r["seconds"], r["peakMB"], extra))
def time_dimension(data, binary, networks="coauthorship,topics", slice_years=5):
    """The time dimension on a corpus: one `citegraph analyze` with --slice-years, timed by its manifest's steps.
    Prints the periods step against the whole-corpus network steps (the same networks built once: projection,
    topic network, measures, communities) — the goal is at most 1.5x — and the burst step (goal under 2 s)."""
    out = os.path.join(DATA, "time-out")
    cmd = [binary, "analyze", os.path.join(data, "papers.tsv"), "--columns",
           "title=paper_id,year=year,topic=topic,authors=authors", "--networks", networks,
           "--slice-years", str(slice_years), "--out", out, "--quiet"]
    run(cmd)
    steps = json.load(open(os.path.join(out, "manifest.json")))["steps"]
    single = sum(s["seconds"] for s in steps if s["step"].startswith(
        ("co-authorship network", "shared-topic network", "measures:", "communities:")))
    periods = sum(s["seconds"] for s in steps if s["step"].startswith("periods:"))
    bursts = sum(s["seconds"] for s in steps if s["step"].startswith("time: years and bursts"))
    print("time  single-period networks %.2f s, --slice-years %d periods %.2f s (ratio %.2f, goal <= 1.5); "
          "years and bursts %.2f s (goal < 2 s)" % (single, slice_years, periods, periods / max(single, 1e-9),
                                                      bursts))
    with open(os.path.join(DATA, "results.jsonl"), "a") as f:
        f.write(json.dumps({"op": "time", "single": single, "periods": periods, "bursts": bursts,
                            "data": data}) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--time", action="store_true",
                    help="only the time dimension (--slice-years 5 vs one period, burst detection) per size")
    ap.add_argument("--sizes", default="small,medium")
    ap.add_argument("--large", action="store_true", help="also the 1M-paper corpus (no exact path measures)")
    ap.add_argument("--betweenness", action="store_true", help="exact betweenness and closeness on medium (minutes)")
    ap.add_argument("--ops", help="only these ops (comma-separated)")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--la-large", action="store_true", help="leidenalg on the large corpus too (>10 min)")
    ap.add_argument("--binary", help="a citegraph-bench binary to time instead of building this checkout's")
    ap.add_argument("--no-e2e", action="store_true", help="skip the end-to-end analyze rows")
    ap.add_argument("--doubling", action="store_true",
                    help="end-to-end rows at 2k, 5k, 10k, 20k, 50k, 100k, 200k and 1M papers")
    ap.add_argument("--spark", help="engine rows (in-process vs --engine spark) on these sizes, e.g. large")
    ap.add_argument("--spark-only", action="store_true", help="only the engine rows")
    a = ap.parse_args()
    if a.spark:
        cli = os.environ.get("CITEGRAPH_BIN") or os.path.join(ROOT, ".build", "release", "citegraph")
        if not os.environ.get("CITEGRAPH_BIN"):
            run(["swift", "build", "-c", "release", "--product", "citegraph"], cwd=ROOT)
        engine = [r for size in a.spark.split(",") for r in engine_rows(size, cli)]
        print_engine_rows(engine)
        if a.spark_only:
            return
    sizes = a.sizes.split(",") + (["large"] if a.large and "large" not in a.sizes else [])
    binary = a.binary or os.path.join(ROOT, ".build", "release", "citegraph-bench")
    if a.time:
        run(["swift", "build", "-c", "release", "--product", "citegraph"], cwd=ROOT)
        for size in sizes:
            time_dimension(ensure_data(size), os.path.join(ROOT, ".build", "release", "citegraph"))
        return
    if not a.binary:
        run(["swift", "build", "-c", "release", "--product", "citegraph-bench"], cwd=ROOT)
        if not a.no_e2e:
            run(["swift", "build", "-c", "release", "--product", "citegraph"], cwd=ROOT)
    py = None if a.no_peers else ensure_venv()
    rows = []
    for size in sizes:
        data = ensure_data(size)
        ops = list(BASE_OPS)
        if size == "small":
            ops += PATH_OPS
        elif size == "medium" and a.betweenness:
            ops += ["betw", "closeness"]  # igraph's weighted variants take ~25 min here
        if a.ops:
            ops = [o for o in a.ops.split(",")]
        reps = 1 if size == "large" else a.reps
        mine = ours(data, ops, reps, binary)
        peers = {}
        if py:
            for lib in ("ig", "nk") if size == "large" and not a.la_large else ("ig", "nk", "la"):
                lib_ops = ["leiden"] if lib == "la" else [o for o in ops if o != "build_tsv" or lib == "ig"]
                peers[lib] = peer(py, lib, data, lib_ops, reps)
        with open(os.path.join(DATA, "results.jsonl"), "a") as f:
            for r in mine.values():
                f.write(json.dumps(dict(r, size=size)) + "\n")
        for op in ops:
            m = mine.get(op)
            if not m:
                continue
            times = {PEERS[l]: peers[l][op]["median"] for l in peers if op in peers[l]}
            best = min(times.items(), key=lambda kv: kv[1]) if times else (None, None)
            q = m["result"].get("Q")
            pq = {PEERS[l]: (peers[l][op].get("extra") or {}).get("Q") for l in peers if op in peers[l]}
            rows.append((size, op, m["seconds"], times, best, m["peakRSSMB"], q, pq))
    print()
    print("%-7s %-13s %10s %10s %10s %10s %8s %9s  %s" % ("size", "op", "ours s", "igraph s", "nk s", "la s",
                                                        "ratio", "peakMB", "modularity ours / peers"))
    for size, op, t, times, best, rss, q, pq in rows:
        ratio = "%.2f" % (t / best[1]) if best[1] else "-"
        fmt = lambda k: ("%.4f" % times[k]) if k in times else "-"
        qs = ("%.4f / %s" % (q, ", ".join("%s %.4f" % (k, v) for k, v in pq.items() if v is not None))) if q else ""
        print("%-7s %-13s %10.4f %10s %10s %10s %8s %9.0f  %s" % (size, op, t, fmt("igraph"), fmt("networkit"),
                                                                  fmt("leidenalg"), ratio, rss, qs))
    if not a.no_e2e and not a.binary:
        import end_to_end
        e2e = end_to_end.DOUBLING if a.doubling else [20000, 50000] + ([1000000] if a.large else [])
        end_to_end.run(e2e, os.path.join(ROOT, ".build", "release", "citegraph"))
    print("\nratio = ours / best peer (igraph single-threaded, NetworKit with BENCH_THREADS=%s); peakMB = our peak RSS "
          "after the op (the process keeps the corpus and graph)." % os.environ.get("BENCH_THREADS", "2"))


if __name__ == "__main__":
    main()
