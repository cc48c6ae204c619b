#!/usr/bin/env python3
"""Reference values for CiteGraph's Kleinberg burst detection (GraphAlgorithms/Time/KleinbergBursts.swift).

Run once; the output is committed as Tests/GraphAlgorithmsTests/Fixtures/reference/bursts.json with the package
versions. Uses the PyPI package `burst_detection` (Kleinberg's two-state model on batched counts: r = relevant
documents per batch, d = documents per batch), never CiteGraph's output:

* `package`: what `burst_detection.burst_detection` + `enumerate_bursts` + `burst_weights` return (begin and end
  inclusive, weight). The package's costs are Kleinberg's (binomial fit, tau = gamma ln n to enter the burst state,
  starting from the base state), but it decodes greedily: each batch's state is the cheapest given the previous
  batch's state, not the least-cost sequence.
* `optimum`: for series of up to 16 batches, the state sequence of least total cost over all 2^n sequences, costed
  with the package's own `fit` and `tau` (Kleinberg's definition: the sequence starts in the base state, so a burst
  in the first batch pays tau(0, 1) too), and each burst's strength summed with the package's `fit`
  (fit(p0) - fit(p1) over the burst's batches, as `burst_weights` does). This is what CiteGraph must reproduce.
* `packageIsOptimal`: whether the package's greedy sequence has the optimal cost (then both must agree).

Usage: .venv-ref/bin/python scripts/reference/compute_bursts.py [--out PATH]
       .venv-ref/bin/python scripts/reference/compute_bursts.py --check-report OUT/report.json

Needs numpy < 1.24 and pandas < 2 (the package assigns np.where's tuple into an array, which numpy 2 refuses):
pip install -r scripts/reference/requirements-bursts.txt
"""
import argparse
import importlib.metadata
import itertools
import json
import math
import random

import numpy as np

if not hasattr(np, "float"):  # burst_detection 0.1.3 calls np.float, removed in numpy 1.24
    np.float = float

import burst_detection as bd  # noqa: E402

S, GAMMA = 2.0, 1.0


def probabilities(r, d, s):
    p0 = sum(r) / float(sum(d))
    p1 = p0 * s
    return p0, (0.99999 if p1 > 1 else p1)  # as burst_detection.burst_detection


def total_cost(q, r, d, p, gamma, fits=None):
    """The package's cost of state sequence q; `fits[t][state]` caches bd.fit(d[t], r[t], p[state])."""
    n = len(r)
    fits = fits or [[bd.fit(d[t], r[t], p[0]), bd.fit(d[t], r[t], p[1])] for t in range(n)]
    cost, prev = 0.0, 0
    for t in range(n):
        cost += bd.tau(prev, q[t], gamma, n) + fits[t][q[t]]
        prev = q[t]
    return cost


def runs(q):
    out, t = [], 0
    while t < len(q):
        if q[t] == 1:
            start = t
            while t < len(q) and q[t] == 1:
                t += 1
            out.append((start, t - 1))
        else:
            t += 1
    return out


def strength(r, d, p, start, end):
    return sum(bd.fit(d[t], r[t], p[0]) - bd.fit(d[t], r[t], p[1]) for t in range(start, end + 1))


def optimum(r, d, s, gamma):
    p0, p1 = probabilities(r, d, s)
    p = {0: p0, 1: p1}
    fits = [[bd.fit(d[t], r[t], p[0]), bd.fit(d[t], r[t], p[1])] for t in range(len(r))]
    best = None
    for q in itertools.product((0, 1), repeat=len(r)):
        c = total_cost(q, r, d, p, gamma, fits)
        # ties: prefer the sequence with fewer burst batches, then the lexicographically smaller one
        key = (round(c, 9), sum(q), q)
        if best is None or key < best[0]:
            best = (key, q, c)
    _, q, c = best
    bursts = [{"start": a, "end": b, "strength": strength(r, d, p, a, b)} for a, b in runs(q)]
    return {"states": list(q), "cost": c, "bursts": bursts}


def package(r, d, s, gamma):
    n = len(r)
    q, _, _, p = bd.burst_detection(np.array(r, dtype=float), np.array(d, dtype=float), n, s, gamma, 1)
    states = [int(x) for x in q.flatten()]
    found = bd.enumerate_bursts(q, "x")
    weighted = bd.burst_weights(found, np.array(r, dtype=float), np.array(d, dtype=float), p)
    bursts = [
        {"begin": int(row["begin"]), "end": int(row["end"]), "weight": float(row["weight"])}
        for _, row in weighted.sort_values(by="begin").iterrows()
    ]
    pp = {0: p[0], 1: p[1]}
    return {"states": states, "bursts": bursts, "cost": total_cost(states, r, d, pp, gamma)}


