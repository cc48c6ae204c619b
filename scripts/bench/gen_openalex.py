#!/usr/bin/env python3
"""Deterministic synthetic bibliographic corpus, written as OpenAlex works in JSON Lines.

On the model of ../shared/bench/gen_coauthor.py (labs inside fields, Pareto productivity, lognormal team sizes,
6%/year growth), extended with everything the network matrix of docs/networks.md needs, so every reader path and
engine can be benchmarked on one file:
  * every lab belongs to one institution (1–6 labs each) and every institution to one country (Zipf over 40
    countries); an authorship lists its lab's institution, and with probability 0.15 a second institution;
  * keywords: each field has a vocabulary of 400 keywords (Zipf); a paper takes 3–8 from its field and with
    probability 0.2 one from a neighbouring field — written as `keywords` (author keywords); the field and two
    sub-field names are written as `concepts` (indexed keywords);
  * a title of 6–12 words and an abstract of 60–150 words drawn from the field's vocabulary words and a stop-word
    filler (as `abstract_inverted_index`), so terms can be extracted;
  * references: 5–40 per paper (lognormal), each with probability 0.7 to an earlier corpus paper chosen by
    preferential attachment (probability ∝ 1 + citations so far, within the field with probability 0.8) and
    otherwise to an outside work id (W9xxxxxxxxx, Zipf over a pool, so outside references are co-cited too);
  * times cited (`cited_by_count`) = citations received inside the corpus + a Poisson(2) outside count;
  * the source (`primary_location.source.display_name`): one of 30 journals per field (Zipf).

Each seed gives the same file byte for byte (numpy's PCG64 with `--seed`; JSON with sorted keys).

Usage: gen_openalex.py --papers 100000 --seed 42 --out .bench-data/oa100000   (writes works.jsonl, meta.json)
"""

import argparse
import json
import os
import time

import numpy as np

STOP = ("the of and in to a for with on by from as an is are we this that which using based our new".split())


def vocabulary(rng, n_fields, size=400):
    """Field vocabularies: pseudo-words built from syllables, distinct across fields."""
    syll = ["ka", "lo", "mi", "ne", "ru", "ta", "vi", "so", "pe", "da", "gu", "ri", "ze", "bo", "fa", "hu"]
    words, seen = [], set()
    for f in range(n_fields):
        field = []
        while len(field) < size:
            n = int(rng.integers(2, 5))
            w = "".join(syll[int(i)] for i in rng.integers(0, len(syll), n))
            if w not in seen:
                seen.add(w)
                field.append(w)
        words.append(field)
    return words


_CDF = {}


def zipf_pick(rng, n, size, a=1.1):
    """`size` draws from Zipf(a) over 0..n-1 (cumulative weights cached per (n, a))."""
    cdf = _CDF.get((n, a))
    if cdf is None:
        cdf = np.cumsum(1.0 / np.arange(1, n + 1) ** a)
        cdf /= cdf[-1]
        _CDF[(n, a)] = cdf
    return np.minimum(np.searchsorted(cdf, rng.random(size), side="right"), n - 1)


