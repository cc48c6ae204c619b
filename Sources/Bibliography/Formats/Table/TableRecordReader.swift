/// Reads the "plain table" format: a tab- or comma-delimited table with a header row, such as
/// `gen_coauthor.py`'s papers.tsv or a plain CSV export.
///
/// ```
/// paper_id	year	topic	authors
/// P0000000	2012	F001-T0	A0000040;A0000105;A0000115
/// ```
/// The header must have an authors column; the other columns the reader knows (`TableColumns.Field`: title,
/// year, date, doi, venue, keywords, abstract, topic, id, references) are read when present, under their usual
/// names and synonyms (`author`, `author names`, `creator`; `article title`; `publication year`; `journal`,
/// `venue`, `source`; …), compared case-insensitively with `_` and `-` read as spaces. Other names are given with
/// a `TableColumns` mapping (`--columns authors=Writers,title=Name`). Unused columns are listed in one notice.
/// Authors are separated by `;`, or by ` and ` in a cell without `;`. The delimiter is a tab when the header line
/// contains one, a comma otherwise; quoting follows RFC 4180 (see `DelimitedTableParser`).
///
/// Every data row ends up either as a record or as a skipped record (with an `error` issue `record-skipped`):
/// `records.count + skipped.count` is the number of non-blank data rows. Warnings and notices of one kind are
/// listed for the first `listedPerKind` rows, then summed up in one more issue of the same code.
///
/// - Complexity: O(bytes) time; the records plus O(1) per row of working memory.
public enum TableRecordReader {
    /// How many issues of one code (other than `record-skipped`) are listed before they are only counted.
    public static let listedPerKind = 20

    /// The header row, understood.
    struct Header {
        var delimiter: DelimitedTableParser.Delimiter
        /// 1-based line of the header row.
        var line: Int
        /// The row after the header (1-based line where data may start).
        var dataLine: Int
        /// The header's names, trimmed, as written.
        var names: [String]
        /// Field index of each used column (the first column of a field wins).
        var columns: [TableColumns.Field: Int]
        var issues: [ParseIssue]
    }

    /// True when the first non-empty line is a header (tab- or comma-delimited) with a column for authors.
    public static func looksLikeTable(_ file: TextFile, columns: TableColumns = TableColumns()) -> Bool {
        guard let fields = firstLineFields(file) else { return false }
        return fields.contains { columns.field(forNormalizedHeader: TableColumns.normalize($0)) == .authors }
    }

    /// For a file no reader recognized: when its first line is a delimited header with at least one known column
    /// (title, year, …) but none for authors, the notice that says so at that line; nil otherwise.
    public static func missingAuthorsNotice(_ file: TextFile, columns: TableColumns = TableColumns()) -> ParseIssue? {
        guard let header = readHeader(file, columns: columns), header.names.count >= 2,
            header.columns[.authors] == nil, !header.columns.isEmpty
        else { return nil }
        return ParseIssue(
            .notice, "no-authors-column", at: SourceLocation(file: file.path, line: header.line),
            "this looks like a table, but its header has no authors column, so no records were read "
                + "(columns: \(quotedList(header.names))); \(authorsHint(columns))",
            excerpt: file.line(header.line))
    }

    /// Reads every row of the table. Never fails: problems are issues of the result.
    public static func read(_ file: TextFile, columns: TableColumns = TableColumns()) -> ParseResult {
        var result = ParseResult(file: file.path, format: .table, issues: file.issues)
        let path = file.path
        guard let header = readHeader(file, columns: columns) else {
            result.issues.append(
                ParseIssue(
                    .notice, "no-records", at: SourceLocation(file: path, line: 1),
                    "the file is empty: no header row and no rows"))
            return result
        }
        result.issues.append(contentsOf: header.issues)
        guard let rows = RowReader(file: file, header: header) else {
            result.issues.append(
                ParseIssue(
                    .error, "no-authors-column", at: SourceLocation(file: path, line: header.line),
                    "the header row has no authors column, so the table cannot be read (columns: "
                        + quotedList(header.names) + "); " + authorsHint(columns),
                    excerpt: file.line(header.line)))
            return result
        }
        var parser = DelimitedTableParser(file, delimiter: header.delimiter, startLine: header.dataLine)
        var log = IssueLog(limit: listedPerKind, unit: "rows")
        // One record a line at most; avoids regrowing a large array of records.
        result.records.reserveCapacity(max(0, file.lines.count - header.dataLine + 1))
        while let row = parser.next() {
            for issue in parser.takeIssues() { log.add(issue.code, to: &result.issues) { issue } }
            rows.add(row, to: &result, log: &log)
        }
        for issue in parser.takeIssues() { log.add(issue.code, to: &result.issues) { issue } }
        log.summarize(at: SourceLocation(file: path, line: header.line), into: &result.issues)

        if result.recordsRead == 0 {
            result.issues.append(
                ParseIssue(
                    .notice, "no-records", at: SourceLocation(file: path, line: header.line),
                    "the table has a header row but no rows"))
        }
        return result
    }

