import Foundation
import Testing

@testable import Bibliography

@Suite("TaggedFormatDetection")
struct TaggedFormatDetectionTests {
    @Test(
        "each real file is detected as its format",
        arguments: [
            ("ris-litstudy", "example.ris", InputFormat.ris),
            ("wos-metaknowledge", "savedrecs.txt", .wos),
            ("scopus-litstudy", "scopus.csv", .scopus),
            ("medline-pybibx", "pubmed.txt", .medline),
        ])
    func realFiles(dataset: String, file: String, format: InputFormat) throws {
        let text = try TaggedFixture.file(dataset, file)
        #expect(InputReader.detect(text) == format)
        #expect(InputReader.read([TaggedFixture.url(dataset, file).path]).results.first?.format == format)
    }

    @Test(
        "the seed fixtures are still profile pages or unknown",
        arguments: [
            ("compact.txt", InputFormat.profile), ("compact-hard.txt", .profile), ("compact-sima.txt", .profile),
            ("spaced-profile.txt", .profile), ("transcript.txt", .unknown),
        ])
    func seeds(name: String, format: InputFormat) throws {
        #expect(InputReader.detect(try Fixture.file(name)) == format)
    }

    @Test("the repository's seeds/ are read as before: four profile pages and a podcast transcript")
    func seedFolder() {
        let batch = InputReader.read([Fixture.seedsPath])
        #expect(batch.results.map(\.format) == [.profile, .profile, .unknown, .profile, .profile])
    }

    @Test("tables with an authors column are still tables")
    func tables() {
        #expect(InputReader.detect(TaggedFixture.text("paper_id\tyear\ttopic\tauthors\nP1\t2020\tT\tA;B\n")) == .table)
        #expect(InputReader.detect(TaggedFixture.text("title,authors,year\nA,B;C,2020\n")) == .table)
        // An `authors` column alone is not Scopus; with `Source title` it is.
        #expect(InputReader.detect(TaggedFixture.text("Authors,Title,Year\nA,B,2020\n")) == .table)
        #expect(InputReader.detect(TaggedFixture.text("Authors,Title,Year,Source title\nA,B,2020,S\n")) == .scopus)
    }

    @Test(
        "near misses are not claimed",
        arguments: [
            "Some text\nTY - JOUR\n",  // RIS needs two spaces before the hyphen
            "PMID 12345\nTI  - x\n",  // MEDLINE needs "- "
            "PT\tAU\n",  // a WoS header needs TI or UT
            "FN Something else\nVR 1.0\n",  // FN must name Web of Science
        ])
    func nearMisses(text: String) {
        #expect(InputReader.detect(TaggedFixture.text(text)) == .unknown)
    }
}
