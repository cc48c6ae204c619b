import Testing

@testable import Bibliography

/// Zero-width characters and bidirectional controls are stripped from names and reported.
@Suite struct InvisibleCharactersTests {
    @Test(arguments: [
        ("Ann Lee\u{200B}", "Ann Lee"), ("\u{FEFF}Ann Lee", "Ann Lee"), ("Ann \u{200D} Lee", "Ann Lee"),
        ("\u{202E}eeL nnA\u{202C}", "eeL nnA"), ("Ann\u{00AD}e Lee", "Anne Lee"), ("Ann Lee", "Ann Lee"),
        ("Zoë \u{2067}Lee\u{2069}", "Zoë Lee"),
    ])
    func strip(_ written: String, _ expected: String) {
        #expect(InvisibleCharacters.strip(written) == expected)
        #expect(InvisibleCharacters.occur(in: written) == (written != expected))
    }

    static func corpus(_ authorLists: [[String]], thesaurus: Thesaurus = Thesaurus()) -> Corpus {
        let records = authorLists.enumerated().map { index, names in
            Paper(
                title: "Paper \(index)", authors: names.map { AuthorName(written: $0) },
                locations: [SourceLocation(file: "a.ris", line: index + 1)])
        }
        let result = ParseResult(file: "a.ris", format: .ris, records: records)
        return CorpusBuilder.build(
            InputReader.Batch(results: [result], errors: []), options: CorpusOptions(thesaurus: thesaurus))
    }

    @Test func aZeroWidthSpaceNeverReachesTheCanonicalName() throws {
        // The invisible form is the more frequent one: before stripping it would have won.
        let corpus = Self.corpus([["Ann Lee\u{200B}", "Bo Chan"], ["Ann Lee\u{200B}"], ["Ann Lee"]])
        #expect(corpus.authors.map(\.name) == ["Ann Lee", "Bo Chan"])
        #expect(corpus.authors.first?.papers == 3)
        let warnings = corpus.issues.filter { $0.code == "name-invisible-characters" }
        #expect(warnings.count == 2 && warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.first?.message.contains("Ann Lee<U+200B>") == true)
    }

    @Test func aRightToLeftOverrideIsRemovedNotShown() {
        let corpus = Self.corpus([["\u{202E}Ann Lee"], ["Ann Lee"]])
        #expect(corpus.authors.map(\.name) == ["Ann Lee"])
        #expect(corpus.papers.allSatisfy { $0.authors.map(\.resolved) == ["Ann Lee"] })
    }

    @Test func aNameOfInvisibleCharactersOnlyIsNoAuthor() {
        let corpus = Self.corpus([["\u{200B}\u{200E}", "Ann Lee"]])
        #expect(corpus.papers[0].authors.map(\.written) == ["Ann Lee"])
    }

    @Test func aThesaurusReplacementLosesItsInvisibleCharacters() {
        let thesaurus = Thesaurus(entries: [("A. Lee", "Ann Lee\u{200B}")])
        let corpus = Self.corpus([["A. Lee"], ["Ann Lee"]], thesaurus: thesaurus)
        #expect(corpus.authors.map(\.name) == ["Ann Lee"])
    }
}
