import Foundation
import Testing

@testable import Bibliography

@Suite struct IdentifierSchemeTests {
    @Test func rawValuesAreTheKeysRecordsAlwaysUsed() {
        #expect(IdentifierScheme.pubmed.rawValue == "pmid")
        #expect(IdentifierScheme.sourceID.rawValue == "id")
        #expect(IdentifierScheme.researcherID.rawValue == "researcherid")
        #expect(IdentifierScheme.allCases.allSatisfy { $0.rawValue == $0.rawValue.lowercased() })
        #expect(Set(IdentifierScheme.allCases.map(\.rawValue)).count == IdentifierScheme.allCases.count)
    }

    @Test func schemesSortLikeTheirKeys() {
        let sorted = IdentifierScheme.allCases.sorted()
        #expect(sorted.map(\.rawValue) == sorted.map(\.rawValue).sorted())
        #expect(IdentifierScheme.sourceID < .isbn)  // "id" < "isbn"
        #expect(IdentifierScheme.pmc < .pubmed)  // "pmc" < "pmid"
    }

    @Test func identifiersEncodeAsAJSONObjectKeyedByTheRawValues() throws {
        let paper = Paper(title: "T", identifiers: [.doi: "10.1/a", .pubmed: "7", .sourceID: "X"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(paper.identifiers), as: UTF8.self)
        #expect(json == #"{"doi":"10.1\/a","id":"X","pmid":"7"}"#)
        let decoded = try JSONDecoder().decode([IdentifierScheme: String].self, from: Data(json.utf8))
        #expect(decoded == paper.identifiers)
    }

    @Test func labels() {
        #expect(
            IdentifierScheme.works.map(\.workLabel) == [
                "DOI", "OpenAlex id", "Web of Science UT", "PubMed id", "Scopus EID", "DBLP key",
            ])
        #expect(IdentifierScheme.authors.map(\.authorLabel) == ["ORCID", "OpenAlex author id", "Scopus author id"])
    }
}
