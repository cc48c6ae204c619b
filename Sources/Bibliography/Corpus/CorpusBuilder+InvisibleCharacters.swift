extension CorpusBuilder {
    /// Strips zero-width characters and bidirectional controls from the record's author names
    /// (`InvisibleCharacters`); a name that was nothing else is removed. One warning per record names the forms
    /// repaired, with their invisible characters shown as code points.
    static func stripInvisibleCharacters(_ record: inout Paper, issues: inout [ParseIssue]) {
        guard record.authors.contains(where: { InvisibleCharacters.occur(in: $0.written) }) else { return }
        var repaired: [String] = []
        var authors: [AuthorName] = []
        for var author in record.authors {
            if InvisibleCharacters.occur(in: author.written) {
                repaired.append(visible(author.written))
                let stripped = InvisibleCharacters.strip(author.written)
                if stripped.isEmpty { continue }
                author.written = stripped
                author.resolved = stripped
                author.kind = GroupNames.kind(of: stripped)
            }
            authors.append(author)
        }
        record.authors = authors
        guard let location = record.location else { return }
        issues.append(
            ParseIssue(
                .warning, "name-invisible-characters", at: location,
                "zero-width or bidirectional control characters removed from \(repaired.count) author name(s): "
                    + repaired.joined(separator: "; "), excerpt: record.title))
    }

    /// The name with each invisible character shown as its code point ("Ann Lee<U+200B>").
    static func visible(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            if InvisibleCharacters.invisible.contains(scalar.value) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
