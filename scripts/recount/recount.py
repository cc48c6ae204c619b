#!/usr/bin/env python3
"""Independent recount of every network cell of docs/networks.md, in plain Python over the raw export files.

It shares no code with CiteGraph: its own readers (Web of Science plain text, Scopus CSV, OpenAlex JSON), its own
folding, reference parsing and counting, written from docs/networks.md. Its output (JSON, sorted keys) is committed as
test fixtures; `Tests/CLITests/RecountAgreementTests.swift` runs `citegraph analyze` on the same files and compares.

Usage: recount.py FORMAT FILE  (FORMAT: wos | scopus | openalex) > recount.json

Per cell (`<analysis>-<unit>`, thresholds all 1): node count, edge count, total edge weight under full counting (and
fractional for the undirected projections), and the top 10 units by documents / occurrences / citations (ties by
folded label) with their weights.

Identity of authors: Scopus `Author(s) ID`, OpenAlex `author.id`; Web of Science has no ids: `AU` folded (the
recount agrees with CiteGraph only where its name resolution merges nothing on the file; the test says which).
"""

import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from itertools import combinations

sys.path.insert(0, __import__("os").path.dirname(__file__))
from countries import country_code  # noqa: E402


def fold(text):
    """docs/networks.md folding: NFKC, lower case, & → and, non letter/digit runs → one space, trimmed."""
    s = unicodedata.normalize("NFKC", text).lower().replace("&", " and ")
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def distinct(items):
    seen, out = set(), []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


ORG_WORDS = ("univ", "institut", "college", "school", "hospital", "center", "centre", "laborator", "academy",
             "company", "inc", "ltd", "gmbh", "corp")


def scopus_organization(address):
    parts = [p.strip() for p in address.split(",") if p.strip()]
    for p in parts:
        low = p.lower()
        if any(w in low for w in ORG_WORDS):
            return p
    return parts[0] if parts else None


# ---------------------------------------------------------------------------------------------------------------
# Readers: each returns a list of documents (dicts with the same keys)


def new_doc():
    return dict(ids=set(), year=None, authors=[], orgs=[], countries=[], akw=[], ikw=[], source=None,
                refs=[], times_cited=None)


def wos_tags(path):
    text = open(path, encoding="utf-8-sig").read()
    records, cur, tag = [], None, None
    for line in text.splitlines():
        if line.startswith("PT "):
            cur, tag = defaultdict(list), None
        if cur is None:
            continue
        if line.startswith("ER"):
            records.append(cur)
            cur = None
            continue
        if line[:2].strip() and line[2:3] == " ":
            tag = line[:2]
            cur[tag].append(line[3:].strip())
        elif line.startswith("   ") and tag:
            cur[tag].append(line.strip())
    return records


def wos_reference(line):
    """`Author, Year, Source, Vvol, Ppage, DOI x` with parts missing in any combination."""
    parts = [p.strip() for p in line.split(", ")]
    ref = dict(text=" ".join(line.split()), author=None, year=None, source=None, volume=None, page=None, doi=None)
    i = 0
    if parts and not re.fullmatch(r"\d{4}", parts[0]):
        ref["author"] = parts[0] if parts[0] != "[Anonymous]" else None
        i = 1
    if i < len(parts) and re.fullmatch(r"\d{4}", parts[i]):
        ref["year"] = int(parts[i])
        i += 1
    rest = parts[i:]
    for j, p in enumerate(rest):
        if j == 0 and not re.match(r"^(V\d|P\d|DOI )", p):
            ref["source"] = p
        elif re.fullmatch(r"V[\w.-]+", p) and ref["volume"] is None:
            ref["volume"] = p[1:]
        elif re.fullmatch(r"P[\w.-]+", p) and ref["page"] is None:
            ref["page"] = p[1:]
        elif p.startswith("DOI ") and ref["doi"] is None:
            d = p[4:].strip().lstrip("[").split(",")[0].rstrip("]").strip()
            ref["doi"] = d.lower()
    return ref


