import Bibliography

/// The `records --json` form of one record (before deduplication): one JSON object per line with the keys
/// `source`, `line`, `title`, `authors`, `authorsTruncated`, `affiliations`, `topic`, `year`, `month`, `day`,
/// `hasCode`, `score`, `abstract`, `doi`.
public enum RecordJSON {
    public static func value(_ paper: Paper) -> JSONValue {
        .object([
            "source": .optional(paper.location?.file),
            "line": .optional(paper.location?.line),
            "title": .string(paper.title),
            "authors": .strings(paper.authors.filter { !$0.inferred }.map(\.written)),
            "authorsTruncated": .bool(paper.authorsTruncated),
            "affiliations": .strings(paper.affiliations),
            "topic": .optional(paper.topics.first),
            "year": .optional(paper.year),
            "month": .optional(paper.month),
            "day": .optional(paper.day),
            "hasCode": .bool(paper.hasCode),
            "score": .optional(paper.score),
            "abstract": .optional(paper.abstract),
            "doi": .optional(paper.doi),
        ])
    }

    /// JSON Lines: one record per line, each line ending in a newline.
    public static func lines(_ papers: [Paper]) -> String {
        var out = ""
        for paper in papers {
            out += value(paper).rendered()
            out += "\n"
        }
        return out
    }
}