    /// Turns rows into records for one header.
    struct RowReader: Sendable {
        let file: TextFile
        let header: Header
        let authorsIndex: Int
        let title, year, date, topic, keywords, doi, id, venue, abstract, references: Int?

        init?(file: TextFile, header: Header) {
            guard let authors = header.columns[.authors] else { return nil }
            self.file = file
            self.header = header
            authorsIndex = authors
            title = header.columns[.title]
            year = header.columns[.year]
            date = header.columns[.date]
            topic = header.columns[.topic]
            keywords = header.columns[.keywords]
            doi = header.columns[.doi]
            id = header.columns[.id]
            venue = header.columns[.venue]
            abstract = header.columns[.abstract]
            references = header.columns[.references]
        }

        /// Appends the row's record (or skipped record) and issues to `result`.
        func add(_ row: DelimitedTableParser.Row, to result: inout ParseResult, log: inout IssueLog) {
            let fields = row.fields
            // A row of empty cells (",,,") carries nothing: it is a blank line.
            if fields.allSatisfy({ TableRecordReader.isBlankCell($0) }) { return }
            let location = SourceLocation(file: file.path, line: row.line)
            let needed = authorsIndex + 1
            let columnCount = header.names.count

            if fields.count < needed {
                let reason =
                    "row has \(fields.count) \(fields.count == 1 ? "field" : "fields"), but the authors "
                    + "column is column \(needed) of \(columnCount)"
                skip(location, reason: reason, into: &result)
                return
            }
            if fields.count != columnCount {
                log.add("field-count", to: &result.issues) {
                    ParseIssue(
                        .warning, "field-count", at: location,
                        "row has \(fields.count) \(fields.count == 1 ? "field" : "fields"), the header has "
                            + "\(columnCount); the row was read by position",
                        excerpt: file.line(row.line))
                }
            }

            func cell(_ index: Int?) -> Substring? {
                guard let index, index < fields.count else { return nil }
                return fields[index]
            }

            let (names, truncated) = TableRecordReader.splitAuthors(fields[authorsIndex])
            let title = cell(self.title).map(TableRecordReader.collapsed) ?? ""
            if names.isEmpty && title.isEmpty {
                skip(location, reason: "row has neither authors nor a title", into: &result)
                return
            }

            var paper = Paper(
                title: title, authors: names.map { AuthorName(written: $0) },
                authorsTruncated: truncated, locations: [location])
            if names.isEmpty {
                log.add("no-authors", to: &result.issues) {
                    ParseIssue(
                        .notice, "no-authors", at: location,
                        "row has a title but no authors; it was kept without authors", excerpt: title)
                }
            }
            setDate(of: &paper, year: cell(year), date: cell(date), at: location, log: &log, issues: &result.issues)
            if let topic = cell(topic).map(TableRecordReader.collapsed), !topic.isEmpty { paper.topics = [topic] }
            if let keywords = cell(keywords) {
                paper.topics += TableRecordReader.splitList(keywords)
            }
            if let doi = cell(doi).flatMap({ DOI.normalized($0) }) { paper.identifiers[.doi] = doi }
            if let id = cell(id).map(TableRecordReader.collapsed), !id.isEmpty { paper.identifiers[.sourceID] = id }
            if let venue = cell(venue).map(TableRecordReader.collapsed), !venue.isEmpty { paper.venue = venue }
            if let abstract = cell(abstract).map(TableRecordReader.collapsed), !abstract.isEmpty {
                paper.abstract = abstract
            }
            if let refs = cell(references) { paper.references = TableRecordReader.splitList(refs) }
            result.records.append(paper)
        }

