import GraphAlgorithms

/// A read-only map from strings to their position in a list, for the hot lookups of network projections (one per
/// author slot): a `ByteStringTable` over the UTF-8 bytes (about 5× cheaper per lookup than `[String: Int32]` with
/// its seeded SipHash, which dominated the co-authorship projection).
///
/// Answers exactly as a `[String: Int]` would: the table compares bytes, so a key written with other bytes but
/// canonically equivalent (`é` precomposed or not — equal for `String`) is not found there; such a miss falls back
/// to a dictionary built on first need. Not for adversarial keys (no random seed): the keys are the corpus's own
/// canonical names.
///
/// - Complexity: O(total key length) to build, O(length) expected per lookup.
struct NameIndex {
    private let keys: [String]
    private let table: ByteStringTable
    /// `table`'s lookups (raw pointers; `table` keeps them alive and gets no more keys).
    private let view: ByteStringTable.View
    /// Table id → position in `keys`, only when `keys` repeats a key (else the id is the position).
    private let positions: [Int]?
    /// Built on the first miss, for keys equal to a listed one in another byte form.
    private var fallback: [String: Int]?

    /// A later duplicate in `keys` is never found (its first position is).
    init(_ keys: [String]) {
        self.keys = keys
        table = ByteStringTable(keys)
        view = table.view
        guard table.count < keys.count else {
            positions = nil
            return
        }
        // Repeated keys: the first position of each distinct key.
        var positions = [Int](repeating: -1, count: table.count)
        for (index, key) in keys.enumerated() {
            let id = view.id(of: key)!
            if positions[id] < 0 { positions[id] = index }
        }
        self.positions = positions
    }

    /// The position of `key` in the list, or nil.
    mutating func index(of key: String) -> Int? {
        guard let id = view.id(of: key) else { return slowIndex(of: key) }
        guard let positions else { return id }
        return positions[id]
    }

    private mutating func slowIndex(of key: String) -> Int? {
        if fallback == nil {
            var map: [String: Int] = [:]
            map.reserveCapacity(keys.count)
            for (index, k) in keys.enumerated() where map[k] == nil { map[k] = index }
            fallback = map
        }
        return fallback?[key]
    }
}
