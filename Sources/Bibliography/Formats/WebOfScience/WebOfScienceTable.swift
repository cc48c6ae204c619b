/// Reads the Web of Science tab-delimited export: a header row of tags (`PT\tAU\tBA\tBE\t...`), then one record
/// per line. WoS does not quote cells, so a line is split on every tab (a `"` is an ordinary character);
/// multi-valued cells (`AU`, `AF`, `CA`, `CR`, `C1`) are split on `;`, `C1` only outside `[...]`, `CR` only on
/// `; ` (a `;` inside a SICI DOI is not a separator). A row is
/// mapped through `WebOfScienceRecord` like a plain-text record.
///
/// Every non-blank line after the header is a record read. A row too short to reach the `AU` column is skipped
/// (`record-skipped`); other rows whose cell count differs from the header's are read by position with a
/// `field-count` warning.
///
/// - Complexity: O(bytes).
enum WebOfScienceTable {
    /// Tags whose cells hold several values separated by `; `.
    static let itemTags: Set<Substring> = ["AU", "AF", "BA", "BF", "CA", "GP", "BE", "CR", "C1", "EM"]

    /// True when the first non-blank line is a tab-separated row of two-character tags starting with `PT` and
    /// holding `AU` and `TI` or `UT`.
    static func looksLikeTable(_ file: TextFile) -> Bool {
        guard let first = file.lines.first(where: { !TaggedText.isBlank($0) }) else { return false }
        return header(first) != nil
    }

    /// The tags of a header line, or nil when the line is not a WoS header.
    static func header(_ line: String) -> [Substring]? {
        guard line.utf8.contains(0x09) else { return nil }
        let tags = line.split(separator: "\t", omittingEmptySubsequences: false).map { TaggedText.trimmed($0) }
        guard tags.count >= 3, tags[0] == "PT", tags.contains("AU"), tags.contains("TI") || tags.contains("UT"),
            tags.allSatisfy({ $0.isEmpty || isTag($0) })
        else { return nil }
        return tags
    }

    private static func isTag(_ text: Substring) -> Bool {
        let utf8 = Array(text.utf8)
        return utf8.count == 2 && Byte.isUpper(utf8[0])
            && (Byte.isUpper(utf8[1]) || Byte.isDigit(utf8[1]))
    }

    static func read(_ file: TextFile) -> ParseResult {
        var result = ParseResult(file: file.path, format: .wos, issues: file.issues)
        var log = IssueLog(path: file.path)
        guard let headerIndex = file.lines.firstIndex(where: { !TaggedText.isBlank($0) }),
            let tags = header(file.lines[headerIndex])
        else {
            log.finish(&result, emptyMessage: "no Web of Science header row in this file")
            return result
        }
        let headerLine = headerIndex + 1
        let named = tags.enumerated().filter { !$0.element.isEmpty }
        let columnCount = named.last.map { $0.offset + 1 } ?? 0
        let needed = (tags.firstIndex(of: "AU") ?? 0) + 1

        for index in (headerIndex + 1)..<file.lines.count {
            let line = file.lines[index]
            if TaggedText.isBlank(line) { continue }
            let number = index + 1
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            if cells.count < needed {
                log.skip(
                    line: number,
                    reason: "the row has \(cells.count) \(cells.count == 1 ? "cell" : "cells"), "
                        + "but the AU column is column \(needed) of \(columnCount)",
                    excerpt: TaggedText.printable(line))
                continue
            }
            let extra = cells.dropFirst(columnCount).contains { !TaggedText.trimmed($0).isEmpty }
            if cells.count < columnCount || extra {
                log.add(
                    .warning, "field-count", line: number,
                    "the row has \(cells.count) cells, the header has \(columnCount); the row was read by "
                        + "position", excerpt: line)
            }
            var record = WebOfScienceRecord(line: number)
            for (position, tag) in named where position < cells.count {
                let cell = TaggedText.trimmed(cells[position])
                if cell.isEmpty { continue }
                let values: [String]
                if tag == "C1" {
                    values = splitOutsideBrackets(cell)
                } else if tag == "CR" {
                    // `; ` only: a SICI DOI in a reference has a `;` of its own (`…3.0.CO;2-8`).
                    values = TaggedText.split(cell, onString: "; ")
                } else if itemTags.contains(tag) {
                    values = TaggedText.split(cell, on: ";")
                } else {
                    values = [TaggedText.collapsed(cell)]
                }
                record.set(tag, values: values, line: number)
            }
            if let paper = record.paper(path: file.path, log: &log, excerpt: line) {
                result.records.append(paper)
            }
        }
        log.finish(
            &result, summaryLine: headerLine,
            emptyMessage: "the Web of Science table has a header row but no rows")
        return result
    }

    /// `[A; B] Addr 1; [C] Addr 2; Addr 3` → the three items (a `;` inside brackets does not split).
    static func splitOutsideBrackets(_ text: Substring) -> [String] {
        var items: [String] = []
        var depth = 0
        var start = text.startIndex
        for index in text.indices {
            switch text[index] {
            case "[": depth += 1
            case "]": depth = max(0, depth - 1)
            case ";" where depth == 0:
                items.append(TaggedText.collapsed(text[start..<index]))
                start = text.index(after: index)
            default: break
            }
        }
        items.append(TaggedText.collapsed(text[start...]))
        return items.filter { !$0.isEmpty }
    }
}
