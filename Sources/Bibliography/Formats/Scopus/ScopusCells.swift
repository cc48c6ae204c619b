/// Reading the cells of a Scopus export: author lists, author ids, affiliations, references.
enum ScopusCells {
    /// Scopus writes these instead of an empty author or id list.
    static let placeholders: Set<String> = ["[No author name available]", "[No author id available]"]

    /// `Authors`: split on `;` when the cell has one (newer exports), else on `", "` (older exports:
    /// `Phillips J.C., Braun R.`); placeholders dropped.
    static func authors(_ cell: Substring) -> [String] {
        let items = cell.contains(";") ? TaggedText.split(cell, on: ";") : TaggedText.split(cell, onString: ", ")
        return items.filter { !placeholders.contains($0) }
    }

    /// `Author(s) ID`: `57202138757;7402220509;` → the ids; placeholders dropped.
    static func authorIDs(_ cell: Substring) -> [String] {
        TaggedText.split(cell, on: ";").filter { !placeholders.contains($0) }
    }

    /// `Author full names`: `Phillips, James C. (57202138757); Braun, Rosemary (7402220509)` → (name, id).
    static func fullNames(_ cell: Substring) -> [(name: String, id: String?)] {
        TaggedText.split(cell, on: ";").filter { !placeholders.contains($0) }.map { item in
            guard item.hasSuffix(")"), let open = item.lastIndex(of: "(") else { return (item, nil) }
            let id = item[item.index(after: open)..<item.index(before: item.endIndex)]
            guard !id.isEmpty, id.utf8.allSatisfy(Byte.isDigit) else { return (item, nil) }
            return (TaggedText.collapsed(item[..<open]), String(id))
        }
    }

    /// `Authors with affiliations` items (`Phillips, J.C., Beckman Institute, ...`), each paired with the author
    /// at the same position: the affiliation is the item without the author's name. An item whose start is not
    /// recognizably that author's name gives no affiliation (nothing is guessed). Nil when the counts differ.
    static func authorAffiliations(_ cell: Substring, authors: [String]) -> [String?]? {
        let items = TaggedText.split(cell, onString: "; ")
        guard items.count == authors.count else { return nil }
        return zip(items, authors).map { item, name in
            if item.hasPrefix(name + ", ") { return nonEmpty(item.dropFirst(name.count + 2)) }
            // `Phillips, J.C., Address` for the author `Phillips J.C.`.
            let parts = item.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
            if parts.count == 3,
                TaggedText.collapsed(parts[0]) + " " + TaggedText.collapsed(parts[1]) == name
            {
                return nonEmpty(parts[2])
            }
            return nil
        }
    }

    private static func nonEmpty(_ text: Substring) -> String? {
        let value = TaggedText.collapsed(text)
        return value.isEmpty ? nil : value
    }

    /// `References`: items separated by `; `, each the DOI it cites when it gives one, else its text.
    static func references(_ cell: Substring) -> [String] {
        TaggedText.split(cell, onString: "; ").map { DOI(findingIn: $0)?.value ?? $0 }
    }

    /// Keywords separated by `;`.
    static func keywords(_ cell: Substring?) -> [String] {
        cell.map { TaggedText.split($0, on: ";") } ?? []
    }
}
