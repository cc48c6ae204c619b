/// A reader for one input format. `InputReader` asks each registered reader, in order, whether a file looks like
/// its format, and reads the file with the first that says yes (or with the one `--input-format` names).
///
/// Readers never throw per record: a record that cannot be used becomes a `SkippedRecord` plus an `error`
/// issue at its line, and reading goes on with the next record.
protocol RecordFormatReader {
    /// The format this reader reads.
    static var format: InputFormat { get }
    /// Cheap content sniffing (the first lines or bytes); must not parse the whole file.
    static func looksLike(_ file: TextFile) -> Bool
    /// Reads every record of the file. The result's `issues` start with `file.issues`. Work that needs every
    /// input (profile splits, BibTeX `crossref` across files) may be left pending for `InputReader` to finish.
    static func parse(_ file: TextFile) -> ParseResult
    /// Reads every record of the file and finishes any pending work (the public entry point of a reader).
    static func read(_ file: TextFile) -> ParseResult
}

extension RecordFormatReader {
    /// Readers that leave nothing pending parse by reading.
    static func parse(_ file: TextFile) -> ParseResult { read(file) }
}

/// The readers `InputReader` detects, in the order they are asked. Specific formats come before generic ones
/// (a Scopus or WoS tab-delimited export is also a delimited table; the table reader is asked last but one,
/// the profile-page reader last).
enum RecordFormats {
    /// Computed, not stored: a list of metatypes is not `Sendable`, and there is no state to share.
    static var readers: [any RecordFormatReader.Type] {
        [
            BibTeXReader.self,
            RISReader.self,
            WebOfScienceReader.self,
            ScopusReader.self,
            MedlineReader.self,
            OpenAlexReader.self,
            DBLPReader.self,
            TableRecordReader.self,
            ProfilePageParser.self,
        ]
    }

    static func reader(for format: InputFormat) -> (any RecordFormatReader.Type)? {
        readers.first { $0.format == format }
    }
}

extension ProfilePageParser: RecordFormatReader {
    static var format: InputFormat { .profile }
    static func looksLike(_ file: TextFile) -> Bool { looksLikeProfilePage(file) }
}

extension TableRecordReader: RecordFormatReader {
    static var format: InputFormat { .table }
    static func looksLike(_ file: TextFile) -> Bool { looksLikeTable(file) }
    static func read(_ file: TextFile) -> ParseResult { read(file, columns: TableColumns()) }
}

extension RISReader: RecordFormatReader {
    static var format: InputFormat { .ris }
    static func looksLike(_ file: TextFile) -> Bool { looksLikeRIS(file) }
}

extension WebOfScienceReader: RecordFormatReader {
    static var format: InputFormat { .wos }
    static func looksLike(_ file: TextFile) -> Bool { looksLikeWebOfScience(file) }
}

extension ScopusReader: RecordFormatReader {
    static var format: InputFormat { .scopus }
    static func looksLike(_ file: TextFile) -> Bool { looksLikeScopus(file) }
}

extension MedlineReader: RecordFormatReader {
    static var format: InputFormat { .medline }
    static func looksLike(_ file: TextFile) -> Bool { looksLikeMedline(file) }
}

extension BibTeXReader: RecordFormatReader {
    static var format: InputFormat { .bibtex }
    static func looksLike(_ file: TextFile) -> Bool { looksLikeBibTeX(file) }
}