def read_wos(path):
    docs = []
    for r in wos_tags(path):
        d = new_doc()
        if r.get("DI"):
            d["ids"].add(r["DI"][0].lower())
        if r.get("UT"):
            d["ids"].add(r["UT"][0].lower())
        d["year"] = int(r["PY"][0]) if r.get("PY") else None
        d["authors"] = distinct(fold(a) for a in r.get("AU", []))
        d["author_labels"] = {fold(a): a for a in r.get("AU", [])}
        d["akw"] = distinct(fold(k) for k in ";".join(r.get("DE", [])).split(";"))
        d["ikw"] = distinct(fold(k) for k in ";".join(r.get("ID", [])).split(";"))
        orgs, countries = [], []
        for address in r.get("C1", []):
            address = re.sub(r"^\[[^\]]*\]\s*", "", address).rstrip(".").strip()
            parts = [p.strip() for p in address.split(",")]
            if parts and parts[0]:
                orgs.append(fold(parts[0]))
            code = country_code(parts[-1]) if parts else None
            if code:
                countries.append(code)
        d["orgs"], d["countries"] = distinct(orgs), distinct(countries)
        d["source_written"] = r["SO"][0] if r.get("SO") else None
        d["refs"] = [wos_reference(x) for x in r.get("CR", [])]
        tc = r.get("TC") or r.get("Z9")
        d["times_cited"] = int(tc[0]) if tc else None
        docs.append(d)
    return docs


def scopus_reference(text):
    t = " ".join(text.split())
    ref = dict(text=t, author=None, year=None, source=None, volume=None, page=None, doi=None)
    m = re.match(r"^([^,()]+?), ((?:[A-Z][\w'-]*\.)+(?:-[A-Z]\.)?)", t)
    if m:
        ref["author"] = m.group(1).strip() + " " + m.group(2).replace(".", "").replace("-", "")
    y = re.search(r"\((\d{4})\)", t)
    if y:
        ref["year"] = int(y.group(1))
        after = t[y.end():].strip()
        parts = [p.strip() for p in after.split(",")]
        if parts and parts[0]:
            ref["source"] = parts[0]
        if len(parts) > 1:
            v = re.match(r"^(\d+)", parts[1])
            if v:
                ref["volume"] = v.group(1)
        p = re.search(r"pp?\. ?([A-Za-z]?\d+)", after)
        if p:
            ref["page"] = p.group(1)
    doi = re.search(r"(?:doi|DOI)[:\s]\s*(10\.\S+)", t)
    if doi:
        ref["doi"] = doi.group(1).rstrip(".,;").lower()
    return ref


def read_scopus(path):
    docs = []
    for row in csv.DictReader(open(path, encoding="utf-8-sig", newline="")):
        d = new_doc()
        if row.get("DOI"):
            d["ids"].add(row["DOI"].lower())
        if row.get("EID"):
            d["ids"].add(row["EID"].lower())
        d["year"] = int(row["Year"]) if row.get("Year", "").isdigit() else None
        ids = [x.strip() for x in row.get("Author(s) ID", "").split(";") if x.strip() and "[No" not in x]
        names = [x.strip() for x in re.split(r";|\.,", row.get("Authors", "")) if x.strip() and "[No" not in x]
        d["authors"] = distinct(ids)
        d["author_labels"] = dict(zip(ids, names))
        d["akw"] = distinct(fold(k) for k in row.get("Author Keywords", "").split(";"))
        d["ikw"] = distinct(fold(k) for k in row.get("Index Keywords", "").split(";"))
        orgs, countries = [], []
        for address in row.get("Affiliations", "").split(";"):
            address = address.strip()
            if not address:
                continue
            org = scopus_organization(address)
            if org:
                orgs.append(fold(org))
            code = country_code(address.split(",")[-1])
            if code:
                countries.append(code)
        d["orgs"], d["countries"] = distinct(orgs), distinct(countries)
        d["source_written"] = row.get("Source title") or None
        d["refs"] = [scopus_reference(x) for x in row.get("References", "").split("; ") if x.strip()]
        d["times_cited"] = int(row["Cited by"]) if row.get("Cited by", "").isdigit() else None
        docs.append(d)
    return docs


def short(openalex_url):
    return openalex_url.rsplit("/", 1)[-1] if openalex_url else None


