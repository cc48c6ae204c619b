import Bibliography

/// The corpus papers of each canonical author.
struct AuthorPapers: Sendable {
    private var index: [String: [Int]] = [:]

    init(_ corpus: Corpus) {
        for (i, paper) in corpus.papers.enumerated() {
            var seen = Set<String>()
            for a in paper.authors where seen.insert(a.resolved).inserted { index[a.resolved, default: []].append(i) }
        }
    }

    func papers(of name: String) -> [Int] { index[name] ?? [] }
}
