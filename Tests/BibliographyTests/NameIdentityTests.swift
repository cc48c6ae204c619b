import Testing

@testable import Bibliography

/// Name forms of the bibliographic exports (inverted, glued initials) and author identifiers in name resolution.
@Suite struct NameIdentityTests {
    func resolve(
        _ names: [String], ids: [String: [IdentifierScheme: Set<String>]] = [:], surnameFirst: Set<String> = [],
        mergeInitials: Bool = true
    ) -> NameResolution {
        NameResolver.resolve(
            Dictionary(uniqueKeysWithValues: names.map { ($0, 1) }), mergeInitials: mergeInitials,
            facts: NameFacts(identifiers: ids, surnameFirst: surnameFirst))
    }

    @Test func brunaWrittenThreeWaysIsOnePerson() {
        let names = ["Bruna, Emilio M.", "Bruna, E. M.", "Bruna, EM"]
        let r = resolve(names)
        #expect(names.map { r.canonical[$0] } == Array(repeating: "Bruna, Emilio M.", count: 3))
        #expect(r.merges.count == 2)
        #expect(r.merges.allSatisfy { $0.rule == .initials && !$0.reason.isEmpty })
        #expect(r.conflicts.isEmpty)
        // Order does not matter.
        let reversed = resolve(names.reversed())
        #expect(reversed.canonical == r.canonical && reversed.merges == r.merges)
    }

    @Test func liXiangAndLiXuNeverMerge() {
        let both = resolve(["Li, Xiang", "Li, Xu"])
        #expect(both.merges.isEmpty)
        let withInitial = resolve(["Li, Xiang", "Li, Xu", "Li, X."])
        #expect(withInitial.merges.isEmpty)
        #expect(withInitial.canonical["Li, X."] == "Li, X.")
        #expect(withInitial.conflicts.count == 1)
        #expect(withInitial.conflicts.first?.names == ["Li, X.", "Li, Xiang", "Li, Xu"])
        // A single initial with only one candidate is not enough either.
        #expect(resolve(["Li, Xiang", "Li, X."]).merges.isEmpty)
    }

    @Test func sameNameInAnotherNotation() {
        let r = resolve(
            ["Emilio Bruna", "Bruna, Emilio", "E. M. Bruna", "Bruna EM"], surnameFirst: ["Bruna EM"],
            mergeInitials: false)
        #expect(r.canonical["Bruna, Emilio"] == "Emilio Bruna")  // natural order wins a tie, nothing is turned around
        #expect(r.canonical["Bruna EM"] == "E. M. Bruna")
        #expect(Set(r.merges.map(\.rule)) == [.notation])
        // Without the format's word, "Bruna EM" is a given name and a surname.
        #expect(resolve(["E. M. Bruna", "Bruna EM"]).merges.isEmpty)
    }

    @Test func sharedIdentifierMergesAndNamesIt() throws {
        let r = resolve(
            ["Emilio M. Bruna", "E. Bruna"],
            ids: [
                "Emilio M. Bruna": [.orcid: ["0000-0003-3381-8477"]],
                "E. Bruna": [.orcid: ["0000-0003-3381-8477"]],
            ])
        let merge = try #require(r.merges.first)
        #expect(r.merges.count == 1)
        #expect(merge.variant == "E. Bruna" && merge.canonical == "Emilio M. Bruna")
        #expect(merge.rule == .identifier)
        #expect(merge.reason.contains("ORCID 0000-0003-3381-8477"))
    }