def read_openalex(path):
    data = json.load(open(path, encoding="utf-8"))
    works = data["results"] if isinstance(data, dict) else data
    docs = []
    for w in works:
        d = new_doc()
        d["ids"].add(short(w["id"]).lower())
        if w.get("doi"):
            d["ids"].add(w["doi"].lower().replace("https://doi.org/", ""))
        d["year"] = w.get("publication_year")
        authors, labels, orgs, countries = [], {}, [], []
        for a in w.get("authorships") or []:
            author = a.get("author") or {}
            key = short(author.get("id")) or author.get("display_name")
            if key:
                authors.append(key)
                labels[key] = author.get("display_name") or key
            for inst in a.get("institutions") or []:
                if inst.get("display_name"):
                    orgs.append(fold(inst["display_name"]))
                if inst.get("country_code"):
                    countries.append(inst["country_code"].upper())
        d["authors"], d["author_labels"] = distinct(authors), labels
        d["orgs"], d["countries"] = distinct(orgs), distinct(countries)
        d["akw"] = distinct(fold(k.get("display_name", k.get("keyword", ""))) for k in w.get("keywords") or [])
        d["ikw"] = distinct(fold(c["display_name"]) for c in (w.get("concepts") or []) + (w.get("topics") or []))
        venue = (w.get("host_venue") or {}).get("display_name")
        if not venue:
            venue = (((w.get("primary_location") or {}).get("source")) or {}).get("display_name")
        d["source_written"] = venue
        d["refs"] = [dict(text=short(r), author=None, year=None, source=None, volume=None, page=None, doi=None,
                          work=short(r)) for r in w.get("referenced_works") or []]
        d["times_cited"] = w.get("cited_by_count")
        docs.append(d)
    return docs


# ---------------------------------------------------------------------------------------------------------------
# Reference keys (docs/networks.md "Cited references")


def ref_parts_key(r):
    if not (r.get("author") or r.get("year") or r.get("source")):
        return "text:" + fold(r["text"])
    parts = [fold(r.get("author") or ""), str(r["year"]) if r.get("year") else "", fold(r.get("source") or ""),
             fold(r.get("volume") or ""), fold(r.get("page") or "")]
    return "ref:" + "|".join(parts)


def reference_keys(docs):
    """Assigns every reference its key (with the DOI-joining rule); returns variants: key → Counter of texts."""
    doi_by_parts = defaultdict(set)
    for d in docs:
        for r in d["refs"]:
            if r.get("doi"):
                doi_by_parts[ref_parts_key(r)].add(r["doi"])
    variants = defaultdict(Counter)
    for d in docs:
        for r in d["refs"]:
            if r.get("doi"):
                r["key"] = "doi:" + r["doi"]
            elif r.get("work"):
                r["key"] = "openalex:" + r["work"]
            else:
                k = ref_parts_key(r)
                dois = doi_by_parts.get(k, set())
                r["key"] = "doi:" + next(iter(dois)) if len(dois) == 1 else k
            variants[r["key"]][r["text"]] += 1
    return {k: v for k, v in variants.items() if len(v) > 1}


# ---------------------------------------------------------------------------------------------------------------
# Counting


def project(unit_sets, weights=None):
    """Undirected projection: full and fractional pair weights, documents per unit."""
    full, frac, docs = Counter(), Counter(), Counter()
    for units in unit_sets:
        for u in units:
            docs[u] += 1
        n = len(units)
        for a, b in combinations(sorted(units), 2):
            full[(a, b)] += 1
            frac[(a, b)] += 1.0 / (n - 1)
    return full, frac, docs


def top10(weights):
    return [[k, w] for k, w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:10]]


def summary(nodes, edges, node_weight, frac=None):
    out = dict(nodes=len(nodes), edges=len(edges), total_weight=sum(edges.values()), top10=top10(node_weight))
    if frac is not None:
        out["total_weight_fractional"] = round(sum(frac.values()), 9)
    return out


def undirected_cell(unit_sets):
    full, frac, docs = project(unit_sets)
    return summary(set(docs), full, docs, frac)


