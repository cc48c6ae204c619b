import CiteGraph

/// Node positions from graphviz's `plain` output (https://graphviz.org/docs/outputs/plain/): lines
/// `node NAME X Y WIDTH HEIGHT LABEL …`, coordinates in inches, converted to points. Names are as DOT wrote them
/// (CiteGraph's nodes are `n<id>`, never quoted); a quoted name is unquoted.
enum PlainLayout {
    static func positions(_ text: String) -> [String: MapPoint] {
        var positions: [String: MapPoint] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("node ") {
            let fields = fields(line.dropFirst(5))
            guard fields.count >= 3, let x = Double(fields[1]), let y = Double(fields[2]) else { continue }
            positions[fields[0]] = MapPoint(x: x * 72, y: y * 72)
        }
        return positions
    }

    /// The first three space-separated fields; a field in double quotes may hold spaces and `\"`.
    static func fields(_ text: Substring) -> [String] {
        var out: [String] = []
        var rest = text[...]
        while out.count < 3, let first = rest.first {
            if first == " " {
                rest = rest.dropFirst()
                continue
            }
            if first == "\"" {
                var field = ""
                var index = rest.index(after: rest.startIndex)
                while index < rest.endIndex, rest[index] != "\"" {
                    if rest[index] == "\\", rest.index(after: index) < rest.endIndex {
                        index = rest.index(after: index)
                    }
                    field.append(rest[index])
                    index = rest.index(after: index)
                }
                out.append(field)
                rest = index < rest.endIndex ? rest[rest.index(after: index)...] : ""
            } else {
                let end = rest.firstIndex(of: " ") ?? rest.endIndex
                out.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return out
    }
}
