import Testing

@testable import Bibliography

@Suite struct ThesaurusTests {
    @Test func parsesVOSviewerFormat() {
        let file = Fixture.text(
            "label\treplace by\nSam Ritter\tSamuel Ritter\nSIMA team\t\nbroken\ta\tb\n", path: "t.txt")
        let t = Thesaurus.parse(file)
        #expect(t.replacement(for: "sam ritter") == "Samuel Ritter")
        #expect(t.replacement(for: "SIMA Team") == "")
        #expect(t.replacement(for: "Adam Santoro") == nil)
        #expect(t.issues.map(\.location.line) == [4])
    }

    /// VOSviewer replaces each label once and does not follow chains: A → B, B → C makes A into B (not C) and B
    /// into C. Today's resolver does the same (one `replacement(for:)` per written name).
    @Test func aChainIsNotFollowed() {
        let thesaurus = Thesaurus(entries: [("Smith, J.", "John Smith"), ("John Smith", "J. Smith")])
        let r = NameResolver.resolve(["Smith, J.": 1, "John Smith": 1], thesaurus: thesaurus)
        #expect(r.canonical["Smith, J."] == "John Smith")
        #expect(r.canonical["John Smith"] == "J. Smith")
        #expect(r.merges.map(\.rule) == [.thesaurus, .thesaurus])
    }

    /// A label given twice: the last row wins, and the repeat is reported (at the later row) when the
    /// replacements differ; an identical repeat is harmless and not reported.
    @Test func aRepeatedLabelKeepsTheLastRowAndIsReported() {
        let file = Fixture.text(
            "label\treplace by\nSam Ritter\tSamuel Ritter\nsam  ritter\tS. Ritter\nAdam Santoro\tA. Santoro\n"
                + "Adam Santoro\tA. Santoro\n", path: "t.txt")
        let t = Thesaurus.parse(file)
        #expect(t.replacement(for: "Sam Ritter") == "S. Ritter")
        #expect(t.issues.map(\.code) == ["thesaurus-repeated-label"])
        #expect(t.issues.map(\.location.line) == [3])
        #expect(t.issues.first?.message.contains("Samuel Ritter") == true)
        let r = NameResolver.resolve(["Sam Ritter": 1], thesaurus: t)
        #expect(r.canonical["Sam Ritter"] == "S. Ritter")
    }
}
