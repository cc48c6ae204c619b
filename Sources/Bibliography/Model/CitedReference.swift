/// One cited reference of a paper, parsed into the parts bibliometric tools group references by.
///
/// Readers fill what the export gives: Web of Science `CR` lines ("Smith J, 2001, J APPL PHYS, V89, P123, DOI
/// 10.x/y"), Scopus reference strings, BibTeX `cited-references`, OpenAlex `referenced_works` ids (`workID` only).
/// Identity (which references are one) is decided from these parts by `CitedReference.identityKey`; see
/// docs/networks.md.
public struct CitedReference: Hashable, Sendable, Codable {
    /// The reference exactly as the export wrote it (whitespace collapsed); for OpenAlex the work id.
    public var text: String
    /// The first author as written in the reference ("Smith J", "van Eck NJ"), without trailing punctuation.
    public var firstAuthor: String?
    public var year: Int?
    /// The cited source as written (journal abbreviation in WoS, full title in Scopus).
    public var source: String?
    public var volume: String?
    /// The first page (or article number).
    public var page: String?
    /// Normalized with `DOI` (lower case, no resolver prefix).
    public var doi: String?
    /// An OpenAlex work id (`W…`).
    public var workID: String?

    public init(
        text: String, firstAuthor: String? = nil, year: Int? = nil, source: String? = nil, volume: String? = nil,
        page: String? = nil, doi: String? = nil, workID: String? = nil
    ) {
        self.text = text
        self.firstAuthor = firstAuthor
        self.year = year
        self.source = source
        self.volume = volume
        self.page = page
        self.doi = doi
        self.workID = workID
    }
}
