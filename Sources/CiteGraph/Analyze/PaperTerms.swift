import Bibliography

/// Terms of each paper (topic codes and title words/bigrams), computed once per run, with document frequencies.
struct PaperTerms: Sendable {
    let terms: [[String]]
    let documentFrequency: [String: Int]

    init(_ corpus: Corpus) {
        var all: [[String]] = []
        all.reserveCapacity(corpus.papers.count)
        var df: [String: Int] = [:]
        for paper in corpus.papers {
            var seen = Set<String>()
            var list: [String] = []
            for t in paper.topics + Tokenizer.terms(paper.title) where seen.insert(t).inserted {
                list.append(t)
                df[t, default: 0] += 1
            }
            all.append(list)
        }
        terms = all
        documentFrequency = df
    }
}
