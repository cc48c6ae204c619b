import Foundation
import Testing

@testable import Bibliography

@Suite struct ProfilePageParserTests {
    @Test func compactLayout() throws {
        let result = ProfilePageParser.read(try Fixture.file("compact.txt"))
        #expect(result.records.count == 4)
        #expect(result.skipped.isEmpty)
        #expect(result.profile == nil)
        let soda = result.records[0]
        #expect(soda.title == "SODA: Bottleneck Diffusion Models for Representation Learning")
        #expect(soda.authors.map(\.written) == ["Drew A. Hudson", "Daniel Zoran", "Mateusz Malinowski"])
        #expect(soda.authorsTruncated)
        #expect(soda.affiliations == ["deepmind", "stanford"])
        #expect(soda.topics == ["CV"])
        #expect(soda.year == 2023 && soda.month == 11 && soda.day == 29)
        #expect(soda.hasCode == false)
        #expect(soda.score == nil)
        #expect(soda.abstract?.hasPrefix("We introduce SODA") == true)
        #expect(soda.location?.line == 1)
        #expect(soda.location?.file.hasSuffix("compact.txt") == true)

        let scaling = result.records[1]
        #expect(scaling.hasCode)
        #expect(scaling.location?.line == 4)
        #expect(scaling.affiliations.isEmpty)

        let compositional = result.records[2]
        #expect(compositional.authorsTruncated == false)
        #expect(compositional.authors.map(\.written) == ["Drew A. Hudson", "C. Lawrence Zitnick"])

        #expect(result.records[3].authors.first?.written == "Sjoerd van Steenkiste")
        // No header: the owner is unknown; the most frequent visible author is named as a hint only.
        let notice = try #require(result.issues.first { $0.code == "owner-unknown" })
        #expect(notice.severity == .notice)
        #expect(notice.message.contains("owner is unknown"))
        #expect(notice.message.contains("(2 of 4 records)"))  // a tie (Daniel Zoran, Drew A. Hudson): first by name
    }

    @Test func spacedLayoutWithProfileHeader() throws {
        let result = ProfilePageParser.read(try Fixture.file("spaced-profile.txt"))
        let profile = try #require(result.profile)
        #expect(profile.owner == "S. M. Ali Eslami")
        #expect(profile.topic == "CV")
        #expect(profile.hIndex == 117)
        #expect(profile.papers == 33)
        #expect(profile.citations == 13_433)
        #expect(profile.noveltyPercent == 60)
        #expect(profile.aiScore == 49)
        #expect(result.records.count == 2)
        let first = result.records[0]
        #expect(first.location?.line == 12)
        #expect(
            first.title
                == "Self-supervised video pretraining yields robust and more human-aligned visual representations")
        #expect(first.authors.map(\.written) == ["Nikhil Parthasarathy", "S. M. Ali Eslami", "João Carreira"])
        #expect(first.authorsTruncated)
        #expect(first.abstract?.hasPrefix("Humans learn") == true)
        // Score prefix, a date without a year (never invented).
        let second = result.records[1]
        #expect(second.score == 54.9)
        #expect(second.topics == ["AI"])
        #expect(second.year == nil)
        #expect(second.month == 5 && second.day == 10)
        #expect(second.location?.line == 19)
        // The header announces 33 papers; the fixture has 2.
        #expect(result.issues.contains { $0.code == "profile-count-mismatch" })
    }

    @Test func hardSplitsInTheCompactLayout() throws {
        let result = ProfilePageParser.read(try Fixture.file("compact-hard.txt"))
        #expect(
            result.records.map { $0.authors.first?.written } == ["DeepMind Interactive Agents Team", "Adam Santoro"])
        #expect(result.records[0].authors.first?.kind == .group)
        #expect(result.records[0].affiliations == ["deepmind"])
        #expect(result.records[1].title.hasSuffix("by Romain Brette"))
        #expect(!result.issues.contains { $0.code == "split-guess" })
    }

    @Test func transcriptGivesNoRecordsAndOneNotice() throws {
        let result = InputReader.read(try Fixture.file("transcript.txt"), format: nil)
        #expect(result.records.isEmpty)
        #expect(result.skipped.isEmpty)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.severity == .notice)
        #expect(result.issues.first?.code == "no-records")
    }

    @Test func crlfGivesTheSameRecords() throws {
        let lf = try String(contentsOf: Fixture.url("compact.txt"), encoding: .utf8)
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = ProfilePageParser.read(Fixture.text(lf, path: "p")).records
        let b = ProfilePageParser.read(Fixture.text(crlf, path: "p")).records
        #expect(a == b)
        #expect(a.count == 4)
    }

    @Test func emptyFileIsANotice() {
        let result = InputReader.read(Fixture.text("", path: "empty.txt"), format: nil)
        #expect(result.records.isEmpty)
        #expect(result.issues.map(\.code) == ["no-records"])
        #expect(result.issues.first?.message.contains("empty") == true)
    }

    @Test func recordCutOffAtTheEndIsSkippedAndCounted() throws {
        let text = """
            CVNov 29, 2023
            Generative Adversarial TransformersDrew A. Hudson, C. Lawrence Zitnick
            An abstract.
            LGJun 4, 2018
            """
        let result = ProfilePageParser.read(Fixture.text(text, path: "cut.txt"))
        #expect(result.records.count == 1)
        #expect(result.skipped.count == 1)
        #expect(result.skipped.first?.location == SourceLocation(file: "cut.txt", line: 4))
        #expect(result.skipped.first?.reason.contains("cut off") == true)
        #expect(result.issues.contains { $0.severity == .error && $0.location.line == 4 })
        #expect(result.recordsRead == 2)
    }

    @Test func spacedRecordWithoutAuthorLineAtTheEndIsSkipped() {
        let text = "CVOct 12, 2022\nA title that stops here\n"
        let result = ProfilePageParser.read(Fixture.text(text, path: "cut.txt"))
        #expect(result.records.isEmpty)
        #expect(result.skipped.count == 1)
        #expect(result.skipped.first?.location.line == 1)
    }

    @Test func unsplittableLineIsSkippedAndTheNextRecordStillRead() {
        let text = """
            CVNov 29, 2023
            this line has no author list at all.
            An abstract.
            CVMar 1, 2021Code
            Generative Adversarial TransformersDrew A. Hudson, C. Lawrence Zitnick
            Another abstract.
            """
        let result = ProfilePageParser.read(Fixture.text(text, path: "bad.txt"))
        #expect(result.skipped.map(\.location.line) == [1])
        #expect(result.issues.contains { $0.code == "split-failed" && $0.location.line == 1 })
        #expect(result.records.count == 1)
        #expect(result.records[0].location?.line == 4)
        #expect(result.records[0].hasCode)
    }

    @Test func aOneMegabyteTitleLineDoesNotCrashOrHang() {
        let huge = String(repeating: "Word", count: 250_000)
        let text =
            "CVNov 29, 2023\n\(huge)\nabstract\nCVMar 1, 2021\nGenerative Adversarial TransformersDrew A. Hudson, C. Lawrence Zitnick\nx"
        let result = ProfilePageParser.read(Fixture.text(text, path: "huge.txt"))
        #expect(result.skipped.count == 1)
        #expect(result.records.count == 1)
    }

    @Test func invalidUTF8InAnAbstractKeepsTheRecord() {
        var bytes = Array(
            "CVNov 29, 2023\nGenerative Adversarial TransformersDrew A. Hudson, C. Lawrence Zitnick\nAbs ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("tract\n".utf8)
        let result = ProfilePageParser.read(TextFile.decode(Data(bytes), path: "u.txt"))
        #expect(result.records.count == 1)
        #expect(result.issues.contains { $0.code == "invalid-utf8" && $0.location.line == 3 })
    }

    @Test func textBeforeTheFirstRecordThatIsNoProfileIsReported() {
        let text =
            "some stray words here\nCVMar 1, 2021\nGenerative Adversarial TransformersDrew A. Hudson, C. Lawrence Zitnick\nx"
        let result = ProfilePageParser.read(Fixture.text(text, path: "p.txt"))
        #expect(result.profile == nil)
        #expect(result.records.count == 1)
        #expect(result.issues.contains { $0.code == "preamble-ignored" && $0.location.line == 1 })
    }
}