def series():
    """(name, r, d): hand-made shapes, then seeded random series."""
    out = [
        ("flat", [2, 2, 2, 2, 2, 2, 2, 2], [20] * 8),
        ("one-burst", [1, 1, 1, 1, 8, 9, 8, 1, 1, 1, 1, 1], [20] * 12),
        ("late-burst", [0, 1, 0, 1, 1, 0, 1, 2, 9, 12, 14], [30] * 11),
        ("first-batch", [9, 8, 1, 1, 1, 1, 1, 1, 1, 1], [20] * 10),
        ("two-bursts", [1, 7, 8, 1, 1, 1, 1, 9, 10, 1, 1, 1, 1, 1], [25] * 14),
        ("growing-totals", [0, 1, 1, 2, 3, 6, 12, 20, 22, 25, 26], [10, 14, 20, 30, 40, 60, 80, 100, 120, 140, 160]),
        ("weak-gap", [1, 1, 1, 6, 3, 6, 1, 1, 1, 1, 1, 1, 1], [20] * 13),
        ("empty-years", [0, 0, 2, 0, 5, 6, 0, 0, 1, 1], [0, 3, 10, 0, 12, 12, 8, 0, 10, 10]),
    ]
    rng = random.Random(11)
    for i in range(12):
        n = rng.randint(6, 14)
        d = [rng.randint(5, 60) for _ in range(n)]
        base = rng.uniform(0.02, 0.2)
        start = rng.randint(0, n - 1)
        length = rng.randint(1, 4)
        r = []
        for t in range(n):
            rate = base * (rng.uniform(2, 4) if start <= t < start + length else rng.uniform(0.5, 1.3))
            r.append(min(d[t], int(round(d[t] * rate))))
        if sum(r) == 0:
            r[0] = 1
        out.append((f"random-{i}", r, d))
    return out


def check_report(path):
    """Runs the package on the yearly counts of the strongest bursts in a CiteGraph report.json (`time.bursts`:
    each entry's `counts`, against `totals`) and prints how many agree with CiteGraph's start, end and strength."""
    with open(path) as f:
        bursts = json.load(f)["time"]["bursts"]
    first, totals = bursts["firstYear"], bursts["totals"]
    s, gamma = bursts["s"], bursts["gamma"]
    import csv
    import os
    every = {}  # (kind, item) -> every burst of the item, from bursts.csv beside report.json
    with open(os.path.join(os.path.dirname(path), "bursts.csv"), newline="") as f:
        for row in csv.DictReader(f):
            every.setdefault((row["kind"], row["item"]), []).append((int(row["start"]), int(row["end"])))
    same = optimal = cheaper = 0
    for b in bursts["strongest"]:
        # CiteGraph's whole state sequence for the item, costed with the package's functions against its greedy one
        states = [0] * len(totals)
        for start, end in every[(b["kind"], b["item"])]:
            for t in range(start - first, end - first + 1):
                states[t] = 1
        p0, p1 = probabilities(b["counts"], totals, s)
        try:
            greedy = package(b["counts"], totals, s, gamma)["states"]
            ours_cost = total_cost(states, b["counts"], totals, {0: p0, 1: p1}, gamma)
            greedy_cost = total_cost(greedy, b["counts"], totals, {0: p0, 1: p1}, gamma)
            cheaper += ours_cost <= greedy_cost + 1e-9
        except ValueError:
            pass
        if len(totals) <= 16:  # the least-cost sequence by exhaustive search, with the package's cost functions
            best = optimum(b["counts"], totals, s, gamma)["bursts"]
            optimal += any(
                o["start"] + first == b["start"] and o["end"] + first == b["end"]
                and abs(o["strength"] - b["strength"]) <= 1e-6 * max(1, b["strength"]) for o in best)
        try:
            pkg = package(b["counts"], totals, s, gamma)["bursts"]
        except ValueError:
            pkg = None
        match = pkg is not None and any(
            p["begin"] + first == b["start"] and p["end"] + first == b["end"]
            and abs(p["weight"] - b["strength"]) <= 1e-6 * max(1, b["strength"]) for p in pkg)
        same += match
        found = "error" if pkg is None else [(p["begin"] + first, p["end"] + first, round(p["weight"], 3)) for p in pkg]
        print(f"{'same' if match else 'DIFF'}  {b['kind']:9} {b['item'][:40]:40} {b['start']}-{b['end']} "
              f"{b['strength']:.3f}  package: {found}")
    print(f"{same} of {len(bursts['strongest'])} strongest bursts identical in burst_detection "
          f"{importlib.metadata.version('burst_detection')} (greedy decoding)")
    print(f"{cheaper} of {len(bursts['strongest'])}: CiteGraph's state sequence costs no more than the package's "
          "(the package's cost functions)")
    if len(totals) <= 16:
        print(f"{optimal} of {len(bursts['strongest'])} identical to the least-cost sequence (exhaustive search, "
              "the package's cost functions)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="Tests/GraphAlgorithmsTests/Fixtures/reference/bursts.json")
    ap.add_argument("--check-report", help="a CiteGraph report.json: compare its strongest bursts with the package")
    args = ap.parse_args()
    if args.check_report:
        return check_report(args.check_report)
    cases = []
    for name, r, d in series():
        for s, gamma in [(S, GAMMA), (3.0, 0.5)]:
            opt = optimum(r, d, s, gamma)
            try:
                pkg = package(r, d, s, gamma)
            except ValueError as error:  # a tie between the two states' costs: the package cannot store it
                pkg = {"error": str(error).split(".")[0]}
            cases.append({
                "name": name, "counts": r, "totals": d, "s": s, "gamma": gamma,
                "optimum": opt, "package": pkg,
                "packageIsOptimal": pkg.get("states") == opt["states"],
            })
    versions = {
        "burst_detection": importlib.metadata.version("burst_detection"),
        "numpy": np.__version__,
        "pandas": importlib.metadata.version("pandas"),
    }
    with open(args.out, "w") as f:
        json.dump({"versions": versions, "cases": cases}, f, indent=1, sort_keys=True)
        f.write("\n")
    agree = sum(c["packageIsOptimal"] for c in cases)
    print(f"{len(cases)} cases; the package's greedy states are optimal in {agree}")


if __name__ == "__main__":
    main()
