/// Reads a Scopus CSV export: a header row (`Authors,Author(s) ID,Title,Year,Source title,...,EID`), then one
/// record per row; cells are quoted (RFC 4180, see `DelimitedTableParser`) and may span lines; the file often
/// starts with a byte order mark.
///
/// | column | becomes |
/// |---|---|
/// | `Author full names` (`Last, First (id)`, newer exports) when it lists as many names as `Authors`, else `Authors` | authors |
/// | `Author(s) ID` (`;`-separated, parallel to the authors) | each author's `identifiers[.scopus]` |
/// | `Title`, `Year`, `Source title` | title, year, venue |
/// | `DOI`; `EID` | `identifiers[.doi]`; `identifiers[.scopus]` and `identifiers[.sourceID]`; `PubMed ID` → `pmid` |
/// | `Author Keywords`, `Index Keywords` | topics |
/// | `Abstract` (`[No abstract available]` is none) | abstract |
/// | `Affiliations` (`; `); `Authors with affiliations` | paper affiliations; each author's affiliation |
/// | `References` (`; `) | references: the DOI when the reference gives one, else its text |
///
/// `[No author name available]` / `[No author id available]` stand for no author. Every non-blank data row is a
/// record read. A row too short to reach the `Authors` column, a row with neither title nor authors, and the row
/// whose quoted cell is never closed (an unterminated quote at the end of the file) are skipped with an error;
/// rows with another number of cells than the header are read as `ScopusColumns` explains.
///
/// - Complexity: O(bytes).
public enum ScopusReader {
    /// True when the first non-blank line is a header row with `Authors` and `Source title` or `EID`.
    public static func looksLikeScopus(_ file: TextFile) -> Bool {
        guard let line = file.lines.first(where: { !TaggedText.isBlank($0) }), !line.utf8.contains(0x09) else {
            return false
        }
        var parser = DelimitedTableParser(lines: [line], path: file.path, delimiter: .comma)
        guard let row = parser.next() else { return false }
        return ScopusColumns.isScopusHeader(row.fields)
    }

    /// Reads every row. Never fails: problems are issues of the result.
    public static func read(_ file: TextFile) -> ParseResult {
        var result = ParseResult(file: file.path, format: .scopus, issues: file.issues)
        var log = IssueLog(path: file.path)
        guard let headerIndex = file.lines.firstIndex(where: { !TaggedText.isBlank($0) }) else {
            log.finish(&result, emptyMessage: "the file is empty: no header row and no rows")
            return result
        }
        var parser = DelimitedTableParser(file, delimiter: .comma, startLine: headerIndex + 1)
        guard let headerRow = parser.next() else {
            log.finish(&result, emptyMessage: "the file is empty: no header row and no rows")
            return result
        }
        for issue in parser.takeIssues() { log.add(issue) }
        let header = ScopusColumns(names: headerRow.fields.map { String(TaggedText.trimmed($0)) })
        guard let authorsIndex = header.columns[.authors] else {
            log.add(
                .error, "no-authors-column", line: headerRow.line,
                "the header row has no “Authors” column, so the Scopus export cannot be read",
                excerpt: file.line(headerRow.line))
            log.finish(&result, emptyMessage: "no Scopus records in this file")
            return result
        }

        while let row = parser.next() {
            for issue in parser.takeIssues() { log.add(issue) }
            if row.fields.allSatisfy({ TaggedText.trimmed($0).isEmpty }) { continue }
            let excerpt = file.line(row.line)
            if let open = parser.unterminatedQuote, open.rowLine == row.line {
                log.skip(
                    line: row.line,
                    reason: "a quoted cell opened on line \(open.quoteLine) is never closed, so "
                        + "the row's cells cannot be told apart", excerpt: excerpt)
                continue
            }
            if row.fields.count <= authorsIndex {
                log.skip(
                    line: row.line,
                    reason: "the row has \(row.fields.count) "
                        + (row.fields.count == 1 ? "cell" : "cells") + ", but the Authors column is column "
                        + "\(authorsIndex + 1) of \(header.names.count)", excerpt: excerpt)
                continue
            }
            let alignment = header.alignment(of: row.fields)
            if row.fields.count != header.names.count {
                let how: String
                if case let .shifted(after, shift) = alignment {
                    how =
                        "the \(shift == 1 ? "extra cell was" : "\(shift) extra cells were") read as more "
                        + "“\(header.names[after])” cells, so the columns after it were shifted"
                } else {
                    how = "the row was read by position"
                }
                log.add(
                    .warning, "field-count", line: row.line,
                    "the row has \(row.fields.count) cells, the header names \(header.names.count); " + how,
                    excerpt: excerpt)
            }
            if let paper = ScopusRecord(header: header, cells: row.fields, alignment: alignment)
                .paper(path: file.path, line: row.line, log: &log, excerpt: excerpt)
            {
                result.records.append(paper)
            }
        }
        for issue in parser.takeIssues() { log.add(issue) }
        log.finish(&result, summaryLine: headerRow.line, emptyMessage: "the Scopus export has a header row but no rows")
        return result
    }
}
