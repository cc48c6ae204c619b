/// The file's label of each node, nil where it gives none; only the labels given are stored, so a file that
/// declares many vertices and labels few costs memory for the few.
public struct NodeLabels: RandomAccessCollection, Equatable, ExpressibleByArrayLiteral, Sendable {
    private var given: [Int: String] = [:]
    private var total: Int

    /// `count` nodes without labels.
    public init(count: Int = 0) { total = count }

    public init(_ labels: [String?]) {
        total = labels.count
        for (i, label) in labels.enumerated() { if let label { given[i] = label } }
    }

    public init(arrayLiteral labels: String?...) { self.init(labels) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { total }
    public subscript(position: Int) -> String? {
        get { given[position] }
        set {
            precondition(position >= 0 && position < total, "node \(position) out of range")
            given[position] = newValue
        }
    }

    /// Adds a node with `label`.
    public mutating func append(_ label: String?) {
        if let label { given[total] = label }
        total += 1
    }

    public static func == (a: NodeLabels, b: NodeLabels) -> Bool { a.elementsEqual(b) }
}
