import Foundation
import Testing

@testable import Bibliography
@testable import CiteGraph

/// Paper labels from the first author's family name on real exports, whatever their name notation.
@Suite("PaperLabel")
struct PaperLabelTests {
    static func corpus(_ fixture: String) -> Corpus {
        let path = repositoryRoot.appendingPathComponent("Tests/BibliographyTests/Fixtures/formats/\(fixture)").path
        return CorpusBuilder.build(InputReader.read([path]))
    }

    /// The name part of a label ("Obaid et al. 2020" → "Obaid").
    static func namePart(_ label: String, _ paper: Paper) -> String {
        var text = label
        if let year = paper.year, text.hasSuffix(" \(year)") { text.removeLast(" \(year)".count) }
        if text.hasSuffix(" et al.") { text.removeLast(" et al.".count) }
        return text
    }

    @Test(
        "no label is an initial, and it is a family name of the first author as the export wrote it",
        arguments: [
            "scopus-litstudy/scopus.csv", "wos-metaknowledge/savedrecs.txt",
            "openalex-tu9-works/institutions-id-tu9--type-selection--py-diophila.json",
        ])
    func realExports(_ fixture: String) throws {
        let corpus = Self.corpus(fixture)
        #expect(corpus.papers.count > 25)
        var checked = 0
        for paper in corpus.papers {
            guard let first = paper.authors.first(where: { !$0.inferred }) else { continue }
            let name = Self.namePart(PaperLabel.short(paper), paper)
            #expect(name.firstMatch(of: /^\p{Lu}\.(\p{Lu}\.)*$/) == nil, "\(fixture): \(name) for \(first.written)")
            #expect(!name.isEmpty)
            #expect(
                NameKey.fold(first.resolved).contains(NameKey.fold(name)), "\(fixture): \(name) for \(first.resolved)")
            checked += 1
        }
        #expect(checked > 25)
    }

    @Test("family names in every notation")
    func notations() {
        #expect(PaperLabel.familyName("Mousseau, Vincent") == "Mousseau")
        #expect(PaperLabel.familyName("Mousseau V.") == "Mousseau")
        #expect(PaperLabel.familyName("Ashraf S.T.") == "Ashraf")
        #expect(PaperLabel.familyName("Vincent Mousseau") == "Mousseau")
        #expect(PaperLabel.familyName("Sjoerd van Steenkiste") == "van Steenkiste")
        #expect(PaperLabel.familyName("Wu H.") == "Wu")
        #expect(PaperLabel.familyName("Madonna") == "Madonna")
    }

    @Test("titles are shortened at a word boundary")
    func titles() {
        #expect(PaperLabel.shortened("10th International Workshop on Graphs", to: 24) == "10th International…")
        #expect(PaperLabel.shortened("Short title", to: 24) == "Short title")
        #expect(PaperLabel.shortened("Supercalifragilisticexpialidocious words", to: 10) == "Supercali…")
        #expect(PaperLabel.shortened("Graphs, networks and more", to: 12) == "Graphs…")
    }
}
