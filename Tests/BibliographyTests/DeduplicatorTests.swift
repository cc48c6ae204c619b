import Testing

@testable import Bibliography

/// Different ids of one work scheme forbid a merge, and merged copies reconcile their author forms; on fixtures
/// cut from the real exports.
@Suite struct DeduplicatorIdentityTests {
    static func build(_ fixture: String) -> Corpus {
        CorpusBuilder.build(InputReader.read([Fixture.url(fixture).path]))
    }

    /// scopus-litstudy: LNCS volumes 6016–6019 of the ICCSA 2010 proceedings share a title and have no authors,
    /// but each has its own EID: four papers.
    @Test func lncsVolumesWithTheirOwnEIDsStayFourPapers() {
        let corpus = Self.build("identity/scopus-lncs-6016-6019.csv")
        #expect(corpus.accounting.recordsRead == 4)
        #expect(corpus.accounting.papers == 4)
        #expect(corpus.duplicates.isEmpty)
        #expect(Set(corpus.papers.compactMap { $0.identifiers[.scopus] }).count == 4)
        let notices = corpus.issues.filter { $0.code == "same-title-other-id" }
        #expect(notices.count == 3)
        #expect(notices.allSatisfy { $0.message.contains("Scopus EIDs differ") })
    }

    /// wos-metaknowledge: the 1979 Optics Communications article and the JOSA 1979 meeting abstract of one title
    /// and author have different UTs.
    @Test func opticsCommunicationsAndJOSAAbstractStayTwoPapers() {
        let corpus = Self.build("identity/wos-optics-1979.txt")
        #expect(corpus.accounting.papers == 2 && corpus.duplicates.isEmpty)
        #expect(
            corpus.papers.compactMap(\.venue).sorted() == [
                "JOURNAL OF THE OPTICAL SOCIETY OF AMERICA", "OPTICS COMMUNICATIONS",
            ])
        let notice = corpus.issues.first { $0.code == "same-title-other-id" }
        #expect(
            notice?.message.contains("Web of Science UTs differ (WOS:A1979HS85100478 vs WOS:A1979HF52100003)") == true)
    }

    static func paper(_ title: String, _ authors: [String], ids: [IdentifierScheme: String], file: String) -> Paper {
        Paper(
            title: title, authors: authors.map { AuthorName(written: $0) }, identifiers: ids,
            locations: [SourceLocation(file: file, line: 1)])
    }

    @Test func differentIdsOfOneSchemeForbidAnIdMerge() {
        let out = Deduplicator.deduplicate([
            Self.paper("A", ["Lee, A."], ids: [.doi: "10.1/a", .wos: "WOS:1"], file: "a"),
            Self.paper("A", ["Lee, A."], ids: [.doi: "10.1/a", .wos: "WOS:2"], file: "b"),
            Self.paper("A", ["Lee, A."], ids: [.doi: "10.1/a", .wos: "wos:1"], file: "c"),  // the same UT
        ])
        #expect(out.papers.count == 2)
        #expect(out.duplicates.map(\.duplicate.file) == ["c"])
        // Record b meets record a by DOI, then by title: both merges are refused, each with its notice.
        #expect(out.issues.map(\.code) == ["same-id-other-id", "same-title-other-id"])
    }

    /// ris-litstudy writes "M. Bobák" for the first author of "Reference Exascale Architecture"
    /// (10.1109/eScience.2019.00063); a second copy of that paper (here written out as a Web of Science export
    /// would, "Bobak, Martin") gives the fuller form, which the merged paper keeps, so that "Martin Bobák"
    /// elsewhere and this paper are one author.
    @Test func mergedCopiesKeepTheFullerAuthorFormSlotBySlot() throws {
        let ris = RISReader.read(try Fixture.file("formats/ris-litstudy/example.ris"))
        let copy = try #require(ris.records.first { $0.doi == "10.1109/escience.2019.00063" })
        #expect(copy.authors.first?.written == "M. Bobák")
        var fuller = Self.paper(
            copy.title, ["Bobák, Martin", "Hluchý, L."], ids: [.doi: "10.1109/eScience.2019.00063"], file: "wos.txt")
        fuller.authorsTruncated = true
        let out = Deduplicator.deduplicate([copy, fuller])
        #expect(out.papers.count == 1)
        let authors = out.papers[0].authors.map(\.written)
        #expect(authors.count == copy.authors.count)
        #expect(authors[0] == "Bobák, Martin")
        #expect(authors[1] == copy.authors[1].written)  // "Hluchý, L." is not fuller than "L. Hluchy"
        #expect(Array(authors.dropFirst()) == copy.authors.dropFirst().map(\.written))
        let elsewhere = Self.paper("Another paper", ["Martin Bobák"], ids: [:], file: "other.bib")
        let result = ParseResult(file: "x", format: .ris, records: [copy, fuller, elsewhere])
        let corpus = CorpusBuilder.build(InputReader.Batch(results: [result], errors: []))
        #expect(corpus.authors.first { $0.name.contains("Bob") }?.papers == 2)
        #expect(corpus.authors.filter { $0.name.contains("Bob") }.count == 1)
    }

    @Test func fullerIsMoreNamePartsThenMoreLetters() {
        #expect(Deduplicator.isFuller("Martin Bobák", than: "M. Bobák"))
        #expect(Deduplicator.isFuller("Bobák, Martin J.", than: "Martin Bobák"))
        #expect(!Deduplicator.isFuller("M. Bobák", than: "Martin Bobák"))
        #expect(!Deduplicator.isFuller("Martin Bobák", than: "Martin Bobák"))
    }
}