        /// Year from the year cell (else the date cell); month and day from the date cell when its year agrees.
        /// A cell that is not a year or date is a `bad-year` or `bad-date` warning.
        private func setDate(
            of paper: inout Paper, year yearCell: Substring?, date dateCell: Substring?, at location: SourceLocation,
            log: inout IssueLog, issues: inout [ParseIssue]
        ) {
            if let yearCell {
                switch PartialDate.yearCell(yearCell) {
                case .none: break
                case let .year(value): paper.year = value
                case let .invalid(message):
                    log.add("bad-year", to: &issues) {
                        ParseIssue(
                            .warning, "bad-year", at: location, message + "; the year was left empty",
                            excerpt: String(yearCell))
                    }
                }
            }
            guard let dateCell else { return }
            switch PartialDate.dateCell(dateCell) {
            case .none: break
            case let .date(date):
                if paper.year == nil { paper.year = date.year }
                if paper.year == date.year {
                    paper.month = date.month
                    paper.day = date.day
                }
            case let .invalid(message):
                log.add("bad-date", to: &issues) {
                    ParseIssue(
                        .warning, "bad-date", at: location, message + "; the date was left empty",
                        excerpt: String(dateCell))
                }
            }
        }

        private func skip(_ location: SourceLocation, reason: String, into result: inout ParseResult) {
            result.skipped.append(SkippedRecord(location: location, reason: reason))
            result.issues.append(
                ParseIssue(
                    .error, "record-skipped", at: location, "row skipped: \(reason)",
                    excerpt: file.line(location.line)))
        }
    }

    // MARK: - Header

    /// The fields of the first non-empty line, read as a delimited row.
    private static func firstLineFields(_ file: TextFile) -> [Substring]? {
        guard let index = file.lines.firstIndex(where: { !DelimitedTableParser.isBlank($0) }) else { return nil }
        let line = file.lines[index]
        var parser = DelimitedTableParser(lines: [line], path: file.path, delimiter: .detect(header: line))
        return parser.next()?.fields
    }

    static func readHeader(_ file: TextFile, columns mapping: TableColumns) -> Header? {
        guard let index = file.lines.firstIndex(where: { !DelimitedTableParser.isBlank($0) }) else { return nil }
        let delimiter = DelimitedTableParser.Delimiter.detect(header: file.lines[index])
        var parser = DelimitedTableParser(file, delimiter: delimiter, startLine: index + 1)
        guard let row = parser.next() else { return nil }
        var issues = parser.issues
        let location = SourceLocation(file: file.path, line: row.line)
        let names = row.fields.map { String(trimmed($0)) }
        var columns: [TableColumns.Field: Int] = [:]
        var unused: [String] = []
        for (position, name) in names.enumerated() {
            guard let field = mapping.field(forNormalizedHeader: TableColumns.normalize(name)) else {
                unused.append(name.isEmpty ? "column \(position + 1) (no name)" : "“\(name)”")
                continue
            }
            if let first = columns[field] {
                issues.append(
                    ParseIssue(
                        .notice, "duplicate-column", at: location,
                        "the header has “\(names[first])” in column \(first + 1) and "
                            + "“\(name)” in column \(position + 1); only column \(first + 1) is used"))
            } else {
                columns[field] = position
            }
        }
        if columns[.authors] != nil {
            for field in TableColumns.Field.allCases where columns[field] == nil {
                guard let wanted = mapping.mapping[field] else { continue }
                issues.append(
                    ParseIssue(
                        .warning, "column-not-found", at: location,
                        "--columns names “\(wanted)” for \(field.rawValue), but the header has no "
                            + "such column; \(field.rawValue) was not read"))
            }
            if !unused.isEmpty {
                let noun = unused.count == 1 ? "column is" : "columns are"
                issues.append(
                    ParseIssue(
                        .notice, "unknown-columns", at: location,
                        "\(unused.count) \(noun) not used: " + unused.joined(separator: ", ")))
            }
        }
        return Header(
            delimiter: delimiter, line: row.line, dataLine: row.lastLine + 1, names: names,
            columns: columns, issues: issues)
    }

    private static func quotedList(_ names: [String]) -> String {
        names.map { "“\($0)”" }.joined(separator: ", ")
    }

    private static func authorsHint(_ columns: TableColumns) -> String {
        if let wanted = columns.mapping[.authors] {
            return "--columns names “\(wanted)” for authors, but the header has no such column"
        }
        return "name the authors column with --columns authors=<column>"
    }
}
