/// Whether an author string names a person or a collective ("Gemini Team", "SIMA team").
public enum AuthorKind: String, Sendable, Codable, Hashable {
    case person
    case group
}

/// One author slot of a paper: the name as written, what it resolved to, and how it got there.
public struct AuthorName: Hashable, Sendable, Codable {
    /// The name exactly as the source wrote it (whitespace collapsed).
    public var written: String
    /// Person or group, decided from the written form (see `GroupNames`).
    public var kind: AuthorKind
    /// The canonical name after resolution; equal to `written` until a corpus resolves it.
    public var resolved: String
    /// True when the author is not in the source list but was added by an inference (the profile owner).
    public var inferred: Bool
    /// Author identifiers given by the source: `orcid` (bare `0000-0002-...`),
    /// `openalex` (`A123...`), `scopus` (the Scopus author id). An id match wins in name resolution and
    /// conflicting ids forbid a merge.
    public var identifiers: [IdentifierScheme: String]
    /// Affiliations the source attaches to this author slot (WoS `C1`, MEDLINE `AD`, OpenAlex institutions).
    public var affiliations: [String]

    public init(
        written: String, kind: AuthorKind? = nil, resolved: String? = nil, inferred: Bool = false,
        identifiers: [IdentifierScheme: String] = [:], affiliations: [String] = []
    ) {
        self.written = written
        self.kind = kind ?? GroupNames.kind(of: written)
        self.resolved = resolved ?? written
        self.inferred = inferred
        self.identifiers = identifiers
        self.affiliations = affiliations
    }
}