def citation_links(docs):
    by_id = {}
    for i, d in enumerate(docs):
        for x in sorted(d["ids"]):
            by_id.setdefault(x, i)
    links = set()
    for i, d in enumerate(docs):
        for r in d["refs"]:
            for k in (r.get("doi"), (r.get("work") or "").lower() or None):
                j = by_id.get(k) if k else None
                if j is not None and j != i:
                    links.add((i, j))
    return sorted(links)


def citation_cell(docs, units_of, links):
    edges, cites = Counter(), Counter()
    nodes = set()
    for i, j in links:
        for u in units_of(docs[i]):
            for v in units_of(docs[j]):
                if u != v:
                    edges[(u, v)] += 1
        for v in units_of(docs[j]):
            cites[v] += 1
    for i, j in links:
        nodes.update(units_of(docs[i]))
        nodes.update(units_of(docs[j]))
    return summary(nodes, edges, Counter({u: cites[u] for u in nodes}))


def coupling_cell(docs, units_of):
    refsets = [set(r["key"] for r in d["refs"]) for d in docs]
    by_ref = defaultdict(list)
    for i, rs in enumerate(refsets):
        for k in rs:
            by_ref[k].append(i)
    shared = Counter()
    for citing in by_ref.values():
        for a, b in combinations(citing, 2):
            shared[(a, b)] += 1
    edges, docs_of = Counter(), Counter()
    for d in docs:
        for u in units_of(d):
            docs_of[u] += 1
    for (a, b), w in shared.items():
        for u in units_of(docs[a]):
            for v in units_of(docs[b]):
                if u != v:
                    edges[tuple(sorted((u, v)))] += w
    nodes = {u for pair in edges for u in pair}
    return summary(nodes, edges, Counter({u: docs_of[u] for u in nodes}))


def label_of_reference(r):
    return ", ".join(x for x in (r.get("author"), str(r["year"]) if r.get("year") else None, r.get("source")) if x)


MAX_AUTHORS = 50  # max-authors-per-paper's default: co-authorship leaves out documents with more authors


def cells(docs):
    variants = reference_keys(docs)
    out = {}
    ident = lambda key: (lambda d: d[key])  # noqa: E731
    for unit, get in (("authors", ident("authors")), ("organizations", ident("orgs")),
                      ("countries", ident("countries"))):
        out["coauthorship-" + unit] = undirected_cell([get(d) for d in docs if len(d["authors"]) <= MAX_AUTHORS])
    out["cooccurrence-keywords"] = undirected_cell([distinct(d["akw"] + d["ikw"]) for d in docs])
    out["cooccurrence-author-keywords"] = undirected_cell([d["akw"] for d in docs])
    out["cooccurrence-indexed-keywords"] = undirected_cell([d["ikw"] for d in docs])
    for d in docs:
        d["source"] = [fold(d["source_written"])] if d.get("source_written") and fold(d["source_written"]) else []
    for i, d in enumerate(docs):
        d["self"] = [i]
    units = (("documents", ident("self")), ("sources", ident("source")), ("authors", ident("authors")),
             ("organizations", ident("orgs")), ("countries", ident("countries")))
    links = citation_links(docs)
    for unit, get in units:
        out["citation-" + unit] = citation_cell(docs, get, links)
        out["coupling-" + unit] = coupling_cell(docs, get)
    out["cocitation-references"] = undirected_cell([distinct(r["key"] for r in d["refs"]) for d in docs])
    out["cocitation-sources"] = undirected_cell(
        [distinct(fold(r["source"]) for r in d["refs"] if r.get("source")) for d in docs])
    out["cocitation-authors"] = undirected_cell(
        [distinct(fold(r["author"]) for r in d["refs"] if r.get("author")) for d in docs])
    out["reference-variants"] = {k: dict(sorted(v.items())) for k, v in sorted(variants.items())}
    out["documents"] = len(docs)
    out["citation-links"] = len(links)
    out["times-cited-top10"] = top10(Counter({str(i): d["times_cited"] for i, d in enumerate(docs)
                                              if d["times_cited"] is not None}))
    return out


def main(argv):
    reader = dict(wos=read_wos, scopus=read_scopus, openalex=read_openalex)[argv[1]]
    result = cells(reader(argv[2]))
    result["recount"] = dict(python=sys.version.split()[0], script="scripts/recount/recount.py", format=argv[1])
    json.dump(result, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