def generate(P, seed):
    rng = np.random.default_rng(seed)
    A = int(P * 0.9) + 50
    n_fields = max(4, int(round(np.sqrt(P) / 8)))
    lab_sizes = []
    tot = 0
    while tot < A:
        s = int(np.clip(np.round(rng.lognormal(2.2, 0.7)), 2, 200))
        lab_sizes.append(s)
        tot += s
    lab_sizes = np.array(lab_sizes, dtype=np.int64)
    lab_sizes[-1] = max(1, lab_sizes[-1] - (tot - A))
    A = int(lab_sizes.sum())
    n_labs = len(lab_sizes)
    fw = 1.0 / np.arange(1, n_fields + 1) ** 0.7
    lab_field = np.sort(rng.choice(n_fields, size=n_labs, p=fw / fw.sum()))
    lab_start = np.concatenate([[0], np.cumsum(lab_sizes)[:-1]])
    author_lab = np.repeat(np.arange(n_labs), lab_sizes)
    # institutions (1–6 labs each) and their countries
    lab_inst = np.zeros(n_labs, dtype=np.int64)
    inst, i = 0, 0
    while i < n_labs:
        k = int(rng.integers(1, 7))
        lab_inst[i:i + k] = inst
        inst += 1
        i += k
    n_inst = inst
    inst_country = zipf_pick(rng, 40, n_inst, 1.0)

    w = np.minimum((1.0 - rng.random(A)) ** (-1.0 / 1.5), 400.0)
    cw = np.cumsum(w)
    cw0 = np.concatenate([[0.0], cw])
    lab_lo, lab_hi = cw0[lab_start], cw0[lab_start + lab_sizes]
    lab_weight = lab_hi - lab_lo
    clw = np.cumsum(lab_weight)
    paper_lab = np.minimum(np.searchsorted(clw, rng.random(P) * clw[-1], side="right"), n_labs - 1)
    paper_field = lab_field[paper_lab]
    k = np.clip(np.round(rng.lognormal(1.2, 0.55, size=P)), 1, 49).astype(np.int64)
    years = np.arange(1990, 2025)
    yw = np.exp(0.06 * (years - 1990))
    paper_year = np.sort(rng.choice(years, size=P, p=yw / yw.sum()))  # ids in time order: references go back

    def sample_in(lo, hi, n):
        u = lo + rng.random(n) * (hi - lo)
        return np.minimum(np.searchsorted(cw, u, side="right"), A - 1)

    field_first = np.searchsorted(lab_field[author_lab], np.arange(n_fields), side="left")
    field_last = np.searchsorted(lab_field[author_lab], np.arange(n_fields), side="right")
    return dict(rng=rng, A=A, P=P, n_fields=n_fields, n_inst=n_inst, author_lab=author_lab, lab_inst=lab_inst,
                inst_country=inst_country, paper_lab=paper_lab, paper_field=paper_field, k=k, paper_year=paper_year,
                lab_lo=lab_lo, lab_hi=lab_hi, field_lo=cw0[field_first], field_hi=cw0[field_last], cw=cw,
                sample_in=sample_in)


COUNTRIES = ("US CN GB DE JP FR CA IT AU ES IN KR NL BR CH SE RU PL TR IR BE TW DK AT IL NO FI SG PT MX CZ GR ZA NZ "
             "IE HU AR EG MY PK").split()


def write(g, out, seed):
    rng, P = g["rng"], g["P"]
    vocab = vocabulary(rng, g["n_fields"])
    journals = [["Journal of %s %s" % (vocab[f][0].title(), s) for s in
                 ("Research", "Letters", "Reviews", "Methods", "Systems", "Science", "Studies", "Reports",
                  "Advances", "Theory", "Applications", "Engineering", "Analysis", "Frontiers", "Progress",
                  "Communications", "Transactions", "Annals", "Bulletin", "Archives", "Forum", "Quarterly",
                  "Review", "Notes", "Proceedings", "Perspectives", "Insights", "Horizons", "Records", "Digest")]
                for f in range(g["n_fields"])]
    refs_of = references(g, rng)
    citations = np.bincount(np.concatenate([r[r >= 0] for r in refs_of] or [np.zeros(0, np.int64)]),
                            minlength=P)
    lines_refs = [list(r) for r in refs_of]
    outside = rng.poisson(2.0, size=P)
    with open(os.path.join(out, "works.jsonl"), "w", encoding="utf-8") as fh:
        for p in range(P):
            fh.write(json.dumps(work(g, rng, p, vocab, journals, lines_refs[p], int(citations[p] + outside[p])),
                                sort_keys=True, ensure_ascii=False) + "\n")
    return int(sum(len(r) for r in lines_refs)), int(citations.sum())


