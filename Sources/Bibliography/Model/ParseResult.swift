/// What one input file gave: its records, its located issues, and (profile pages) its profile header.
public struct ParseResult: Sendable {
    public var file: String
    /// The format that read the file.
    public var format: InputFormat
    public var records: [Paper]
    public var issues: [ParseIssue]
    public var profile: Profile?
    /// Records that were recognized but could not be used, with the reason (each also has an `error` issue).
    public var skipped: [SkippedRecord]
    /// The number of bytes read from the file (set by `InputReader.read`; 0 for text that came from no file).
    public var bytes: Int = 0
    /// The SHA-256 (64 lower-case hex digits) of exactly the bytes that were read and parsed (set by
    /// `InputReader.read`; empty for text that came from no file).
    public var sha256: String = ""
    /// Compact profile lines whose title/author split waits for corpus evidence.
    var pendingSplits: [PendingSplit] = []
    /// BibTeX entries whose `crossref` parent may be in another input (see `BibTeXCrossref`).
    var pendingCrossrefs: [PendingCrossref] = []
    /// This file's BibTeX entries by lower-cased citation key (the first of a key), the parents a `crossref`
    /// may point at; emptied once crossrefs are resolved.
    var crossrefEntries: [String: BibTeXEntry] = [:]

    public init(
        file: String, format: InputFormat, records: [Paper] = [], issues: [ParseIssue] = [],
        profile: Profile? = nil, skipped: [SkippedRecord] = []
    ) {
        self.file = file
        self.format = format
        self.records = records
        self.issues = issues
        self.profile = profile
        self.skipped = skipped
    }

    /// Records read = records returned + records skipped.
    public var recordsRead: Int { records.count + skipped.count }
}

/// A record that was read but not used.
public struct SkippedRecord: Hashable, Sendable, Codable {
    public var location: SourceLocation
    public var reason: String

    public init(location: SourceLocation, reason: String) {
        self.location = location
        self.reason = reason
    }
}

/// The input formats CiteGraph reads.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
    /// The seed profile pages (compact and spaced layouts).
    case profile
    /// A delimited table with a header row (`authors` column, `;`-separated names); also plain CSV.
    case table
    /// BibTeX / BibLaTeX (including the Web of Science and Scopus BibTeX exports).
    case bibtex
    /// RIS tagged records (`TY  -` ... `ER  -`).
    case ris
    /// Web of Science plain text (`FN`/`PT` ... `ER`) or tab-delimited export.
    case wos
    /// Scopus CSV export.
    case scopus
    /// PubMed / MEDLINE (`PMID-` records).
    case medline
    /// OpenAlex works JSON (an API page with `results`, a single work, or JSON Lines).
    case openalex
    /// DBLP XML.
    case dblp
    /// A file whose content no reader recognizes.
    case unknown
}

extension ParseResult {
    /// Keeps the first `limit` authors of every record that lists more, marking the list truncated (as after
    /// "et al.") with one warning per record (`InputLimits.maxAuthorsPerRecord`).
    mutating func capAuthors(at limit: Int) {
        for index in records.indices where records[index].authors.count > limit {
            let count = records[index].authors.count
            records[index].authors.removeLast(count - limit)
            records[index].authorsTruncated = true
            issues.append(
                ParseIssue(
                    .warning, "authors-capped",
                    at: records[index].locations.first ?? SourceLocation(file: file, line: 1),
                    "\(count) authors, over the limit of \(limit) per record: the first \(limit) are kept and the list is marked truncated",
                    excerpt: records[index].title))
        }
    }
}
