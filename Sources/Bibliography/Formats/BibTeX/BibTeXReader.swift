/// Reads BibTeX and BibLaTeX files (including the Web of Science and Scopus BibTeX exports) into records.
///
/// Three layers: `BibTeXScanner` finds entries and their raw fields (macros, `#`, delimiters, broken entries
/// and resynchronization), `BibTeXRecordBuilder` turns fields into a `Paper` (LaTeX via `LaTeXDecoder`, names
/// via `BibTeXName`, Web of Science fields via `WebOfScienceFields`), and `BibTeXCrossref` lets children inherit
/// from their `crossref` parents — within the file in `read(_:)`, across all inputs in `InputReader.read`.
///
/// Every entry is accounted for: records read (`records.count + skipped.count`) = the `@type{...}` entries of the
/// file (`@string`, `@comment` and `@preamble` are not records). Located issues: `record-skipped` (error) for
/// an entry that cannot be read; warnings for repairs (`duplicate-field`, `missing-comma`, `unclosed-entry`,
/// `duplicate-key`, `undefined-macro`, `bad-year`, `bad-month`, `crossref-missing`, ...); notices for harmless
/// facts (`text-outside-entries`, `unknown-entry-type`, `no-authors`, `unknown-latex`). Warnings and notices
/// of one code are listed 20 times, then summed up.
public enum BibTeXReader {
    /// How many lines (not blank, not `%` comments) `looksLikeBibTeX` examines.
    static let sniffLines = 50

    /// True when one of the first lines (blank lines and `%` comments skipped) starts with `@type{` or `@type(`.
    public static func looksLikeBibTeX(_ file: TextFile) -> Bool {
        var examined = 0
        for line in file.lines {
            let text = line.utf8.drop { $0 == 0x20 || $0 == 0x09 }
            guard let first = text.first, first != Byte.percent else { continue }
            if isEntryLine(text) { return true }
            examined += 1
            if examined >= sniffLines { return false }
        }
        return false
    }

    /// `@`, optional spaces, a letter-led type name, optional spaces, `{` or `(`.
    static func isEntryLine(_ text: Substring.UTF8View) -> Bool {
        var index = text.startIndex
        guard index < text.endIndex, text[index] == Byte.at else { return false }
        index = text.index(after: index)
        while index < text.endIndex, text[index] == 0x20 || text[index] == 0x09 { index = text.index(after: index) }
        guard index < text.endIndex, Byte.isLetter(text[index]) else { return false }
        while index < text.endIndex, Byte.isNameByte(text[index]) { index = text.index(after: index) }
        while index < text.endIndex, text[index] == 0x20 || text[index] == 0x09 { index = text.index(after: index) }
        return index < text.endIndex && (text[index] == Byte.lbrace || text[index] == Byte.lparen)
    }

    /// Reads one file and resolves the `crossref`s whose parents are in the same file.
    public static func read(_ file: TextFile) -> ParseResult {
        var result = parse(file)
        result.resolveOwnCrossrefs()
        return result
    }

    /// Reads one file, leaving `crossref` inheritance pending (`BibTeXCrossref.resolve`).
    static func parse(_ file: TextFile) -> ParseResult {
        let path = file.path
        var log = IssueLog(path: path, alwaysListed: .errors, issues: file.issues)
        let scanned = BibTeXScanner.scan(file, log: &log)
        var result = ParseResult(file: path, format: .bibtex)
        result.skipped = scanned.skipped
        result.records.reserveCapacity(scanned.entries.count)

        var builder = BibTeXRecordBuilder(path: path, log: log)
        for entry in scanned.entries {
            let label = "@\(entry.type){\(entry.key)"
            if !BibTeXEntryTypes.known.contains(entry.type) {
                builder.log.add(
                    .notice, "unknown-entry-type", line: entry.line,
                    "“@\(entry.type)” is not a BibTeX or BibLaTeX entry type; “\(label)” was read as "
                        + "a record all the same")
            }
            let key = entry.key.lowercased()
            if let first = result.crossrefEntries[key] {
                builder.log.add(
                    .warning, "duplicate-key", line: entry.line,
                    "the citation key “\(entry.key)” is also used at line \(first.line); both entries "
                        + "are kept")
            } else {
                result.crossrefEntries[key] = entry
            }
            if entry.has("crossref") {
                result.pendingCrossrefs.append(PendingCrossref(recordIndex: result.records.count, entry: entry))
            }
            result.records.append(builder.build(entry))
        }
        builder.finish()
        log = builder.log
        if result.recordsRead == 0 {
            log.add(
                .notice, "no-records", line: 1,
                "no BibTeX entries in this file (\(file.lines.count) lines of text)")
        }
        log.summarize()
        result.issues = log.issues
        return result
    }
}
