import Foundation

/// Identifier fields: arXiv ids, DBLP keys, Scopus EIDs. Identifiers are not LaTeX-decoded (a DOI's
/// `--` stays `--`); `clean` only removes braces and backslash escapes.
enum BibTeXIdentifiers {
    /// Braces removed, `\_` → `_` (any backslash before a non-letter dropped), backslash commands such as
    /// `\url` dropped, white space collapsed and trimmed.
    static func clean(_ value: String) -> String {
        var kept: [UInt8] = []
        let bytes = Array(value.utf8)
        kept.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            if byte == Byte.lbrace || byte == Byte.rbrace { continue }
            if byte == Byte.backslash {
                while i < bytes.count, Byte.isLetter(bytes[i]) { i += 1 }
                continue
            }
            kept.append(byte)
        }
        return BibTeXName.collapse(kept[...])
    }

    /// The arXiv id of `eprint` when `archiveprefix` or `eprinttype` says arXiv, or of an `arxiv` field.
    static func arxiv(_ entry: BibTeXEntry) -> String? {
        var value: String?
        if let eprint = entry.value("eprint") {
            let scheme = (entry.value("archiveprefix") ?? entry.value("eprinttype")).map(clean)?.lowercased()
            if scheme == "arxiv" { value = eprint }
        }
        if value == nil { value = entry.value("arxiv") }
        guard var id = value.map(clean), !id.isEmpty else { return nil }
        if id.lowercased().hasPrefix("arxiv:") { id = String(id.dropFirst(6)) }
        return id.isEmpty ? nil : id
    }

    /// The DBLP key from `biburl` (`https://dblp.org/rec/conf/ftp/X09.bib`,
    /// `http://dblp.uni-trier.de/rec/bib/conf/tacas/2001`) or from a citation key `DBLP:conf/...`.
    static func dblp(_ entry: BibTeXEntry) -> String? {
        if entry.key.hasPrefix("DBLP:") {
            let key = String(entry.key.dropFirst(5))
            if !key.isEmpty { return key }
        }
        guard let url = entry.value("biburl").map(clean), url.contains("dblp"),
            let range = url.range(of: "/rec/")
        else { return nil }
        var key = Substring(url[range.upperBound...])
        if key.hasPrefix("bib/") { key = key.dropFirst(4) }
        if key.hasSuffix(".bib") { key = key.dropLast(4) }
        return key.isEmpty ? nil : String(key)
    }

    /// A Scopus EID in a Scopus record URL (`...record.uri?eid=2-s2.0-85012345678&...`).
    static func scopusEID(_ url: String) -> String? {
        guard url.contains("scopus"), let range = url.range(of: "eid=") else { return nil }
        let eid = url[range.upperBound...].prefix { $0 != "&" && $0 != " " }
        return eid.hasPrefix("2-s2.0-") ? String(eid) : nil
    }
}