    @Test func conflictingIdentifiersForbidEveryMerge() {
        let initials = resolve(
            ["Andrew K. Lampinen", "Andrew Lampinen"],
            ids: [
                "Andrew K. Lampinen": [.orcid: ["0000-0001-0000-0001"]],
                "Andrew Lampinen": [.orcid: ["0000-0001-0000-0002"]],
            ])
        #expect(initials.merges.isEmpty)
        let fold = resolve(
            ["Thomas Köhler", "Thomas Kohler"],
            ids: ["Thomas Köhler": [.openalex: ["A1"]], "Thomas Kohler": [.openalex: ["A2"]]])
        #expect(fold.merges.isEmpty)
        #expect(fold.conflicts.count == 1)
        #expect(fold.conflicts.first?.reason.contains("A1") == true)
        // Another scheme's id does not conflict.
        let other = resolve(
            ["Thomas Köhler", "Thomas Kohler"],
            ids: ["Thomas Köhler": [.openalex: ["A1"]], "Thomas Kohler": [.orcid: ["0000-0001-0000-0002"]]])
        #expect(other.merges.count == 1)
    }

    @Test func aNameWrittenForTwoPeopleIsReported() {
        let r = resolve(
            ["Wei Wang", "W. Wang"], ids: ["Wei Wang": [.openalex: ["A1", "A2"]], "W. Wang": [.openalex: ["A1"]]])
        #expect(r.merges.isEmpty)
        #expect(r.conflicts.contains { $0.names == ["Wei Wang"] && $0.reason.contains("A1, A2") })
    }

    @Test func corpusUsesIdentifiersAndTheFormatsNameOrder() {
        func result(_ format: InputFormat, _ file: String, _ authors: [AuthorName]) -> ParseResult {
            ParseResult(
                file: file, format: format,
                records: [
                    Paper(title: "Paper in \(file)", authors: authors, locations: [SourceLocation(file: file, line: 1)])
                ])
        }
        let batch = InputReader.Batch(
            results: [
                result(.medline, "m.txt", [AuthorName(written: "Bruna EM"), AuthorName(written: "Linkov I")]),
                result(
                    .bibtex, "b.bib",
                    [
                        AuthorName(written: "Bruna, Emilio M."),
                        AuthorName(written: "Igor Linkov", identifiers: [.orcid: "0000-0002-0823-8297"]),
                    ]),
                result(
                    .openalex, "o.json",
                    [AuthorName(written: "I. Linkov", identifiers: [.orcid: "0000-0002-0823-8297"])]),
            ], errors: [])
        let corpus = CorpusBuilder.build(batch)
        let canonical = Dictionary(corpus.merges.map { ($0.variant, $0.canonical) }, uniquingKeysWith: { a, _ in a })
        #expect(canonical["Bruna EM"] == "Bruna, Emilio M.")
        #expect(canonical["I. Linkov"] == "Igor Linkov")
        #expect(corpus.merges.first { $0.variant == "I. Linkov" }?.rule == .identifier)
        // "Linkov I" (MEDLINE) is "I. Linkov" in another notation, so it follows it; a single initial alone
        // would not have merged into "Igor Linkov".
        #expect(canonical["Linkov I"] == "Igor Linkov")
        #expect(corpus.merges.first { $0.variant == "Linkov I" }?.rule == .notation)
        #expect(corpus.merges.first { $0.variant == "Linkov I" }?.reason.contains("linked through “I. Linkov”") == true)
    }

    @Test(
        arguments: [
            ("Bruna, Emilio M.", false, ["emilio", "m"], "bruna", nil),
            ("Bruna, E. M.", false, ["e", "m"], "bruna", nil),
            ("Bruna, EM", false, ["e", "m"], "bruna", nil),
            ("LI, XU", false, ["xu"], "li", nil),
            ("van der Berg, Jan", false, ["jan"], "van der berg", nil),
            ("Beethoven, Ludwig van", false, ["ludwig"], "van beethoven", nil),
            ("Smith, John, Jr.", false, ["john"], "smith", "jr"),
            ("Smith, Jr., John", false, ["john"], "smith", "jr"),
            ("John Smith, Jr.", false, ["john"], "smith", "jr"),
            ("Bruna E.M.", false, ["e", "m"], "bruna", nil),
            ("Linkov I", true, ["i"], "linkov", nil),
            ("Linkov I", false, ["linkov"], "i", nil),
            ("Wei LI", false, ["wei"], "li", nil),
            ("Dhruva TB", false, ["dhruva"], "tb", nil),
        ] as [(String, Bool, [String], String, String?)])
    func parsesWrittenOrders(_ c: (String, Bool, [String], String, String?)) throws {
        let name = try #require(PersonName(c.0, surnameFirst: c.1))
        #expect(name.given == c.2)
        #expect(name.surname == c.3)
        #expect(name.suffix == c.4)
    }