/// The spaced layout puts the title and the author line on lines of their own: an author line with an entry that
/// is not name-shaped keeps its record; the entry is kept as written and reported.
@Suite struct SpacedLayoutOddEntryTests {
    @Test(arguments: ["<script>alert(1)</script>", "Ann & Bob Lee"])
    func anOddEntryAmongNamesKeepsTheRecord(_ odd: String) throws {
        let text =
            "CVOct 12, 2022\nA title on its own line\n\nNikhil Parthasarathy, \(odd), João Carreira\n\nAbstract.\n"
        let result = ProfilePageParser.read(Fixture.text(text, path: "p.txt"))
        #expect(result.skipped.isEmpty)
        let record = try #require(result.records.first)
        #expect(record.title == "A title on its own line")
        #expect(record.authors.map(\.written) == ["Nikhil Parthasarathy", odd, "João Carreira"])
        #expect(record.abstract == "Abstract.")
        let warning = try #require(result.issues.first { $0.code == "odd-author-entry" })
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "p.txt", line: 4))
        #expect(warning.excerpt == odd)
    }

    @Test func aLoneOddEntryBetweenBlankLinesIsTheAuthorLine() throws {
        let text = "CVOct 12, 2022\nA title on its own line\n\nAnn & Bob Lee\n\nAbstract.\n"
        let result = ProfilePageParser.read(Fixture.text(text, path: "p.txt"))
        #expect(result.skipped.isEmpty)
        #expect(result.records.first?.authors.map(\.written) == ["Ann & Bob Lee"])
        #expect(result.issues.filter { $0.code == "odd-author-entry" }.count == 1)
    }

    @Test func mostlyOddEntriesRightAfterTheTitleAreStillNoAuthorLine() {
        let text = "CVOct 12, 2022\nA title on its own line\n\nthis is, not a list, of names at all, Ann Lee\nx\n"
        let result = ProfilePageParser.read(Fixture.text(text, path: "p.txt"))
        #expect(result.records.isEmpty)
        #expect(result.skipped.count == 1)
    }
}
