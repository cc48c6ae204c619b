/// The schemes of paper and author identifiers: the keys of `Paper.identifiers` and `AuthorName.identifiers`.
///
/// The raw values are the lower-case keys the records have always used (they are the JSON keys when a record is
/// encoded): `pubmed` is `"pmid"`, `sourceID` (the id a source gives its own record) is `"id"`. Schemes order by
/// raw value, so iterating sorted identifiers gives the order sorted string keys gave.
public enum IdentifierScheme: String, CaseIterable, Sendable, Hashable, Codable, CodingKeyRepresentable, Comparable {
    case arxiv
    /// A DBLP `crossref` (the key of the proceedings a paper appeared in).
    case crossref
    case dblp
    /// Normalized with `DOI`: lower case, no resolver prefix.
    case doi
    case isbn
    case issn
    case openalex
    case orcid
    case pmc
    case pubmed = "pmid"
    case researcherID = "researcherid"
    /// A Scopus EID (papers) or Scopus author id (authors).
    case scopus
    /// The id a source gives its own record (a BibTeX key, a WoS UT as written, an OpenAlex `W…`).
    case sourceID = "id"
    case url
    /// A Web of Science UT (accession number).
    case wos

    public static func < (a: IdentifierScheme, b: IdentifierScheme) -> Bool { a.rawValue < b.rawValue }

    /// The schemes that identify one work across sources (deduplication matches on them), in the order they are
    /// tried.
    public static let works: [IdentifierScheme] = [.doi, .openalex, .wos, .pubmed, .scopus, .dblp]

    /// The schemes that identify one person across sources (name resolution matches on them).
    public static let authors: [IdentifierScheme] = [.orcid, .openalex, .scopus]

    /// How reports name a work identifier of this scheme ("DOI", "Web of Science UT", ...).
    public var workLabel: String {
        switch self {
        case .doi: "DOI"
        case .openalex: "OpenAlex id"
        case .wos: "Web of Science UT"
        case .pubmed: "PubMed id"
        case .scopus: "Scopus EID"
        case .dblp: "DBLP key"
        default: rawValue
        }
    }

    /// How reports name an author identifier of this scheme ("ORCID", "Scopus author id", ...).
    public var authorLabel: String {
        switch self {
        case .orcid: "ORCID"
        case .openalex: "OpenAlex author id"
        case .scopus: "Scopus author id"
        default: rawValue
        }
    }
}
