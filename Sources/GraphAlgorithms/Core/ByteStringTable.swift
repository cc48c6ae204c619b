/// An interner of byte strings: gives every distinct byte sequence a dense id in first-insertion order and finds
/// it again without making a `String` per lookup (node tokens of graph files, names of network projections).
///
/// Open addressing with linear probing over a power-of-two slot table, at most half full. A slot holds the high 32
/// bits of the key's hash next to where the key's record lies in one byte arena, so a probe that meets another key
/// rarely touches that key's bytes, and a hit reads one record (id, length and bytes together). The hash mixes the bytes eight at a time (multiply and xor-shift), with
/// no random seed: not for adversarial keys. Keys compare as bytes: two `String`s that are equal but spelled with
/// different bytes (`é` precomposed or not) are different keys here.
///
/// - Complexity: O(length) expected per insertion or lookup, amortized over the table's doublings; memory 8 bytes
///   per slot (2–4 slots per key), the key bytes with 8 bytes of header, and one offset per key. At most 4 GB of
///   keys.
public final class ByteStringTable {
    // Raw buffers, no per-access exclusivity checks: the table is not shared across threads while mutated, and
    // the lookups are the hot path of the network projections.
    /// 0 = empty, else (hash high 32 bits) << 32 | (record offset + 1).
    @exclusivity(unchecked) @usableFromInline var slots: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) @usableFromInline var mask: Int
    /// Key records back to back: id (UInt32), byte count (UInt32), bytes; key `id`'s record is
    /// `arena[starts[id]..<starts[id + 1]]`.
    @exclusivity(unchecked) @usableFromInline var arena: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) @usableFromInline var arenaCapacity: Int
    /// `count + 1` offsets into `arena`, room for `startsCapacity`.
    @exclusivity(unchecked) @usableFromInline var starts: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) @usableFromInline var startsCapacity: Int
    /// Number of distinct keys.
    @exclusivity(unchecked) public private(set) var count = 0

    /// A table sized for about `expectedCount` keys of `expectedBytes` bytes in all (it grows as needed).
    public init(expectedCount: Int = 0, expectedBytes: Int = 0) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        mask = capacity - 1
        arenaCapacity = max(64, 8 * expectedCount + (expectedBytes > 0 ? expectedBytes : 16 * expectedCount))
        arena = .allocate(capacity: arenaCapacity)
        startsCapacity = max(16, expectedCount + 1)
        starts = .allocate(capacity: startsCapacity)
        starts[0] = 0
    }

    /// A table holding `keys` (their UTF-8 bytes), a key's id being the position of its first occurrence among
    /// the distinct keys.
    public convenience init(_ keys: [String]) {
        self.init(expectedCount: keys.count, expectedBytes: keys.reduce(0) { $0 + $1.utf8.count })
        for key in keys { _ = id(inserting: key) }
    }

    deinit {
        slots.deallocate()
        arena.deallocate()
        starts.deallocate()
    }

    /// 64-bit hash of `count` bytes.
    @inlinable @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        if i < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                word |= UInt64(p[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ word) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 29
        }
        h = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    @inlinable @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        while i + 8 <= count {
            if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            {
                return false
            }
            i += 8
        }
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// A read-only view of the table as it is now, for hot lookups (raw pointers: no reference counting, no
    /// exclusivity checks). Valid while the table is alive and no key is added.
    @inlinable public var view: View { View(slots: slots, mask: mask, arena: arena) }

    /// The id of the key `p[0..<count]`, or nil.
    @inlinable
    public func id(of p: UnsafePointer<UInt8>, count: Int) -> Int? { view.id(of: p, count: count) }

    /// The id of the UTF-8 bytes of `key`, or nil.
    @inlinable
    public func id(of key: String) -> Int? { view.id(of: key) }

    /// The id of the key `p[0..<count]`, added with the next id when new.
    @inlinable
    public func id(inserting p: UnsafePointer<UInt8>, count: Int) -> Int {
        let view = self.view
        let h = ByteStringTable.hash(p, count)
        let slot = view.probe(p, count, hash: h)
        let entry = view.slots[slot]
        if entry != 0 { return view.id(entry: entry) }
        return add(p, count, hash: h, slot: slot)
    }

    /// The id of the UTF-8 bytes of `key`, added with the next id when new.
    @inlinable
    public func id(inserting key: String) -> Int {
        var key = key
        return key.withUTF8 { id(inserting: $0.baseAddress ?? ByteStringTable.emptyKey, count: $0.count) }
    }

    /// See `ByteStringTable.view`.
    @frozen
    public struct View {
        @usableFromInline let slots: UnsafeMutablePointer<UInt64>
        @usableFromInline let mask: Int
        @usableFromInline let arena: UnsafeMutablePointer<UInt8>

        @inlinable
        init(slots: UnsafeMutablePointer<UInt64>, mask: Int, arena: UnsafeMutablePointer<UInt8>) {
            self.slots = slots
            self.mask = mask
            self.arena = arena
        }

        /// The slot holding the key `p[0..<count]` with hash `h`, or the empty slot where it would go.
        @inlinable @inline(__always)
        func probe(_ p: UnsafePointer<UInt8>, _ count: Int, hash h: UInt64) -> Int {
            let arena = UnsafeRawPointer(self.arena)
            let tag = h & 0xFFFF_FFFF_0000_0000
            var slot = Int(truncatingIfNeeded: h) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return slot }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let record = arena + (Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1)
                    if Int(record.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) == count
                        && ByteStringTable.equal(record.assumingMemoryBound(to: UInt8.self) + 8, p, count)
                    {
                        return slot
                    }
                }
                slot = (slot + 1) & mask
            }
        }

        /// The id of the key whose (non-empty) slot entry is `entry`.
        @inlinable @inline(__always)
        func id(entry: UInt64) -> Int {
            let record = UnsafeRawPointer(arena) + (Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1)
            return Int(record.loadUnaligned(as: UInt32.self))
        }

        /// The id of the key `p[0..<count]`, or nil.
        @inlinable @inline(__always)
        public func id(of p: UnsafePointer<UInt8>, count: Int) -> Int? {
            let entry = slots[probe(p, count, hash: ByteStringTable.hash(p, count))]
            return entry == 0 ? nil : id(entry: entry)
        }

        /// The id of the UTF-8 bytes of `key`, or nil.
        @inlinable @inline(__always)
        public func id(of key: String) -> Int? {
            var key = key
            return key.withUTF8 { id(of: $0.baseAddress ?? ByteStringTable.emptyKey, count: $0.count) }
        }
    }

    /// Calls `body` with the bytes of key `id`.
    public func withKey<R>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: arena + starts[id] + 8, count: starts[id + 1] - starts[id] - 8))
    }

    /// A base address for the empty key (never read).
    @usableFromInline nonisolated(unsafe) static let emptyKey = UnsafePointer(
        UnsafeMutablePointer<UInt8>.allocate(capacity: 1))

    /// Appends a new key whose probe ended at the empty `slot`; returns its id.
    @usableFromInline
    func add(_ p: UnsafePointer<UInt8>, _ count: Int, hash h: UInt64, slot: Int) -> Int {
        let id = self.count
        let start = starts[id]
        let end = start + 8 + count
        precondition(end < Int(UInt32.max) && count < Int(UInt32.max), "ByteStringTable: keys too large")
        slots[slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(start + 1)
        if end > arenaCapacity {
            var capacity = arenaCapacity * 2
            while capacity < end { capacity *= 2 }
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            bigger.initialize(from: arena, count: start)
            arena.deallocate()
            arena = bigger
            arenaCapacity = capacity
        }
        let record = UnsafeMutableRawPointer(arena + start)
        record.storeBytes(of: UInt32(truncatingIfNeeded: id), toByteOffset: 0, as: UInt32.self)
        record.storeBytes(of: UInt32(truncatingIfNeeded: count), toByteOffset: 4, as: UInt32.self)
        (arena + start + 8).initialize(from: p, count: count)
        if id + 2 > startsCapacity {
            let bigger = UnsafeMutablePointer<Int>.allocate(capacity: startsCapacity * 2)
            bigger.initialize(from: starts, count: id + 1)
            starts.deallocate()
            starts = bigger
            startsCapacity *= 2
        }
        starts[id + 1] = end
        self.count = id + 1
        if (id + 1) * 2 > mask + 1 { grow() }
        return id
    }

    /// Doubles the slot table, rehashing the keys from the arena.
    private func grow() {
        let capacity = (mask + 1) * 2
        slots.deallocate()
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        mask = capacity - 1
        for id in 0..<count {
            let start = starts[id]
            let h = ByteStringTable.hash(arena + start + 8, starts[id + 1] - start - 8)
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(start + 1)
        }
    }
}
