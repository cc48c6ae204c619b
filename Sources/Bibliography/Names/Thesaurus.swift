/// A VOSviewer-format thesaurus: a tab-separated file with a header `label<TAB>replace by`; each row replaces a
/// name (matched after folding case, diacritics and punctuation) by another, and an empty replacement drops the
/// name. Names named in the thesaurus (as label or replacement) are fixed: the initials heuristic leaves them
/// alone, so a row mapping a name to itself forbids heuristic merges of it.
///
/// Labels and replacements lose their zero-width characters and bidirectional controls (`InvisibleCharacters`),
/// as written names do, so a replacement never brings one back.
///
/// As in VOSviewer, each written name is replaced once: a chain (A → B, B → C) is not followed, so A becomes B
/// and B becomes C. A label given twice keeps its last row, and the repeat is a `thesaurus-repeated-label`
/// warning when the replacements differ.
public struct Thesaurus: Sendable, Equatable {
    /// Folded label → replacement ("" drops the name).
    public private(set) var replacements: [String: String] = [:]
    /// Folded names the heuristic must not merge.
    public private(set) var fixed: Set<String> = []
    public var issues: [ParseIssue] = []

    public init() {}

    public init(entries: [(label: String, replacement: String)]) {
        for (label, replacement) in entries { add(label: label, replacement: replacement) }
    }

    /// Adds one row. A label given again replaces the earlier row (the last row wins); the earlier replacement
    /// is returned so that `parse` can report it.
    @discardableResult
    mutating func add(label: String, replacement: String) -> String? {
        let key = NameKey.fold(InvisibleCharacters.strip(label))
        guard !key.isEmpty else { return nil }
        let cleaned = AuthorLine.collapseSpaces(InvisibleCharacters.strip(replacement))
        let earlier = replacements.updateValue(cleaned, forKey: key)
        fixed.insert(key)
        if !cleaned.isEmpty { fixed.insert(NameKey.fold(cleaned)) }
        return earlier
    }

    /// Parses the file's text; malformed rows are reported with their line and skipped.
    public static func parse(_ file: TextFile) -> Thesaurus {
        var thesaurus = Thesaurus()
        thesaurus.issues = file.issues
        for (offset, raw) in file.lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if offset == 0, fields.first?.lowercased() == "label" { continue }
            guard fields.count >= 1, fields.count <= 2, !fields[0].isEmpty else {
                thesaurus.issues.append(
                    ParseIssue(
                        .warning, "thesaurus-row", at: SourceLocation(file: file.path, line: offset + 1),
                        "thesaurus row needs `label<TAB>replace by` (got \(fields.count) fields); row ignored",
                        excerpt: raw))
                continue
            }
            let replacement = fields.count == 2 ? fields[1] : ""
            if let earlier = thesaurus.add(label: fields[0], replacement: replacement),
                earlier != AuthorLine.collapseSpaces(InvisibleCharacters.strip(replacement))
            {
                thesaurus.issues.append(
                    ParseIssue(
                        .warning, "thesaurus-repeated-label", at: SourceLocation(file: file.path, line: offset + 1),
                        "“\(fields[0])” is a label of an earlier row too (replaced by “\(earlier)” there); this "
                            + "row wins", excerpt: raw))
            }
        }
        return thesaurus
    }

    /// The replacement for a written name: nil when the thesaurus does not mention it, "" when it drops it.
    public func replacement(for written: String) -> String? {
        if replacements.isEmpty { return nil }
        return replacements[NameKey.fold(written)]
    }

    public func isFixed(_ written: String) -> Bool { !fixed.isEmpty && fixed.contains(NameKey.fold(written)) }
}