def references(g, rng):
    """Per paper its distinct references (>= 0: a corpus paper, < 0: an outside work), by preferential attachment.

    Papers are processed in chunks; a chunk cites only papers before it (ids are in time order), with probability
    ∝ 1 + citations received before the chunk, within the citing paper's field with probability 0.8.
    O(P / chunk · P) for the cumulative weights plus O(R log P) draws.
    """
    P = g["P"]
    field = g["paper_field"]
    n_refs = np.clip(np.round(rng.lognormal(2.6, 0.6, size=P)), 5, 40).astype(np.int64)
    citations = np.zeros(P, dtype=np.int64)
    outside_pool = 20 * P
    chunk = min(2000, max(20, P // 50))
    out = []
    for start in range(0, P, chunk):
        end = min(P, start + chunk)
        order = np.argsort(field[:start], kind="stable")
        cum = np.cumsum(1.0 + citations[:start][order]) if start else np.zeros(0)
        cum0 = np.concatenate([[0.0], cum])
        f_lo = np.searchsorted(field[:start][order], np.arange(g["n_fields"]), side="left")
        f_hi = np.searchsorted(field[:start][order], np.arange(g["n_fields"]), side="right")
        new_counts = np.zeros(P, dtype=np.int64)
        for p in range(start, end):
            n = int(n_refs[p])
            inside = (rng.random(n) < 0.7) if start else np.zeros(n, dtype=bool)
            k_in = int(inside.sum())
            f = int(field[p])
            same = rng.random(k_in) < 0.8
            if f_hi[f] == f_lo[f]:
                same[:] = False
            lo = np.where(same, cum0[f_lo[f]], 0.0)
            hi = np.where(same, cum0[f_hi[f]], cum0[-1] if start else 0.0)
            pos = np.minimum(np.searchsorted(cum, lo + rng.random(k_in) * (hi - lo), side="right"), max(0, start - 1))
            cited = order[pos] if start else np.zeros(0, np.int64)
            outside = -1 - zipf_pick(rng, outside_pool, n - k_in, 1.2)
            refs = np.unique(np.concatenate([cited.astype(np.int64), outside.astype(np.int64)]))
            new_counts[refs[refs >= 0]] += 1
            out.append(refs)
        citations += new_counts
    return out


def work(g, rng, p, vocab, journals, refs, cited_by):
    f = int(g["paper_field"][p])
    lab = int(g["paper_lab"][p])
    kk = int(g["k"][p])
    r = rng.random(kk)
    lo = np.where(r < 0.6, g["lab_lo"][lab], np.where(r < 0.9, g["field_lo"][f], 0.0))
    hi = np.where(r < 0.6, g["lab_hi"][lab], np.where(r < 0.9, g["field_hi"][f], g["cw"][-1]))
    authors = list(dict.fromkeys(int(a) for a in g["sample_in"](lo, hi, kk)))
    authorships = []
    for pos, a in enumerate(authors):
        inst = int(g["lab_inst"][g["author_lab"][a]])
        insts = [inst] + ([int(rng.integers(0, g["n_inst"]))] if rng.random() < 0.15 else [])
        authorships.append(dict(
            author_position="first" if pos == 0 else "middle",
            author=dict(id="https://openalex.org/A%09d" % a, display_name="Author %07d" % a),
            institutions=[dict(id="https://openalex.org/I%07d" % i, display_name="Institute %05d" % i,
                               country_code=COUNTRIES[int(g["inst_country"][i])]) for i in dict.fromkeys(insts)]))
    words = vocab[f]
    kw = [words[int(i)] for i in zipf_pick(rng, len(words), int(rng.integers(3, 9)))]
    if rng.random() < 0.2:
        other = vocab[(f + 1) % len(vocab)]
        kw.append(other[int(zipf_pick(rng, len(other), 1)[0])])
    kw = list(dict.fromkeys(kw))
    title_words = [words[int(i)] for i in zipf_pick(rng, len(words), int(rng.integers(6, 13)))]
    n_words = int(rng.integers(60, 151))
    stop_slots = rng.random(n_words) < 0.4
    stops = rng.integers(0, len(STOP), n_words)
    picks = zipf_pick(rng, len(words), n_words)
    abstract = [STOP[int(stops[i])] if stop_slots[i] else words[int(picks[i])] for i in range(n_words)]
    index = {}
    for i, word in enumerate(abstract):
        index.setdefault(word, []).append(i)
    journal = journals[f][int(zipf_pick(rng, 30, 1)[0])]
    return dict(
        id="https://openalex.org/W%09d" % p, doi="https://doi.org/10.5555/syn.%d" % p,
        title=" ".join(title_words).capitalize(), display_name=" ".join(title_words).capitalize(),
        publication_year=int(g["paper_year"][p]), authorships=authorships,
        keywords=[dict(display_name=x) for x in kw],
        concepts=[dict(display_name="Field %s" % words[0].title(), level=0),
                  dict(display_name="Subfield %s" % words[1 + p % 2].title(), level=1)],
        primary_location=dict(source=dict(display_name=journal)), cited_by_count=cited_by,
        referenced_works=["https://openalex.org/W%09d" % q if q >= 0 else "https://openalex.org/W9%09d" % (-1 - q)
                          for q in refs],
        abstract_inverted_index=index)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--papers", type=int, required=True)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    g = generate(a.papers, a.seed)
    refs, inside = write(g, a.out, a.seed)
    meta = dict(papers=a.papers, seed=a.seed, authors=g["A"], fields=g["n_fields"], institutions=g["n_inst"],
                references=refs, citations_inside=inside, seconds=round(time.time() - t0, 1),
                generator="scripts/bench/gen_openalex.py")
    with open(os.path.join(a.out, "meta.json"), "w") as fh:
        json.dump(meta, fh, indent=1, sort_keys=True)
    print(json.dumps(meta, sort_keys=True))


if __name__ == "__main__":
    main()
