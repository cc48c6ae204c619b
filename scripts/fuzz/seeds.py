#!/usr/bin/env python3
"""Seed corpora for `make fuzz`, cut from the repository's test fixtures (nothing here is generated at random).

Each target's folder under the corpus root gets small, valid inputs of its format: a file's header (Scopus/table
header, WoS `FN`/`VR` lines) followed by a few whole records, at most MAX_BYTES each, taken from the start, the
middle and the end of every fixture; whole small files as they are; and the crash reproducers. libFuzzer then
mutates them and adds what it finds new to the same folder, so the corpus grows across runs.

usage: seeds.py CORPUS_ROOT
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIB = ROOT / "Tests/BibliographyTests/Fixtures"
FORMATS = BIB / "formats"
GRAPHS = ROOT / "Tests/GraphAlgorithmsTests/Fixtures"
GOLDEN = ROOT / "Tests/CLITests/Golden/small"
MAX_BYTES = 4096
PER_FILE = 12


def records(text, start):
    """Splits `text` before every match of the regex `start` (a record's first line); returns (header, records)."""
    cuts = [m.start() for m in re.finditer(start, text, re.M)]
    if not cuts:
        return "", [text]
    return text[: cuts[0]], [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(text)])]


def cut(text, start, header_lines=0):
    """Seeds of at most MAX_BYTES: header plus consecutive records, from places spread over the file."""
    if header_lines:
        lines = text.splitlines(keepends=True)
        header, body = "".join(lines[:header_lines]), "".join(lines[header_lines:])
        _, recs = records(body, start)
    else:
        header, recs = records(text, start)
    header = header[:MAX_BYTES // 4]
    seeds = []
    step = max(1, len(recs) // PER_FILE)
    for first in range(0, len(recs), step):
        seed = header
        for rec in recs[first:]:
            if len(seed) + len(rec) > MAX_BYTES and seed != header:
                break
            seed += rec[:MAX_BYTES]
        seeds.append(seed)
    return seeds[:PER_FILE]


def openalex_seeds(path):
    works = json.loads(path.read_text(encoding="utf-8"))
    step = max(1, len(works) // PER_FILE)
    seeds = [json.dumps(works[i : i + 1], ensure_ascii=False) for i in range(0, len(works), step)]
    jsonl = "\n".join(json.dumps(w, ensure_ascii=False) for w in works[:2])
    return [s for s in seeds + [jsonl] if len(s) <= 8 * MAX_BYTES][:PER_FILE]


def gml_seeds(path):
    """cond-mat's header, a few of its node blocks and edge blocks (the file lists every node before the edges)."""
    full = path.read_text(encoding="utf-8", errors="replace")
    head = full[: full.find("node")]
    nodes = re.findall(r"node\s*\[.*?\]", full[: 64 * MAX_BYTES], re.S)
    edges = re.findall(r"edge\s*\[.*?\]", full[full.find("edge") :][: 16 * MAX_BYTES], re.S)
    seeds = []
    for first in (0, 20, 40):
        seeds.append(head + "\n".join(nodes[first : first + 20] + edges[first : first + 20]) + "\n]\n")
    return seeds


def text(path):
    return path.read_text(encoding="utf-8", errors="replace")


def small(*paths):
    return [p.read_bytes() for p in paths if p.exists()]


def bibliographic():
    f = FORMATS
    seeds = {
        "bibtex": [s for p in sorted(f.glob("bibtex-*/*.bib")) for s in cut(text(p), r"^@")],
        "ris": cut(text(f / "ris-litstudy/example.ris"), r"^TY  -"),
        "wos": cut(text(f / "wos-metaknowledge/savedrecs.txt"), r"^PT ", header_lines=2),
        "scopus": cut(text(f / "scopus-litstudy/scopus.csv"), r'^"', header_lines=1),
        "medline": cut(text(f / "medline-pybibx/pubmed.txt"), r"^PMID-"),
        "openalex": openalex_seeds(f / "openalex-tu9-works/institutions-id-tu9--type-selection--py-diophila.json"),
        "dblp": small(f / "dblp-xml-excerpt/test.xml", BIB / "repro/dblp-doctype-element.xml"),
        "table": small(ROOT / "Tests/CLITests/Fixtures/small.tsv", ROOT / "Tests/CLITests/Fixtures/hostile.tsv"),
        "profile": small(*sorted(BIB.glob("*.txt")), *sorted((BIB / "repro").glob("profile-*.txt")))
        + [s for p in sorted((ROOT / "seeds").glob("*.txt")) for s in cut(text(p), r"^\S.*\n(?=\S)")[:3]],
    }
    seeds["detect"] = [s for name in sorted(seeds) for s in seeds[name][:3]]
    return seeds


def others():
    graphs = GRAPHS / "graphs"
    repro = GRAPHS / "repro"
    seeds = {
        "edgelist": small(graphs / "karate.txt", graphs / "florentine.txt", graphs / "lesmis.txt")
        + cut(text(graphs / "ca-grqc.txt"), r"^\d", header_lines=4)[:4],
        "gml": gml_seeds(graphs / "cond-mat.gml") + small(repro / "gml-negative-weight.gml"),
        "graphml": small(GOLDEN / "coauthorship.graphml.golden", GOLDEN / "citations.graphml.golden")
        + small(*sorted(repro.glob("graphml-*.graphml"))),
        "pajek": small(GOLDEN / "coauthorship.net.golden", GOLDEN / "citations.net.golden")
        + small(*sorted(repro.glob("pajek-*.net"))),
        "thesaurus": [
            "label\treplace by\nLee, A.\tLee, Ann\nBošnjak, M.\tMatko Bošnjak\n",
            "label\treplace by\nsome name\t\nAnn Lee\tAnn Lee\n",
        ],
        "config": [
            'input = ["seeds"]\nout = "output"\nnetworks = ["coauthorship", "topics"]\nmin-papers = 2\n'
            "seed = 42\nmerge-initials = true\nimage-formats = [\"svg\"]\n",
            (GOLDEN / "manifest-without-timings.json.golden").read_bytes(),
        ],
    }
    seeds["graph"] = [s for name in ("edgelist", "gml", "graphml", "pajek") for s in seeds[name][:3]]
    return seeds


def main():
    root = pathlib.Path(sys.argv[1])
    for target, items in {**bibliographic(), **others()}.items():
        folder = root / target
        folder.mkdir(parents=True, exist_ok=True)
        for index, seed in enumerate(items):
            data = seed.encode("utf-8") if isinstance(seed, str) else seed
            (folder / f"seed-{index:03d}").write_bytes(data)
        print(f"fuzz seeds: {target}: {len(items)}")


if __name__ == "__main__":
    main()
