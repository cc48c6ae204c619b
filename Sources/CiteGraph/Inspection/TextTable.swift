/// A plain-text table with left-aligned columns, for terminal output. Cells are cut to `maxWidth` characters.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]] = []
    public var maxWidth: Int

    public init(headers: [String], maxWidth: Int = 60) {
        self.headers = headers
        self.maxWidth = maxWidth
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    public func rendered() -> String {
        let cut = { (s: String) -> String in
            let oneLine = s.replacingOccurrences(of: "\n", with: " ")
            return oneLine.count > maxWidth ? String(oneLine.prefix(maxWidth - 1)) + "…" : oneLine
        }
        let all = ([headers] + rows).map { $0.map(cut) }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        var out = ""
        for (r, row) in all.enumerated() {
            let cells = row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }
            out += cells.joined(separator: "  ") + "\n"
            if r == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }
}
