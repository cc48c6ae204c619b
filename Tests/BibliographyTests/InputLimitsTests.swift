import Foundation
import Testing

@testable import Bibliography

/// Every bound of `InputLimits`, each crossed with small limits and reported with a clear message.
@Suite struct InputLimitsTests {
    /// A BibTeX entry whose author list has `count` names.
    static func entry(_ key: String, authors count: Int) -> String {
        let names = (0..<count).map { "Author\($0), A." }.joined(separator: " and ")
        return "@article{\(key), title={Paper \(key)}, author={\(names)}}\n"
    }

    @Test func theStandardLimitsAreHighEnoughForHyperauthorship() {
        #expect(InputLimits.standard.maxAuthorsPerRecord >= 100_000)
        #expect(InputLimits.standard.maxFileBytes >= 1 << 30)
        #expect(InputLimits.standard.maxRecords >= 10_000_000)
    }

    @Test func aRecordOverTheAuthorLimitKeepsTheFirstAuthorsAndIsMarkedTruncated() throws {
        let dir = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.bib").path
        try (Self.entry("big", authors: 7) + Self.entry("small", authors: 3)).write(
            toFile: path, atomically: true, encoding: .utf8)
        let batch = InputReader.read([path], limits: InputLimits(maxAuthorsPerRecord: 5))
        #expect(batch.records.map(\.authors.count) == [5, 3])
        #expect(batch.records[0].authors.last?.written == "A. Author4")
        #expect(batch.records[0].authorsTruncated)
        #expect(!batch.records[1].authorsTruncated)
        let warning = try #require(batch.issues.first { $0.code == "authors-capped" })
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: path, line: 1))
        #expect(warning.message.contains("7 authors, over the limit of 5"))
    }

    @Test func filesAfterTheRecordLimitAreNotReadAndNamed() throws {
        let dir = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, keys) in [("1.bib", ["a", "b"]), ("2.bib", ["c"]), ("3.bib", ["d"])] {
            try keys.map { Self.entry($0, authors: 1) }.joined().write(
                to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let batch = InputReader.read([dir.path], limits: InputLimits(maxRecords: 3))
        #expect(batch.records.count == 3)
        #expect(batch.errors == [.recordLimit(path: dir.appendingPathComponent("3.bib").path, limit: 3)])
        #expect(batch.errors[0].description.contains("3.bib: not read"))
    }

    @Test func aFileOverTheSizeLimitIsNotRead() throws {
        let dir = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.bib").path
        try Self.entry("a", authors: 3).write(toFile: path, atomically: true, encoding: .utf8)
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(throws: InputError.tooLarge(path: path, bytes: size, limit: 10)) {
            try TextFile.read(path: path, limits: InputLimits(maxFileBytes: 10))
        }
        #expect(InputReader.read([path], limits: InputLimits(maxFileBytes: size)).records.count == 1)
    }
}
