/// The header of a profile page: whose papers these are and the site's summary figures.
public struct Profile: Hashable, Sendable, Codable {
    /// The profile owner (the person whose paper list this is).
    public var owner: String
    public var topic: String?
    public var hIndex: Int?
    /// The number of papers the header announces (compare with the records read).
    public var papers: Int?
    public var citations: Int?
    /// `Novelty60%` as 60.
    public var noveltyPercent: Double?
    public var aiScore: Double?
    public var location: SourceLocation

    public init(
        owner: String, topic: String? = nil, hIndex: Int? = nil, papers: Int? = nil, citations: Int? = nil,
        noveltyPercent: Double? = nil, aiScore: Double? = nil, location: SourceLocation
    ) {
        self.owner = owner
        self.topic = topic
        self.hIndex = hIndex
        self.papers = papers
        self.citations = citations
        self.noveltyPercent = noveltyPercent
        self.aiScore = aiScore
        self.location = location
    }
}
