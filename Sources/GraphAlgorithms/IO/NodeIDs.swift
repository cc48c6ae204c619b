/// The file's own id of each node, made when asked for where the file implies it: Pajek's `*Vertices n` names
/// vertices `1...n` without storing `n` strings, so a declared count costs no memory per vertex. Ids beyond the
/// implicit ones (vertices that lines add, every id of other formats) are stored.
public struct NodeIDs: RandomAccessCollection, Equatable, ExpressibleByArrayLiteral, Sendable {
    /// Nodes `0..<numbered` are named `"1"`…`"\(numbered)"`, not stored.
    public private(set) var numbered: Int
    private var stored: [String]

    /// Ids `"1"…"\(numbered)"` followed by `stored`.
    public init(numbered: Int = 0, stored: [String] = []) {
        self.numbered = numbered
        self.stored = stored
    }

    public init(_ ids: [String]) { self.init(stored: ids) }
    public init(arrayLiteral ids: String...) { self.init(stored: ids) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { numbered + stored.count }
    public subscript(position: Int) -> String {
        position < numbered ? String(position + 1) : stored[position - numbered]
    }

    public mutating func append(_ id: String) { stored.append(id) }

    public static func == (a: NodeIDs, b: NodeIDs) -> Bool { a.elementsEqual(b) }
}
