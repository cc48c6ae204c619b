import Bibliography

/// "Vaswani 2017": the first author's family name and the year, for paper nodes on a map.
enum PaperLabel {
    static func short(_ paper: Paper) -> String {
        let first = paper.authors.first { !$0.inferred } ?? paper.authors.first
        var name = first.map { PaperLabel.familyName($0.resolved) } ?? ""
        if name.isEmpty { name = String(paper.title.prefix(24)) }
        if (paper.authors.count) > 1 { name += " et al." }
        return paper.year.map { "\(name) \($0)" } ?? name
    }

    static func familyName(_ name: String) -> String {
        if let comma = name.firstIndex(of: ",") { return String(name[..<comma]).trimmingCharacters(in: .whitespaces) }
        return name.split(separator: " ").last.map(String.init) ?? name
    }
}
