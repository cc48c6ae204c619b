import Testing

@testable import Bibliography

/// The whole seeds/ folder, read as a user would.
@Suite struct CorpusBuilderTests {
    static let batch = InputReader.read([Fixture.seedsPath])

    @Test func seedsAreAccountedForRecordByRecord() {
        let corpus = CorpusBuilder.build(Self.batch)
        let a = corpus.accounting
        #expect(a.files == 5)
        #expect(a.recordsRead == 107)  // 18 + 22 + 0 + 33 + 34
        #expect(a.skipped == 0)
        #expect(a.duplicatesMerged == 6)
        #expect(a.papers == 101)
        #expect(a.recordsRead == a.papers + a.duplicatesMerged + a.skipped)
        #expect(Self.batch.results.map(\.records.count) == [18, 22, 0, 33, 34])
    }

    @Test func pagesWithoutHeaderNameTheirMostFrequentAuthor() {
        let notices = Self.batch.issues.filter { $0.code == "owner-unknown" }
        #expect(notices.count == 3)
        #expect(notices.first?.message.contains("Drew A. Hudson (9 of 18 records)") == true)
    }

    @Test func noSplitInTheSeedsIsAGuess() {
        #expect(!Self.batch.issues.contains { $0.severity >= .warning })
        #expect(Self.batch.issues.filter { $0.code == "no-records" }.count == 1)
    }

    @Test func duplicateKeepsEveryLocationAndUnitesInformation() throws {
        let corpus = CorpusBuilder.build(Self.batch)
        let gemini = try #require(corpus.papers.first { $0.title.hasPrefix("Gemini 1.5") })
        #expect(gemini.locations.count == 2)
        #expect(gemini.locations.map(\.file).contains { $0.hasSuffix("003_9fd0fcdcff72a996.txt") })
        #expect(gemini.affiliations == ["deepmind", "mila"])
        let soda = try #require(corpus.papers.first { $0.title.hasPrefix("SODA") })
        #expect(soda.locations.map(\.line) == [1, 4])
    }

    @Test func namesMergedWithRules() {
        let corpus = CorpusBuilder.build(Self.batch)
        let merged = Dictionary(uniqueKeysWithValues: corpus.merges.map { ($0.variant, $0) })
        #expect(merged["Matko Bosnjak"]?.canonical == "Matko Bošnjak")
        #expect(merged["Matko Bosnjak"]?.rule == .fold)
        #expect(merged["SIMA team"]?.canonical == "SIMA Team")
        #expect(merged["Andrew Lampinen"]?.canonical == "Andrew K. Lampinen")
        #expect(merged["Andrew Lampinen"]?.rule == .initials)
        #expect(merged["David Barrett"]?.canonical == "David G. T. Barrett")
        #expect(merged["Sam Ritter"] == nil)
        #expect(corpus.groups == 3)  // SIMA Team, Gemini Team, DeepMind Interactive Agents Team
        #expect(corpus.authors.first { $0.name == "SIMA Team" }?.papers == 2)
    }

    @Test func profileOwnerIsInferredWhereHiddenByEtAl() throws {
        let corpus = CorpusBuilder.build(Self.batch)
        #expect(corpus.profiles.map(\.owner) == ["S. M. Ali Eslami"])
        // 33 papers on the profile; 8 show the owner before "et al.".
        #expect(corpus.ownerInferences.count == 25)
        let eslami = try #require(corpus.authors.first { $0.name == "S. M. Ali Eslami" })
        #expect(eslami.papers == 33)
        let medicine = try #require(corpus.papers.first { $0.title == "Capabilities of Gemini Models in Medicine" })
        #expect(medicine.authors.last?.inferred == true)
        #expect(medicine.authors.last?.resolved == "S. M. Ali Eslami")
    }

    @Test func ownerInferenceCanBeSwitchedOff() throws {
        let corpus = CorpusBuilder.build(Self.batch, options: CorpusOptions(inferProfileOwner: false))
        #expect(corpus.ownerInferences.isEmpty)
        #expect(corpus.authors.first { $0.name == "S. M. Ali Eslami" }?.papers == 8)
    }

    @Test func sameBuildTwiceIsIdentical() {
        let a = CorpusBuilder.build(Self.batch), b = CorpusBuilder.build(InputReader.read([Fixture.seedsPath]))
        #expect(a.papers == b.papers)
        #expect(a.authors == b.authors)
        #expect(a.merges == b.merges)
    }
}

@Suite struct DeduplicatorTests {
    func paper(
        _ title: String, _ authors: [String], truncated: Bool = true, file: String = "a", line: Int = 1,
        affiliations: [String] = [], year: Int? = 2020
    ) -> Paper {
        Paper(
            title: title, authors: authors.map { AuthorName(written: $0) }, authorsTruncated: truncated,
            affiliations: affiliations, year: year, locations: [SourceLocation(file: file, line: line)])
    }

    @Test func copiesMergeAndUnite() {
        let out = Deduplicator.deduplicate([
            paper("Neural Processes", ["Marta Garnelo", "Jonathan Schwarz"], file: "a"),
            paper(
                "Neural processes.", ["Marta Garnelo", "Jonathan Schwarz", "Dan Rosenbaum"], truncated: false,
                file: "b",
                affiliations: ["deepmind"]),
        ])
        #expect(out.papers.count == 1)
        #expect(out.duplicates.count == 1)
        #expect(out.papers[0].authors.count == 3)
        #expect(out.papers[0].authorsTruncated == false)
        #expect(out.papers[0].affiliations == ["deepmind"])
        #expect(out.papers[0].locations.map(\.file) == ["a", "b"])
    }

    @Test func sameTitleWithOtherAuthorsStaysApartAndIsReported() {
        let out = Deduplicator.deduplicate([
            paper("Introduction", ["Ann Lee", "Bo Chen"], truncated: false),
            paper("Introduction", ["Carl Diaz"], truncated: false, file: "b"),
        ])
        #expect(out.papers.count == 2)
        #expect(out.issues.map(\.code) == ["same-title-other-authors"])
    }

    @Test func initialCompatibleAuthorsAgree() {
        let out = Deduplicator.deduplicate([
            paper("Machine Theory of Mind", ["Neil C. Rabinowitz", "Frank Perbet"]),
            paper("Machine Theory of Mind", ["Neil Rabinowitz", "Frank Perbet"], file: "b"),
        ])
        #expect(out.papers.count == 1)
    }

    @Test func completeListsOfDifferentLengthDoNotMerge() {
        let out = Deduplicator.deduplicate([
            paper("A", ["Ann Lee", "Bo Chen"], truncated: false),
            paper("A", ["Ann Lee"], truncated: false, file: "b"),
        ])
        #expect(out.papers.count == 2)
    }
}

/// Hyperauthorship: every corpus step is linear in the author slots, so a long list keeps its order and counts a
/// repeated person once.
@Suite struct HyperauthorshipTests {
    @Test func aLongAuthorListKeepsItsOrderAndCountsARepeatedPersonOnce() throws {
        let names = (0..<3_000).map { "Author\($0), A." }
        let paper = Paper(
            title: "A collaboration paper", authors: (names + [names[17]]).map { AuthorName(written: $0) },
            locations: [SourceLocation(file: "big.bib", line: 1)])
        let batch = InputReader.Batch(
            results: [ParseResult(file: "big.bib", format: .bibtex, records: [paper])], errors: [])
        let corpus = CorpusBuilder.build(batch)
        let authors = try #require(corpus.papers.first?.authors)
        #expect(authors.count == 3_000)
        #expect(authors.map(\.written) == names)
        #expect(corpus.authors.count == 3_000)
    }
}
