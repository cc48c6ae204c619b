import Foundation
import Testing

@testable import Bibliography

/// A broken piece of BibTeX followed by a good entry: the reader must locate the problem and still read the
/// good entry.
struct BibTeXFaultySnippet: Sendable, CustomTestStringConvertible {
    var name: String
    /// The file before the good entry (built on demand: some are 10 MB).
    var text: @Sendable () -> [UInt8]
    var code: String
    var severity: ParseIssue.Severity
    var line: Int
    /// Entries in the file (records + skipped), the good one included.
    var entries: Int
    var skipped: Int

    var testDescription: String { name }

    static let good = "@article{good, title = {Good}, author = {Doe, Jane}}\n"

    static func utf8(_ text: String) -> @Sendable () -> [UInt8] { { Array(text.utf8) } }
}

@Suite("BibTeX faulty snippets")
struct BibTeXFaultySnippetTests {
    static let snippets: [BibTeXFaultySnippet] = [
        BibTeXFaultySnippet(
            name: "unterminated brace in the middle of a file",
            text: BibTeXFaultySnippet.utf8(
                """
                @article{first, title = {First}}
                @article{broken,
                  title = {Broken {title,
                  year = 2000,
                }

                """),
            code: "record-skipped", severity: .error, line: 3, entries: 3, skipped: 1),
        BibTeXFaultySnippet(
            name: "missing citation key",
            text: BibTeXFaultySnippet.utf8("@article{title = {No key}, year = 2001}\n"),
            code: "record-skipped", severity: .error, line: 1, entries: 2, skipped: 1),
        BibTeXFaultySnippet(
            name: "empty citation key",
            text: BibTeXFaultySnippet.utf8("%\n@article{, title = {No key}}\n"),
            code: "record-skipped", severity: .error, line: 2, entries: 2, skipped: 1),
        BibTeXFaultySnippet(
            name: "@article with no body",
            text: BibTeXFaultySnippet.utf8("@article\n\n"),
            code: "record-skipped", severity: .error, line: 1, entries: 2, skipped: 1),
        BibTeXFaultySnippet(
            name: "stray text between entries",
            text: BibTeXFaultySnippet.utf8("@misc{first, title = {First}}\nthis line is not BibTeX }\n"),
            code: "text-outside-entries", severity: .notice, line: 2, entries: 2, skipped: 0),
        BibTeXFaultySnippet(
            name: "unknown @type",
            text: BibTeXFaultySnippet.utf8("@misc{first, title = {First}}\n@foo{odd, title = {Odd}}\n"),
            code: "unknown-entry-type", severity: .notice, line: 2, entries: 3, skipped: 0),
        BibTeXFaultySnippet(
            name: "value with unbalanced quotes",
            text: BibTeXFaultySnippet.utf8(
                """
                @article{quoted,
                  title = "Unbalanced,
                  year = 2000,
                }

                """),
            code: "record-skipped", severity: .error, line: 2, entries: 2, skipped: 1),
        BibTeXFaultySnippet(
            name: "garbage where a field name should be",
            text: BibTeXFaultySnippet.utf8("@misc{bad,\n  title = {T},\n  = {x}\n}\n"),
            code: "record-skipped", severity: .error, line: 3, entries: 2, skipped: 1),
        BibTeXFaultySnippet(
            name: "10 MB single line",
            text: {
                var bytes = Array("@misc{huge, title = {Huge}, abstract = {".utf8)
                bytes += [UInt8](repeating: 0x61, count: 10_000_000)
                bytes.append(0x0A)
                return bytes
            },
            code: "record-skipped", severity: .error, line: 1, entries: 2, skipped: 1),
        BibTeXFaultySnippet(
            name: "100k nested braces",
            text: {
                Array("%\n@misc{deep, title = ".utf8) + [UInt8](repeating: 0x7B, count: 100_000) + [0x0A]
            },
            code: "record-skipped", severity: .error, line: 2, entries: 2, skipped: 1),
        BibTeXFaultySnippet(
            name: "binary garbage",
            text: {
                var bytes = Array("@misc{first, title = {First}}\n".utf8)
                // Invalid UTF-8, NUL, control bytes, and `@{`, `@ {`, `}`, `%`, `"`, `\` on one line.
                bytes += [
                    0x00, 0xFF, 0xFE, 0x80, 0xC3, 0x28, 0x40, 0x7B, 0x7D, 0x25, 0x01, 0x1B, 0xE2, 0x82, 0x40, 0x20,
                    0x7B, 0x22, 0x5C, 0x9F, 0x00, 0x7F,
                ]
                bytes.append(0x0A)
                return bytes
            },
            code: "text-outside-entries", severity: .notice, line: 2, entries: 2, skipped: 0),
    ]

