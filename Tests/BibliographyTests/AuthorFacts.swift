import Foundation
import Testing

@testable import Bibliography

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
