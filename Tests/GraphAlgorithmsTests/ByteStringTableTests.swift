import Testing

@testable import GraphAlgorithms

struct ByteStringTableTests {
    /// Ids in first-insertion order, repeated keys found again, lookups without insertion, keys read back, across
    /// several doublings of the slot table and the arena (sized for 4 keys, given 5,000).
    @Test func internsInFirstSeenOrderAcrossGrowth() {
        let table = ByteStringTable(expectedCount: 4)
        let keys = (0..<5_000).map { "key-\($0 * 7919 % 5_000)-" + String(repeating: "x", count: $0 % 23) }
        for (i, key) in keys.enumerated() { #expect(table.id(inserting: key) == i) }
        #expect(table.count == 5_000)
        for (i, key) in keys.enumerated().reversed() {
            #expect(table.id(inserting: key) == i)
            #expect(table.id(of: key) == i)
            #expect(table.view.id(of: key) == i)
            #expect(table.withKey(i) { String(decoding: $0, as: UTF8.self) } == key)
        }
        #expect(table.count == 5_000)
        #expect(table.id(of: "key-1-") == nil)
        #expect(table.id(of: "") == nil)
    }

    /// Keys are bytes: the empty key, a prefix of another key, and a canonically equal `String` spelled with other
    /// bytes are all distinct keys.
    @Test func keysAreBytes() {
        let table = ByteStringTable(["José", "", "Jos", "Jose\u{301}", "José"])
        #expect(table.count == 4)
        #expect(table.id(of: "José") == 0)
        #expect(table.id(of: "") == 1)
        #expect(table.id(of: "Jos") == 2)
        #expect(table.id(of: "Jose\u{301}") == 3)
        #expect(table.withKey(1) { $0.count } == 0)
        let bytes: [UInt8] = Array("Jos".utf8)
        #expect(bytes.withUnsafeBufferPointer { table.id(of: $0.baseAddress!, count: 3) } == 2)
        #expect(bytes.withUnsafeBufferPointer { table.id(of: $0.baseAddress!, count: 2) } == nil)
    }
}