    @Test func notOneName() {
        #expect(PersonName("Smith, J., Doe, K.") == nil)
        #expect(PersonName("Madonna,") == nil)
    }
}

/// Identifiers in paper deduplication.
@Suite struct DeduplicatorIdentifierTests {
    func paper(
        _ title: String, _ authors: [String] = ["Ann Lee"], ids: [IdentifierScheme: String] = [:], file: String = "a"
    )
        -> Paper
    {
        Paper(
            title: title, authors: authors.map { AuthorName(written: $0) }, identifiers: ids,
            locations: [SourceLocation(file: file, line: 1)])
    }

    @Test func sameDOIInTwoFormatsIsOnePaper() throws {
        let out = Deduplicator.deduplicate([
            paper("A title", ids: [.doi: "https://doi.org/10.1/ABC"], file: "a.bib"),
            paper("A Title, Reworded", ["Lee, A."], ids: [.doi: "10.1/abc"], file: "b.ris"),
        ])
        #expect(out.papers.count == 1)
        let merge = try #require(out.duplicates.first)
        #expect(merge.reason == "same DOI 10.1/abc")
        #expect(out.papers[0].locations.map(\.file) == ["a.bib", "b.ris"])
    }

    @Test func sameSourceIDIsOnePaper() {
        let out = Deduplicator.deduplicate([
            paper("One", ids: [.openalex: "W1"]),
            paper("One, again", ids: [.openalex: "W1"], file: "b"),
            paper("Other", ids: [.openalex: "W2"], file: "c"),
            paper("Same pmid", ids: [.pubmed: "123"], file: "d"),
            paper("Not the same", ids: [.dblp: "123"], file: "e"),  // another scheme
        ])
        #expect(out.papers.count == 4)
        #expect(out.duplicates.map(\.reason) == ["same OpenAlex id W1"])
    }

    @Test func conflictingDOIsForbidATitleMerge() {
        let out = Deduplicator.deduplicate([
            paper("Topics in Nanoscience", ids: [.doi: "10.1142/12419-vol1"]),
            paper("Topics in Nanoscience", ids: [.doi: "10.1142/12419-vol2"], file: "b"),
            paper("Topics in Nanoscience", file: "c"),  // no DOI: may join the first
        ])
        #expect(out.papers.count == 2)
        #expect(out.duplicates.count == 1)
        #expect(out.issues.map(\.code) == ["same-title-other-doi"])
    }

    @Test func conflictingDOIsForbidAnIDMerge() {
        let out = Deduplicator.deduplicate([
            paper("A", ids: [.dblp: "k", .doi: "10.1/a"]),
            paper("A", ids: [.dblp: "k", .doi: "10.1/b"], file: "b"),
        ])
        #expect(out.papers.count == 2)
        #expect(out.issues.first?.code == "same-id-other-doi")
    }

    @Test func titleCopiesAgreeAcrossNameNotations() {
        let out = Deduplicator.deduplicate([
            paper("Seed dispersal", ["Emilio M. Bruna", "Igor Linkov"], file: "a.bib"),
            paper("Seed dispersal", ["Bruna, E. M.", "Linkov I"], file: "b.txt"),
        ])
        #expect(out.papers.count == 1)
        #expect(out.duplicates.first?.reason == "same title and compatible author lists")
    }
}