    @Test("a located issue, and the next entry is still read", arguments: snippets)
    func snippet(_ snippet: BibTeXFaultySnippet) throws {
        let bytes = snippet.text() + Array(BibTeXFaultySnippet.good.utf8)
        let result = BibTeXReader.read(TextFile.decode(Data(bytes), path: "faulty.bib"))
        let issue = result.issues.first { $0.code == snippet.code }
        #expect(
            issue?.location == SourceLocation(file: "faulty.bib", line: snippet.line),
            "issues: \(result.issues.map(\.description))")
        #expect(issue?.severity == snippet.severity)
        if snippet.severity == .error { #expect(issue?.excerpt != nil) }
        #expect(result.recordsRead == snippet.entries)
        #expect(result.skipped.count == snippet.skipped)
        if snippet.skipped > 0 {
            #expect(result.skipped.allSatisfy { $0.location.file == "faulty.bib" && $0.location.line <= snippet.line })
        }
        let good = try #require(result.records.last)
        #expect(good.identifiers[.sourceID] == "good")
        #expect(good.title == "Good")
        #expect(good.authors.map(\.written) == ["Jane Doe"])
        // The good entry is the last line: its line number is the number of line breaks.
        #expect(good.location?.line == bytes.filter { $0 == 0x0A }.count)
    }

    @Test("random bytes never stop the reader", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomBytes(seed: UInt64) throws {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = []
        bytes.reserveCapacity(65_536)
        for _ in 0..<65_536 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            bytes.append(UInt8(truncatingIfNeeded: state))
        }
        bytes += Array(("\n" + BibTeXFaultySnippet.good).utf8)
        let result = BibTeXReader.read(TextFile.decode(Data(bytes), path: "random.bib"))
        #expect(result.records.last?.identifiers[.sourceID] == "good")
        #expect(result.records.last?.authors.map(\.written) == ["Jane Doe"])
        #expect(result.skipped.count == result.issues.filter { $0.code == "record-skipped" }.count)
    }

    @Test func deeplyNestedButClosedBracesAreRead() throws {
        let depth = 100_000
        let text =
            "@misc{deep, title = " + String(repeating: "{", count: depth) + "Deep"
            + String(repeating: "}", count: depth) + "}\n" + BibTeXFaultySnippet.good
        let result = readBibTeX(text)
        #expect(result.records.map(\.title) == ["Deep", "Good"])
        #expect(result.issues.map(\.code) == ["long-line", "no-authors"])
    }

    @Test func anEntryLeftOpenAtTheEndOfTheFileIsKept() {
        let result = readBibTeX(BibTeXFaultySnippet.good + "@misc{last, title = {Last}")
        #expect(result.records.map(\.title) == ["Good", "Last"])
        #expect(result.issues("unclosed-entry").map(\.location.line) == [2])
    }

    @Test func aValueCutOffByTheEndOfTheFileIsSkipped() {
        let result = readBibTeX(BibTeXFaultySnippet.good + "@misc{last, title = {Last")
        #expect(result.records.map(\.title) == ["Good"])
        #expect(result.skipped.map(\.location.line) == [2])
        #expect(result.issues("record-skipped").map(\.location.line) == [2])
    }

    @Test func manyIssuesOfOneKindAreSummedUp() {
        let text = (1...30).map { "@misc{k\($0), title = {T}, title = {U}}" }.joined(separator: "\n")
        let result = readBibTeX(text)
        #expect(result.records.count == 30)
        let repeated = result.issues("duplicate-field")
        #expect(repeated.count == 21)
        #expect(repeated.last?.message.hasPrefix("30 places in all") == true)
    }
}
