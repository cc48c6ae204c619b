/// One bibliographic record: a paper as read from a source, or (after deduplication) the union of its copies.
///
/// Dates are partial on purpose: a missing year stays `nil` and is never invented.
public struct Paper: Hashable, Sendable, Codable {
    public var title: String
    /// Authors in source order.
    public var authors: [AuthorName]
    /// The source list ended in "et al." (or an equivalent): more authors exist than are listed.
    public var authorsTruncated: Bool
    /// Affiliations as given (profile pages give institution slugs such as `deepmind`).
    public var affiliations: [String]
    /// Topic codes (`CV`, `LG`, ...) or topic labels: every keyword of every kind, as before keywords had kinds.
    public var topics: [String]
    /// Keywords the authors gave (WoS `DE`, Scopus "Author Keywords", RIS `KW`, BibTeX `keywords`, OpenAlex
    /// `keywords`), as written, distinct.
    public var authorKeywords: [String] = []
    /// Keywords an indexer gave (WoS `ID` Keywords Plus, Scopus "Index Keywords", MEDLINE `MH`/`OT`, OpenAlex
    /// concepts/topics), as written, distinct.
    public var indexedKeywords: [String] = []
    /// Organizations of the paper's addresses (one per address, distinct, in source order); see docs/networks.md.
    public var organizations: [String] = []
    /// Countries of the paper's addresses as ISO 3166-1 alpha-2 codes (distinct, in source order).
    public var countries: [String] = []
    /// The source's abbreviated title where the export gives one (WoS `J9`/`JI`, Scopus "Abbreviated Source
    /// Title"); `venue` holds the full title.
    public var sourceAbbreviation: String?
    /// Times cited as the export states it (WoS `TC`, Scopus "Cited by", OpenAlex `cited_by_count`).
    public var timesCited: Int?
    /// The cited references parsed into parts, one per reference the export lists (repeats kept).
    public var citedReferences: [CitedReference] = []
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var venue: String?
    /// Identifiers by scheme: `doi` (normalized with `DOI`), `sourceID` (a source's own id), ...
    public var identifiers: [IdentifierScheme: String]
    public var abstract: String?
    /// The source marked the paper as having code.
    public var hasCode: Bool
    /// A source-given score (the profile pages' leading number such as `54.9`).
    public var score: Double?
    /// Every place this record was read from; a deduplicated paper keeps all of its copies' locations.
    public var locations: [SourceLocation]
    /// Works this paper cites, as the source identifies them (DOIs, source ids, or reference strings).
    public var references: [String]

    public init(
        title: String, authors: [AuthorName] = [], authorsTruncated: Bool = false,
        affiliations: [String] = [], topics: [String] = [],
        year: Int? = nil, month: Int? = nil, day: Int? = nil, venue: String? = nil,
        identifiers: [IdentifierScheme: String] = [:], abstract: String? = nil,
        hasCode: Bool = false, score: Double? = nil, locations: [SourceLocation] = [], references: [String] = []
    ) {
        self.title = title
        self.authors = authors
        self.authorsTruncated = authorsTruncated
        self.affiliations = affiliations
        self.topics = topics
        self.year = year
        self.month = month
        self.day = day
        self.venue = venue
        self.identifiers = identifiers
        self.abstract = abstract
        self.hasCode = hasCode
        self.score = score
        self.locations = locations
        self.references = references
    }

    /// The first location (where the record starts in its first source).
    public var location: SourceLocation? { locations.first }
    public var doi: String? { identifiers[.doi] }
}
