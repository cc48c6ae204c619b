import Foundation

/// Reads every input (files or folders) with the reader its content calls for, then resolves BibTeX `crossref`s
/// across all inputs and decides the profile pages' ambiguous title/author splits with evidence from all inputs
/// together.
public enum InputReader {
    public struct Batch: Sendable {
        /// One result per file read, in input order (folders expanded in sorted order); each carries the file's
        /// `bytes` and `sha256` as read.
        public var results: [ParseResult]
        /// Inputs that could not be read at all.
        public var errors: [InputError]
        /// Notices about the inputs themselves rather than one file's content (output folders left out).
        public var notices: [ParseIssue] = []

        public var records: [Paper] { results.flatMap(\.records) }
        public var issues: [ParseIssue] { notices + results.flatMap(\.issues) }
        public var profiles: [Profile] { results.compactMap(\.profile) }

        public init(results: [ParseResult], errors: [InputError], notices: [ParseIssue] = []) {
            self.results = results
            self.errors = errors
            self.notices = notices
        }
    }

    /// Reads `inputs`; `format` forces a reader instead of detecting it from the content; `columns` maps the
    /// header names of plain tables (`TableRecordReader`) to record fields; folders in `excluding` (the output
    /// folder) are not read, nor any CiteGraph output (see `InputCollector`); `limits` bounds file sizes, the
    /// records of a run and the authors of a record.
    public static func read(
        _ inputs: [String], format: InputFormat? = nil,
        columns: TableColumns = TableColumns(), excluding: [String] = [], limits: InputLimits = .standard
    ) -> Batch {
        let collected = InputCollector.collect(inputs, excluding: excluding)
        var errors = collected.errors
        var results: [ParseResult] = []
        var recordCount = 0
        for path in collected.files {
            guard recordCount < limits.maxRecords else {
                errors.append(.recordLimit(path: path, limit: limits.maxRecords))
                continue
            }
            do {
                let (file, sha256) = try TextFile.readWithDigest(path: path, limits: limits)
                var result = read(file, format: format, columns: columns)
                result.bytes = file.byteCount
                result.sha256 = sha256
                result.capAuthors(at: limits.maxAuthorsPerRecord)
                recordCount += result.recordsRead
                results.append(result)
            } catch let error as InputError {
                errors.append(error)
            } catch {
                errors.append(.unreadable(path: path, reason: "\(error)"))
            }
        }
        return finish(results, errors: errors, notices: collected.notices)
    }

    /// Reads bytes as the content of the file at `path` (which is not opened), exactly as `read(_:format:columns:)`
    /// reads that one file: the fuzzing harness and tests use it.
    public static func read(
        data: Data, path: String, format: InputFormat? = nil, columns: TableColumns = TableColumns()
    ) -> Batch {
        let file = TextFile.decode(data, path: path)
        var result = read(file, format: format, columns: columns)
        result.bytes = file.byteCount
        result.capAuthors(at: InputLimits.standard.maxAuthorsPerRecord)
        return finish([result], errors: [], notices: [])
    }

    /// The work that needs every input: BibTeX `crossref`s across files, then the profile pages' title/author
    /// splits decided with the name evidence of all inputs.
    static func finish(_ parsed: [ParseResult], errors: [InputError], notices: [ParseIssue]) -> Batch {
        var results = parsed
        BibTeXCrossref.resolve(&results)
        var evidence = NameEvidence()
        for result in results { result.addEvidence(to: &evidence) }
        for index in results.indices { results[index].resolveSplits(with: evidence) }
        return Batch(results: results, errors: errors, notices: notices)
    }

    /// Reads one decoded file, leaving profile splits pending (see `read(_:format:)`).
    static func read(_ file: TextFile, format: InputFormat?, columns: TableColumns = TableColumns()) -> ParseResult {
        let chosen = format ?? detect(file, columns: columns)
        if chosen == .table { return TableRecordReader.read(file, columns: columns) }
        if let reader = RecordFormats.reader(for: chosen) { return reader.parse(file) }
        var result = ParseResult(file: file.path, format: .unknown, issues: file.issues)
        if chosen == .unknown, let notice = TableRecordReader.missingAuthorsNotice(file, columns: columns) {
            result.issues.append(notice)
            return result
        }
        let nonEmpty = file.lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
        let what: String
        if file.byteCount == 0 {
            what = "the file is empty"
        } else if chosen != .unknown {
            what = "no reader for --input-format \(chosen.rawValue) yet"
        } else {
            what = "\(nonEmpty) non-empty lines of text in no known record format"
        }
        result.issues.append(
            ParseIssue(
                .notice, "no-records", at: SourceLocation(file: file.path, line: 1),
                "no records in this file: \(what)",
                excerpt: file.lines.first { !$0.isEmpty }))
        return result
    }

    /// Detects the format from the content: the first registered reader that recognizes it (a plain table is
    /// recognized by its header, with `columns` naming the authors column when its name is not a usual one).
    public static func detect(_ file: TextFile, columns: TableColumns = TableColumns()) -> InputFormat {
        RecordFormats.readers.first {
            $0.format == .table ? TableRecordReader.looksLikeTable(file, columns: columns) : $0.looksLike(file)
        }?.format ?? .unknown
    }
}
