/// An entry with a `crossref` whose parent may sit in any input file: its record is built from its own fields
/// first and rebuilt once the parent is known (`ParseResult.resolveCrossrefs`).
struct PendingCrossref: Sendable {
    /// Index of the child's record in `ParseResult.records`.
    var recordIndex: Int
    /// The child as read.
    var entry: BibTeXEntry
}

/// BibTeX's `crossref` inheritance.
///
/// The child takes every field it lacks from its parent (then from the parent's parent, up to `maxDepth`),
/// except identifiers and text that describe the parent itself (`notInherited`: a proceedings volume's DOI,
/// ISBN, URL or abstract would make every paper in it look like the volume). The parent's `title` fills the
/// child's `booktitle` when the child has none; it never becomes the child's title. Keys are matched
/// case-insensitively, like BibTeX; the child's own file is searched first, then every input in order.
enum BibTeXCrossref {
    static let maxDepth = 8

    static let notInherited: Set<String> = [
        "crossref", "title", "doi", "url", "urldate", "eprint", "eprinttype", "archiveprefix", "arxiv", "isbn",
        "issn", "pmid", "unique-id", "abstract", "keywords", "keyword", "keywords-plus", "ids", "key", "label",
        "biburl", "cited-references", "references", "orcid-numbers",
    ]

    /// The child's fields with what it inherits; `missing` is the first target that could not be found.
    static func inherit(_ child: BibTeXEntry, parent lookup: (String) -> BibTeXEntry?)
        -> (entry: BibTeXEntry, missing: String?)
    {
        var merged = child
        var current = child
        var visited: Set<String> = [child.key.lowercased()]
        for _ in 0..<maxDepth {
            guard let target = current.value("crossref").map(BibTeXIdentifiers.clean), !target.isEmpty else { break }
            let key = target.lowercased()
            guard !visited.contains(key) else { break }
            guard let parent = lookup(key) else { return (merged, target) }
            visited.insert(key)
            if !merged.has("booktitle"), let title = parent["title"] {
                merged.fields.append(BibTeXField(name: "booktitle", value: title.value, line: title.line))
            }
            for field in parent.fields where !notInherited.contains(field.name) && !merged.has(field.name) {
                merged.fields.append(field)
            }
            current = parent
        }
        return (merged, nil)
    }

    /// Resolves the pending crossrefs of every result against all of them (see `InputReader.read`).
    static func resolve(_ results: inout [ParseResult]) {
        var all: [String: BibTeXEntry] = [:]
        if results.contains(where: { !$0.pendingCrossrefs.isEmpty }) {
            for result in results {
                for (key, entry) in result.crossrefEntries where all[key] == nil { all[key] = entry }
            }
        }
        for index in results.indices where results[index].format == .bibtex {
            let own = results[index].crossrefEntries
            results[index].resolveCrossrefs { own[$0] ?? all[$0] }
        }
    }
}

extension ParseResult {
    /// Rebuilds the records of entries with a `crossref` with what they inherit; a target found nowhere is a
    /// warning (`crossref-missing`) and the record keeps its own fields. Then sums up the records left without
    /// authors and clears the pending state.
    mutating func resolveCrossrefs(parent lookup: (String) -> BibTeXEntry?) {
        defer {
            noteRecordsWithoutAuthors()
            pendingCrossrefs = []
            crossrefEntries = [:]
        }
        for pending in pendingCrossrefs {
            let (entry, missing) = BibTeXCrossref.inherit(pending.entry, parent: lookup)
            if let missing {
                let line = pending.entry["crossref"]?.line ?? pending.entry.line
                issues.append(
                    ParseIssue(
                        .warning, "crossref-missing", at: SourceLocation(file: file, line: line),
                        "the crossref target “\(missing)” of “@\(pending.entry.type){\(pending.entry.key)” "
                            + "is in none of the inputs; the entry keeps its own fields"))
            }
            guard entry.fields.count > pending.entry.fields.count else { continue }
            // Issues of inherited fields were reported with the parent; this rebuild's issues are not kept.
            var builder = BibTeXRecordBuilder(path: file, log: IssueLog(path: file, alwaysListed: .errors))
            records[pending.recordIndex] = builder.build(entry)
        }
    }

    /// Resolves crossrefs within this file only (`BibTeXReader.read`).
    mutating func resolveOwnCrossrefs() {
        let own = crossrefEntries
        resolveCrossrefs { own[$0] }
    }
}

extension ParseResult {
    /// One notice for the BibTeX records without authors (after crossref inheritance), saying how many of
    /// them name editors, which are not taken as authors.
    mutating func noteRecordsWithoutAuthors() {
        let without = records.filter { $0.authors.isEmpty }
        guard let first = without.first?.location else { return }
        let withEditors = without.filter {
            crossrefEntries[($0.identifiers[.sourceID] ?? "").lowercased()]?.has("editor") == true
        }.count
        let editors = withEditors > 0 ? " (\(withEditors) of them name editors, which are not taken as authors)" : ""
        let count = without.count
        issues.append(
            ParseIssue(
                .notice, "no-authors", at: first,
                "\(count) \(count == 1 ? "entry has" : "entries have") no authors\(editors); "
                    + "\(count == 1 ? "it was" : "they were") kept without authors"))
    }
}
