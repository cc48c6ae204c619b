/// Maps domain keys (author names, file node ids, terms) to dense node ids and back, both ways in O(1).
/// Ids are given in first-seen order, so a deterministic input order gives deterministic ids.
public struct NodeTable<Key: Hashable & Sendable>: Sendable {
    public private(set) var keys: [Key] = []
    private var ids: [Key: Int] = [:]

    public init() {}

    public init<S: Sequence>(_ keys: S) where S.Element == Key {
        for key in keys { _ = insert(key) }
    }

    public var count: Int { keys.count }

    /// The id of `key`, adding it when new.
    public mutating func insert(_ key: Key) -> Int {
        if let id = ids[key] { return id }
        let id = keys.count
        ids[key] = id
        keys.append(key)
        return id
    }

    public func id(of key: Key) -> Int? { ids[key] }

    public subscript(id: Int) -> Key { keys[id] }
}
