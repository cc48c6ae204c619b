import Foundation
import Testing

@testable import Bibliography

/// Real-data fixtures copied byte-for-byte from `../shared/data` (Fixtures/formats/<dataset>/<file>), and the
/// reference-fact figures computed from records.
enum TaggedFixture {
    static func url(_ dataset: String, _ file: String) -> URL {
        let name = (file as NSString).deletingPathExtension
        let ext = (file as NSString).pathExtension
        return Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures/formats/\(dataset)")!
    }

    static func file(_ dataset: String, _ file: String) throws -> TextFile {
        try TextFile.read(path: url(dataset, file).path)
    }

    /// Text decoded as if read from `path`.
    static func text(_ text: String, path: String = "inline.txt") -> TextFile {
        TextFile.decode(Data(text.utf8), path: path)
    }
}

/// The figures of `reference_facts.json` for one way of naming authors (see the data README: names as written,
/// a name repeated inside one record counted once).
struct AuthorFacts: Equatable, CustomStringConvertible {
    var recordsWithAuthors = 0
    var distinct = 0
    var slots = 0
    var maxPerRecord = 0
    var coauthorEdges = 0
    /// Names with the most records, ties by name (code-point order).
    var top5: [String] = []

    /// `key` names an author (nil: not counted, e.g. a group author).
    init(_ papers: [Paper], key: (AuthorName) -> String?) {
        var counts: [String: Int] = [:]
        var edges = Set<[String]>()
        for paper in papers {
            var seen: [String] = []
            for author in paper.authors {
                guard let name = key(author), !seen.contains(name) else { continue }
                seen.append(name)
            }
            if seen.isEmpty { continue }
            recordsWithAuthors += 1
            slots += seen.count
            maxPerRecord = max(maxPerRecord, seen.count)
            for name in seen { counts[name, default: 0] += 1 }
            let sorted = seen.sorted()
            for i in sorted.indices {
                for j in sorted.indices where j > i { edges.insert([sorted[i], sorted[j]]) }
            }
        }
        distinct = counts.count
        coauthorEdges = edges.count
        top5 = counts.sorted {
            $0.value != $1.value
                ? $0.value > $1.value
                : Array($0.key.unicodeScalars.map(\.value)).lexicographicallyPrecedes(
                    $1.key.unicodeScalars.map(\.value))
        }.prefix(5).map { "\($0.key) \($0.value)" }
    }

    init(recordsWithAuthors: Int, distinct: Int, slots: Int, maxPerRecord: Int, coauthorEdges: Int, top5: [String]) {
        self.recordsWithAuthors = recordsWithAuthors
        self.distinct = distinct
        self.slots = slots
        self.maxPerRecord = maxPerRecord
        self.coauthorEdges = coauthorEdges
        self.top5 = top5
    }

    var description: String {
        "records with authors \(recordsWithAuthors), distinct \(distinct), slots \(slots), max \(maxPerRecord), "
            + "edges \(coauthorEdges), top5 \(top5)"
    }
}

/// One faulty input for a reader and what must come out of it.
struct FaultySnippet: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    /// The issue that must be reported.
    var code: String
    var severity: ParseIssue.Severity
    var line: Int
    /// The titles of the records returned, in order.
    var titles: [String]
    var skipped = 0

    var testDescription: String { name }
}

extension FaultySnippet {
    /// Checks `result` against this snippet: the located issue, the records, the accounting.
    func check(_ result: ParseResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let issue = result.issues.first { $0.code == code && $0.location.line == line }
        #expect(
            issue != nil,
            "expected \(code) at line \(line); got \(result.issues.map { "\($0.code)@\($0.location.line)" })",
            sourceLocation: sourceLocation)
        #expect(issue?.severity == severity, sourceLocation: sourceLocation)
        #expect(issue?.location.file == result.file, sourceLocation: sourceLocation)
        #expect(result.records.map(\.title) == titles, sourceLocation: sourceLocation)
        #expect(result.skipped.count == skipped, sourceLocation: sourceLocation)
        #expect(result.recordsRead == titles.count + skipped, sourceLocation: sourceLocation)
        if severity == .error {
            #expect(result.skipped.contains { $0.location.line == line }, sourceLocation: sourceLocation)
        }
    }
}

/// A 10 MB run of one character (hostile input).
let tenMegabytes = String(repeating: "x", count: 10 * 1024 * 1024)
