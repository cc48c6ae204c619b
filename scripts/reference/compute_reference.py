#!/usr/bin/env python3
"""Reference values for CiteGraph's graph algorithms, computed with networkx / igraph / leidenalg.

Run ONCE (see README.md in this folder); the JSON it writes under
Tests/GraphAlgorithmsTests/Fixtures/reference/ is committed together with the library versions used.
Never regenerate these values from CiteGraph's own output.

The fixture files are read the way CiteGraph reads them:
  * edge list: lines whose first non-blank character is `#` and blank lines are skipped; `u v [w]`
    separated by any whitespace (CR of CRLF files included); node ids are the strings of the file,
    numbered in order of first appearance; weight defaults to 1;
  * GML: node `id` (as written) is the node id, `label` is kept; edge weight from `weight`, else `value`,
    else 1;
  * the graph is undirected: self-loop lines are dropped (and counted), parallel lines (including
    `a b` and `b a`) are merged into one edge by SUMMING their weights.
Distances for weighted path measures: edge attribute `d` = 1 / weight.

Usage:  compute_reference.py [--graphs karate,lesmis,...] [--jobs N] [--full]
  --full  also compute the measures listed in SKIPPED (hours of CPU in pure-Python networkx).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import re
import sys
import time
from collections import OrderedDict
from fractions import Fraction

import igraph as ig
import leidenalg as la
import networkx as nx
import numpy as np
import scipy

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
FIXTURES = os.path.join(REPO, "Tests", "GraphAlgorithmsTests", "Fixtures")
MAX_JSON_BYTES = 4_000_000
SEEDS = list(range(10))
EXACT_MAX_NODES = 2000  # betweennessWeightedExact (rational arithmetic) only for graphs up to this size

# name -> (file relative to FIXTURES, format, weighted)
GRAPHS = OrderedDict([
    ("karate", ("graphs/karate.txt", "edgelist", True)),
    ("lesmis", ("graphs/lesmis.txt", "edgelist", True)),
    ("florentine", ("graphs/florentine.txt", "edgelist", False)),
    # ca-grqc lists every edge in both directions; merged by summing, each weight would be 2: unweighted only.
    ("ca-grqc", ("graphs/ca-grqc.txt", "edgelist", False)),
    ("cond-mat", ("graphs/cond-mat.gml", "gml", True)),
])

# Measures deliberately not computed (stored as null with the reason) unless --full is given.
SKIPPED = {
    ("cond-mat", "betweennessWeighted"):
        "not computed: exact nx.betweenness_centrality(G, weight='d') on cond-mat was estimated "
        "(300-source sample, 38 s) at ~36 min single-core, over the ~25 min budget per measure; "
        "weighted betweenness is covered by karate and lesmis. Run compute_reference.py --full to compute it.",
}

PATH_MEASURES = ["betweenness", "betweennessWeighted", "betweennessWeightedExact", "closeness", "closenessWeighted", "harmonic",
                 "harmonicWeighted"]


# ----------------------------------------------------------------------------------------------------------
# Fixtures written from networkx's bundled graphs
# ----------------------------------------------------------------------------------------------------------

def _fmt_weight(w) -> str:
    w = float(w)
    return str(int(w)) if w.is_integer() else repr(w)


def write_networkx_fixtures() -> None:
    specs = [
        ("lesmis.txt", nx.les_miserables_graph(), "weight",
         "Les Miserables character co-appearance network (Knuth, The Stanford GraphBase, 1993), "
         "written from networkx.les_miserables_graph() (networkx %s); weight = edge attribute 'weight'"),
        ("florentine.txt", nx.florentine_families_graph(), None,
         "Florentine families marriage network (Padgett & Ansell 1993; Breiger & Pattison 1986), "
         "written from networkx.florentine_families_graph() (networkx %s); unweighted, weight 1"),
    ]
    for fname, G, wattr, header in specs:
        for n in G:
            if not isinstance(n, str) or not n or any(c.isspace() for c in n) or n.startswith("#"):
                raise SystemExit(f"{fname}: node name {n!r} cannot be written to a whitespace edge list")
        lines = ["# " + (header % nx.__version__),
                 "# columns: name name weight (undirected, one edge per line, %d nodes, %d edges)"
                 % (G.number_of_nodes(), G.number_of_edges())]
        for u, v, data in G.edges(data=True):
            w = data.get(wattr, 1) if wattr else 1
            lines.append(f"{u} {v} {_fmt_weight(w)}")
        path = os.path.join(FIXTURES, "graphs", fname)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")


# ----------------------------------------------------------------------------------------------------------
# Readers (CiteGraph semantics)
# ----------------------------------------------------------------------------------------------------------

class Parsed:
    def __init__(self):
        self.nodes: list[str] = []          # in order of first appearance / declaration
        self.index: dict[str, int] = {}
        self.labels: dict[str, str] = {}
        self.edges: "OrderedDict[tuple[int, int], float]" = OrderedDict()
        self.lines = 0
        self.self_loops = 0
        self.parallel_merged = 0

    def node(self, name: str) -> int:
        i = self.index.get(name)
        if i is None:
            i = self.index[name] = len(self.nodes)
            self.nodes.append(name)
        return i

    def edge(self, a: str, b: str, w: float) -> None:
        self.lines += 1
        i, j = self.node(a), self.node(b)
        if i == j:
            self.self_loops += 1
            return
        key = (i, j) if i < j else (j, i)
        if key in self.edges:
            self.parallel_merged += 1
            self.edges[key] += w
        else:
            self.edges[key] = w


def read_edgelist(path: str) -> Parsed:
    p = Parsed()
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            f = line.split()
            if len(f) < 2:
                raise ValueError(f"{path}: bad line {raw!r}")
            p.edge(f[0], f[1], float(f[2]) if len(f) > 2 else 1.0)
    return p


_GML_TOKEN = re.compile(r'"[^"]*"|\[|\]|[^\s\[\]"]+')


def _gml_tree(text: str):
    stack = [[]]
    key = None
    for tok in _GML_TOKEN.findall(text):
        if tok == "[":
            child = []
            stack[-1].append((key, child))
            stack.append(child)
            key = None
        elif tok == "]":
            stack.pop()
        elif key is None:
            key = tok
        else:
            stack[-1].append((key, tok[1:-1] if tok.startswith('"') else tok))
            key = None
    return stack[0]


def read_gml(path: str) -> Parsed:
    with open(path, encoding="utf-8") as fh:
        tree = _gml_tree(fh.read())
    graph = next(v for k, v in tree if k == "graph")
    p = Parsed()
    for k, v in graph:
        if k == "node":
            d = dict(v)
            nid = d["id"]
            p.node(nid)
            if "label" in d:
                p.labels[nid] = d["label"]
    for k, v in graph:
        if k == "edge":
            d = dict(v)
            w = d.get("weight", d.get("value", "1"))
            p.edge(d["source"], d["target"], float(w))
    return p


def load(name: str) -> tuple[Parsed, nx.Graph]:
    rel, fmt, _ = GRAPHS[name]
    path = os.path.join(FIXTURES, rel)
    p = read_edgelist(path) if fmt == "edgelist" else read_gml(path)
    G = nx.Graph()
    G.add_nodes_from(p.nodes)
    for (i, j), w in p.edges.items():
        G.add_edge(p.nodes[i], p.nodes[j], weight=w, d=1.0 / w)
    return p, G


# ----------------------------------------------------------------------------------------------------------
# Measures
# ----------------------------------------------------------------------------------------------------------

LOADED: dict[str, tuple[Parsed, nx.Graph]] = {}


def largest_component(G: nx.Graph) -> set:
    return max(nx.connected_components(G), key=len)


def measure_plan(name: str) -> list[str]:
    weighted = GRAPHS[name][2]
    G = LOADED[name][1]
    plan = ["degree", "strength", "betweenness", "closeness", "harmonic",
            "eigenvector" if nx.is_connected(G) else "eigenvectorLargestComponent",
            "pagerank", "pagerankUnweighted", "coreness", "clustering"]
    if weighted:
        plan += ["betweennessWeighted", "closenessWeighted", "harmonicWeighted", "clusteringWeighted"]
        if G.number_of_nodes() <= EXACT_MAX_NODES:
            plan.append("betweennessWeightedExact")
    return plan


def compute(name: str, key: str):
    _, G = LOADED[name]
    w = "weight" if GRAPHS[name][2] else None
    if key == "degree":
        return dict(G.degree())
    if key == "strength":
        return {n: float(s) for n, s in G.degree(weight=w)}
    if key == "betweenness":
        return nx.betweenness_centrality(G)
    if key == "betweennessWeighted":
        return nx.betweenness_centrality(G, weight="d")
    if key == "betweennessWeightedExact":
        # Same networkx call, but distances are exact rationals 1/w (w parsed from its shortest decimal repr),
        # so shortest paths of mathematically equal length are always counted as ties.
        H = G.copy()
        for _, _, data in H.edges(data=True):
            data["d"] = 1 / Fraction(repr(data["weight"]))
        return nx.betweenness_centrality(H, weight="d")
    if key == "closeness":
        return nx.closeness_centrality(G)
    if key == "closenessWeighted":
        return nx.closeness_centrality(G, distance="d")
    if key == "harmonic":
        return nx.harmonic_centrality(G)
    if key == "harmonicWeighted":
        return nx.harmonic_centrality(G, distance="d")
    if key == "eigenvector":
        return nx.eigenvector_centrality_numpy(G, weight=w)
    if key == "eigenvectorLargestComponent":
        return nx.eigenvector_centrality_numpy(G.subgraph(largest_component(G)).copy(), weight=w)
    if key == "pagerank":
        return nx.pagerank(G, alpha=0.85, weight=w, tol=1e-14, max_iter=100000)
    if key == "pagerankUnweighted":
        return nx.pagerank(G, alpha=0.85, weight=None, tol=1e-14, max_iter=100000)
    if key == "coreness":
        return nx.core_number(G)
    if key == "clustering":
        return nx.clustering(G)
    if key == "clusteringWeighted":
        return nx.clustering(G, weight="weight")
    if key == "@diameter":
        return nx.diameter(G.subgraph(largest_component(G)))
    if key == "@modularity":
        return modularity(name)
    raise KeyError(key)


def igraph_of(name: str) -> ig.Graph:
    p, _ = LOADED[name]
    g = ig.Graph(n=len(p.nodes), edges=list(p.edges.keys()), directed=False)
    g.es["weight"] = list(p.edges.values())
    g.vs["name"] = p.nodes
    return g


def modularity(name: str) -> dict:
    g = igraph_of(name)
    w = "weight" if GRAPHS[name][2] else None
    weights = g.es["weight"] if w else None
    runs = {"igraphMultilevel": [], "igraphLeiden": [], "leidenalg": []}
    best = (-2.0, None, None)
    for s in SEEDS:
        random.seed(s)  # python-igraph draws from Python's `random` module
        m1 = g.community_multilevel(weights=w, resolution=1).membership
        random.seed(s)
        m2 = g.community_leiden(objective_function="modularity", weights=w, resolution=1,
                                n_iterations=-1).membership
        m3 = la.find_partition(g, la.ModularityVertexPartition, weights=w, seed=s, n_iterations=-1).membership
        for algo, m in (("igraphMultilevel", m1), ("igraphLeiden", m2), ("leidenalg", m3)):
            q = g.modularity(m, weights=weights, resolution=1)
            runs[algo].append(q)
            if q > best[0]:
                best = (q, algo, m)
    out = {algo: max(qs) for algo, qs in runs.items()}
    out.update({
        "best": max(out.values()),
        "bestAlgorithm": best[1],
        "bestCommunities": len(set(best[2])),
        "perSeed": runs,
        "seeds": SEEDS,
        "resolution": 1,
        "weighted": bool(w),
    })
    if len(g.vs) <= 100:
        out["bestPartition"] = {g.vs[i]["name"]: c for i, c in enumerate(best[2])}
    return out


def _run(task):
    name, key = task
    t0 = time.time()
    value = compute(name, key)
    dt = time.time() - t0
    print(f"[{time.strftime('%H:%M:%S')}] {name:10s} {key:28s} {dt:9.1f} s", file=sys.stderr, flush=True)
    return name, key, value, dt


def _cost(name: str, key: str) -> float:
    _, G = LOADED[name]
    n, m = G.number_of_nodes(), G.number_of_edges()
    factor = {"betweennessWeighted": 10, "closenessWeighted": 5, "harmonicWeighted": 5, "betweenness": 4,
              "closeness": 1, "harmonic": 1, "@diameter": 1, "@modularity": 0.1}.get(key, 0.01)
    return factor * n * (n + m)


def _jsonable(values: dict, integral: bool) -> dict:
    return {str(k): (int(v) if integral else float(v)) for k, v in values.items()}


# ----------------------------------------------------------------------------------------------------------
# Cross-checks against igraph (printed and recorded in "notes"; reference values themselves come from networkx)
# ----------------------------------------------------------------------------------------------------------

def crosscheck(name: str, measures: dict, diameter: int) -> list[str]:
    notes = []
    p, G = LOADED[name]
    g = igraph_of(name)
    n = g.vcount()
    norm = 2.0 / ((n - 1) * (n - 2))
    lcc = g.connected_components().giant()
    if lcc.diameter(directed=False) != diameter:
        raise SystemExit(f"{name}: networkx diameter {diameter} != igraph {lcc.diameter(directed=False)}")
    checks = [("betweenness", [b * norm for b in g.betweenness(directed=False)])]
    if GRAPHS[name][2]:
        wb = [b * norm for b in g.betweenness(directed=False, weights=[1.0 / x for x in g.es["weight"]])]
        checks += [("betweennessWeighted", wb), ("betweennessWeightedExact", wb)]
    for key, values in checks:
        ref = measures.get(key)
        if ref is None:
            continue
        diff = max(abs(ref[p.nodes[i]] - values[i]) for i in range(n))
        line = f"cross-check: igraph {ig.__version__} {key} differs from networkx by at most {diff:.3g}"
        if key == "betweennessWeighted" and diff > 1e-9:
            line += (" -- networkx counts shortest paths as tied only when their float lengths are EXACTLY equal; "
                     "with distances 1/w, float sums of mathematically equal path lengths can differ in the last "
                     "bit, so ties are missed. igraph compares with a tolerance. Prefer betweennessWeightedExact "
                     "(networkx with rational distances) as the reference for weighted betweenness")
        notes.append(line)
        print(f"  {name}: {line}", file=sys.stderr)
    return notes


# ----------------------------------------------------------------------------------------------------------

# ----------------------------------------------------------------------------------------------------------
# Eigenvector centrality on disconnected graphs (the whole-graph convention)
# ----------------------------------------------------------------------------------------------------------

# name -> weighted edges (u, v, w); small graphs written into the JSON itself.
DISCONNECTED = OrderedDict([
    # a hub component (star of 5 leaves with a triangle) and an isolated pair: the pair must score 0
    ("hub-and-pair", [("h", "a", 1), ("h", "b", 1), ("h", "c", 1), ("h", "d", 1), ("h", "e", 1), ("a", "b", 1),
                      ("p", "q", 1)]),
    # a heavy isolated pair (weight 5, lambda 5) beats a weaker hub component (lambda < 5): only the pair scores
    ("heavy-pair", [("h", "a", 1), ("h", "b", 2), ("h", "c", 1), ("a", "b", 1), ("p", "q", 5)]),
    # two equal triangles and a path: the triangles tie at lambda 2 and share the vector; the path scores 0
    ("tied-triangles", [("a", "b", 1), ("b", "c", 1), ("a", "c", 1), ("x", "y", 1), ("y", "z", 1), ("x", "z", 1),
                        ("p", "q", 1), ("q", "r", 1)]),
])


def write_disconnected_eigenvector() -> None:
    """networkx eigenvector_centrality (power iteration on the whole graph, tol 1e-14) and igraph
    eigenvector_centrality (scale=True, max 1) on small disconnected graphs."""
    graphs = {}
    for name, edges in DISCONNECTED.items():
        G = nx.Graph()
        G.add_weighted_edges_from(edges)
        nxv = nx.eigenvector_centrality(G, weight="weight", max_iter=1_000_000, tol=1e-15)
        g = ig.Graph.TupleList(edges, weights=True)
        igv = g.eigenvector_centrality(weights="weight", scale=True)
        try:
            nx.eigenvector_centrality_numpy(G, weight="weight")
            numpy_note = "eigenvector_centrality_numpy answered"
        except nx.AmbiguousSolution as e:
            numpy_note = f"eigenvector_centrality_numpy raises AmbiguousSolution: {e}"
        graphs[name] = {
            "edges": [[u, v, w] for u, v, w in edges],
            "eigenvector": {str(k): float(v) for k, v in nxv.items()},
            "eigenvectorIgraphMaxOne": {str(n): float(v) for n, v in zip(g.vs["name"], igv)},
            "notes": [numpy_note],
        }
    doc = {
        "description": "eigenvector centrality on disconnected graphs: networkx eigenvector_centrality(G, weight='weight', "
                       "tol=1e-15) on the whole graph (unit Euclidean norm) and igraph eigenvector_centrality(weights, "
                       "scale=True) (maximum 1)",
        "graphs": graphs,
        "versions": {"networkx": nx.__version__, "igraph": ig.__version__, "python": sys.version.split()[0]},
    }
    path = os.path.join(FIXTURES, "reference", "eigenvector-disconnected.json")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(doc, sort_keys=True, indent=1, allow_nan=False) + "\n")
    print("wrote reference/eigenvector-disconnected.json", file=sys.stderr)


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # networkx sums over sets of nodes in places (harmonic centrality, ...): fix str hashing so the summation
        # order, and hence the last bits of the floats, are the same on every run.
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))
    ap = argparse.ArgumentParser()
    ap.add_argument("--graphs", default=",".join(GRAPHS))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--disconnected-eigenvector", action="store_true",
                    help="only write reference/eigenvector-disconnected.json")
    args = ap.parse_args()
    if args.disconnected_eigenvector:
        write_disconnected_eigenvector()
        return
    names = [s for s in args.graphs.split(",") if s]

    write_networkx_fixtures()
    for name in names:
        LOADED[name] = load(name)

    tasks, skipped = [], {}
    for name in names:
        for key in measure_plan(name) + ["@diameter", "@modularity"]:
            if (name, key) in SKIPPED and not args.full:
                skipped.setdefault(name, {})[key] = SKIPPED[(name, key)]
            else:
                tasks.append((name, key))
    tasks.sort(key=lambda t: -_cost(*t))

    results: dict[str, dict] = {name: {} for name in names}
    t_start = time.time()
    with mp.get_context("fork").Pool(args.jobs) as pool:
        for name, key, value, dt in pool.imap_unordered(_run, tasks):
            results[name][key] = value
    print(f"all measures: {time.time() - t_start:.1f} s wall", file=sys.stderr)

    versions = {"python": sys.version.split()[0], "networkx": nx.__version__, "igraph": ig.__version__,
                "leidenalg": la.version, "numpy": np.__version__, "scipy": scipy.__version__}
    out_dir = os.path.join(FIXTURES, "reference")
    os.makedirs(out_dir, exist_ok=True)
    for name in names:
        p, G = LOADED[name]
        rel, fmt, weighted = GRAPHS[name]
        r = results[name]
        measures = {}
        for key in measure_plan(name):
            if key in skipped.get(name, {}):
                measures[key] = None
            else:
                measures[key] = _jsonable(r[key], integral=key in ("degree", "coreness"))
        comps = list(nx.connected_components(G))
        notes = []
        if p.self_loops:
            notes.append(f"{p.self_loops} self-loop line(s) dropped")
        if p.parallel_merged:
            notes.append(f"{p.parallel_merged} parallel line(s) merged into existing edges by summing weights"
                         + ("; the graph is treated as unweighted (weight None everywhere)" if not weighted else ""))
        if len(comps) > 1:
            notes.append(f"disconnected: {len(comps)} components, "
                         f"{sum(1 for c in comps if len(c) == 1)} isolated node(s); eigenvector centrality "
                         "computed on the largest component only (eigenvectorLargestComponent); closeness uses "
                         "networkx's default wf_improved=True scaling")
        for key, reason in skipped.get(name, {}).items():
            notes.append(f"{key}: {reason}")
        notes += crosscheck(name, {k: v for k, v in measures.items() if v is not None}, r["@diameter"])
        doc = {
            "graph": name,
            "file": rel,
            "weighted": weighted,
            "versions": versions,
            "nodesCount": G.number_of_nodes(),
            "edgesCount": G.number_of_edges(),
            "selfLoopsDropped": p.self_loops,
            "parallelLinesMerged": p.parallel_merged,
            "components": len(comps),
            "largestComponent": max(len(c) for c in comps),
            "density": nx.density(G),
            "transitivity": nx.transitivity(G),
            "diameter": r["@diameter"],
            "measures": measures,
            "modularity": r["@modularity"],
            "notes": notes,
        }
        text = json.dumps(doc, sort_keys=True, indent=1, allow_nan=False) + "\n"
        parts = [(name, doc)]
        if len(text.encode()) > MAX_JSON_BYTES:
            paths = {k: v for k, v in measures.items() if k in PATH_MEASURES}
            rest = {k: v for k, v in measures.items() if k not in PATH_MEASURES}
            doc_a = dict(doc, measures=rest,
                         notes=notes + [f"path measures ({', '.join(sorted(paths))}) are in {name}-paths.json"])
            doc_b = dict(doc, measures=paths,
                         notes=notes + [f"the other measures ({', '.join(sorted(rest))}) are in {name}.json"])
            parts = [(name, doc_a), (name + "-paths", doc_b)]
        for fname, d in parts:
            text = json.dumps(d, sort_keys=True, indent=1, allow_nan=False) + "\n"
            if len(text.encode()) > MAX_JSON_BYTES:
                raise SystemExit(f"{fname}.json would be {len(text.encode())} bytes (> {MAX_JSON_BYTES})")
            with open(os.path.join(out_dir, fname + ".json"), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            print(f"wrote reference/{fname}.json ({len(text.encode())} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
