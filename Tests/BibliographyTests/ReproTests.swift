import Foundation
import Testing

@testable import Bibliography

/// Record files from `../shared/repro/` that once crashed `records`/`inspect` (issue 13's fuzzing), kept in
/// Fixtures/repro: each is now read with located issues.
@Suite("Record-file reproducers")
struct ReproTests {
    static func read(_ name: String) -> InputReader.Batch {
        InputReader.read([Fixture.url("repro/" + name).path])
    }

    @Test("a stray element in a DBLP DOCTYPE is skipped once (the tokenizer looped on it, allocating gigabytes)")
    func doctypeElement() {
        let batch = Self.read("dblp-doctype-element.xml")
        #expect(batch.errors.isEmpty)
        #expect(batch.results.first?.format == .dblp)
        #expect(batch.records.isEmpty)
        #expect(batch.issues.filter { $0.code == "malformed-dtd" }.count == 1)
        #expect(batch.issues.contains { $0.code == "no-records" })
    }

    @Test("a profile header count beyond any integer is a line not understood (it trapped converting to Int)")
    func hugeHeaderNumbers() {
        let overflow = Self.read("profile-header-hindex-overflow.txt")
        #expect(overflow.profiles.first?.hIndex == nil)
        #expect(overflow.profiles.first?.papers == 33)
        #expect(
            overflow.issues.contains { $0.code == "profile-line-ignored" && $0.location.line == 4 },
            "\(overflow.issues)")
        let huge = Self.read("profile-header-huge-count.txt")
        #expect(huge.errors.isEmpty)
        #expect(huge.profiles.allSatisfy { $0.citations == nil })
    }

    @Test("counts: whole numbers up to 2⁵³ only")
    func counts() {
        #expect(ProfileHeaderParser.count(13_433) == 13_433)
        #expect(ProfileHeaderParser.count(1e20) == nil)
        #expect(ProfileHeaderParser.count(2.5) == nil)
        #expect(ProfileHeaderParser.count(.infinity) == nil)
    }
}
