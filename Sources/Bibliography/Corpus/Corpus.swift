/// The deduplicated, name-resolved corpus that networks are built from, with the full account of how it was made.
public struct Corpus: Sendable {
    /// Unique papers, in first-seen order over sorted inputs. Author `resolved` names are canonical.
    public var papers: [Paper]
    /// Distinct canonical authors, sorted by name.
    public var authors: [Author]
    public var profiles: [Profile]
    public var accounting: Accounting
    public var merges: [NameMerge]
    public var conflicts: [NameConflict]
    public var duplicates: [DuplicateMerge]
    /// Corpus-level issues (incompatible copies, dropped names, owner inference), besides the files' own.
    public var issues: [ParseIssue]
    /// Papers that received their profile's owner as an inferred author.
    public var ownerInferences: [OwnerInference]
    /// Written names kept apart as several people by their author identifiers, sorted by written name.
    public var splitProfiles: [SplitProfile] = []

    /// A canonical author.
    public struct Author: Hashable, Sendable, Codable {
        public var name: String
        public var kind: AuthorKind
        /// Papers listing this author (inferred slots included).
        public var papers: Int
        /// Written forms merged into this name (including the name itself when written that way).
        public var variants: [String]
    }

    /// Every record read, accounted for: read = used + duplicatesMerged + skipped.
    public struct Accounting: Hashable, Sendable, Codable {
        public var files: Int
        public var unreadableFiles: Int
        public var recordsRead: Int
        public var papers: Int
        public var duplicatesMerged: Int
        public var skipped: Int
        public var skippedReasons: [String: Int]
    }

    /// A record that was recognized as a copy of an earlier one.
    public struct DuplicateMerge: Hashable, Sendable, Codable {
        public var kept: SourceLocation
        public var duplicate: SourceLocation
        public var title: String
        public var reason: String
    }

    /// A written name carried with several author identifiers of one scheme ("Wu H." with two Scopus author
    /// ids): possibly one person with split profiles, counted as one node per identifier. The thesaurus rows
    /// merge them on purpose.
    public struct SplitProfile: Hashable, Sendable, Codable {
        /// One of the people: the label its slots are resolved under, its identifier (nil for the slots
        /// without one), the name it is counted as (nil when the thesaurus dropped it) and its papers.
        public struct Part: Hashable, Sendable, Codable {
            public var label: String
            public var identifier: String?
            public var countedAs: String?
            public var papers: Int
        }

        public var written: String
        public var scheme: IdentifierScheme
        public var parts: [Part]
        /// Rows of a thesaurus file (`label<TAB>replace by`) that merge every other part into the first.
        public var thesaurusRows: [String]
    }

    public struct OwnerInference: Hashable, Sendable, Codable {
        public var owner: String
        public var location: SourceLocation
        public var title: String
    }

    public var persons: Int { authors.filter { $0.kind == .person }.count }
    public var groups: Int { authors.filter { $0.kind == .group }.count }
}

/// Choices that shape the corpus.
public struct CorpusOptions: Sendable {
    /// Add a profile's owner as an inferred author of the profile's papers where the list does not show them.
    public var inferProfileOwner = true
    /// Merge initial-compatible person names (see `NameResolver`).
    public var mergeInitials = true
    public var thesaurus = Thesaurus()

    public init(inferProfileOwner: Bool = true, mergeInitials: Bool = true, thesaurus: Thesaurus = Thesaurus()) {
        self.inferProfileOwner = inferProfileOwner
        self.mergeInitials = mergeInitials
        self.thesaurus = thesaurus
    }
}
