import Bibliography
import Foundation

/// "Mousseau et al. 1998": the first author's family name and the year, for paper nodes on a map — whatever the
/// export's name notation ("Mousseau, V.", "Mousseau V.", "Vincent Mousseau", "MOUSSEAU, V"). A paper without
/// authors is labeled by its title, shortened at a word boundary.
enum PaperLabel {
    static func short(_ paper: Paper) -> String {
        let first = paper.authors.first { !$0.inferred } ?? paper.authors.first
        var name = first.map { PaperLabel.familyName($0.resolved) } ?? ""
        if name.isEmpty { name = shortened(paper.title, to: 24) }
        if (paper.authors.count) > 1 { name += " et al." }
        return paper.year.map { "\(name) \($0)" } ?? name
    }

    /// The family name as written: the part before a comma; else the words `PersonName` reads as the surname
    /// ("Wu H." → "Wu", "Ludwig van Beethoven" → "van Beethoven"); else the last word.
    static func familyName(_ name: String) -> String {
        if let comma = name.firstIndex(of: ",") { return String(name[..<comma]).trimmingCharacters(in: .whitespaces) }
        let words = name.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard words.count >= 2, let parsed = PersonName(name) else { return words.last ?? name }
        let surname = NameKey.fold(parsed.surname)
        for count in 1..<words.count {
            let head = words.prefix(count).joined(separator: " ")
            if NameKey.fold(head) == surname { return head }
            let tail = words.suffix(count).joined(separator: " ")
            if NameKey.fold(tail) == surname { return tail }
        }
        return words.last ?? name
    }

    /// `text` cut to at most `limit` characters at the last word boundary, with "…" when something was cut.
    static func shortened(_ text: String, to limit: Int) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        var out = ""
        for word in words {
            let next = out.isEmpty ? String(word) : out + " " + word
            if next.count > limit {
                if out.isEmpty { return String(word.prefix(limit - 1)) + "…" }
                return out.trimmingCharacters(in: CharacterSet(charactersIn: ",;:.-–—")) + "…"
            }
            out = next
        }
        return out
    }
}
