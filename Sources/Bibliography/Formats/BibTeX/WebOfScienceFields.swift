import Foundation

/// The fields of the Web of Science BibTeX export that carry more than text: `Affiliation`, `ORCID-Numbers`,
/// `Cited-References`.
///
/// ```
/// Affiliation = {{Figueira, JR (Corresponding Author), Univ Lisbon, ..., Portugal.
///    Ahmed, Umair; Certa, Antonella, Univ Palermo, Dept Engn, ..., Italy.}},
/// ORCID-Numbers = {{Martinez, Luis/0000-0003-4245-8813
///    Ishizaka, Alessio/0000-0002-2531-292X}},
/// Cited-References = {{Amgoud L, 2009, ARTIF INTELL, V173, P413, DOI 10.1016/j.artint.2008.11.006.
///    {[}Anonymous], 2000, B WORLD HEALTH ORGAN, V78, P868.}},
/// ```
/// Names in these fields are the authors' `Last, First` forms (or `Last, Initials`); they are matched to the
/// author list by folded name, else by surname and initials when exactly one author fits.
enum WebOfScienceFields {
    // MARK: - Affiliations

    /// Reads WoS affiliation lines: each organization joins the paper's affiliations (once) and the
    /// affiliations of the authors it names.
    static func affiliations(
        _ field: BibTeXField, authors: inout [AuthorName], rawNames: [String],
        paperAffiliations: inout [String], decoder: inout LaTeXDecoder
    ) {
        decoder.currentLine = field.line
        let matcher = AuthorMatcher(rawNames: rawNames, authors: authors)
        for rawLine in field.value.split(separator: "\n") {
            var line = decoder.decode(rawLine)
            if line.hasSuffix(".") { line.removeLast() }
            line = line.replacingOccurrences(of: " (Corresponding Author)", with: "")
            guard !line.isEmpty else { continue }
            var items = line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let last = items.removeLast()
            let parts = last.split(separator: ",", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
            let organization: String
            if parts.count == 3 {
                items.append(parts[0] + ", " + parts[1])
                organization = parts[2]
            } else {
                organization = last
            }
            guard !organization.isEmpty else { continue }
            if !paperAffiliations.contains(organization) { paperAffiliations.append(organization) }
            for name in items {
                guard let index = matcher.match(name), !authors[index].affiliations.contains(organization) else {
                    continue
                }
                authors[index].affiliations.append(organization)
            }
        }
    }

    // MARK: - ORCID

    /// Sets `identifiers[.orcid]` of the authors named in `Name/0000-0000-0000-000X` items (separated by `;` or
    /// line breaks); returns the names that matched no author.
    static func orcids(
        _ field: BibTeXField, authors: inout [AuthorName], rawNames: [String],
        decoder: inout LaTeXDecoder
    ) -> [String] {
        decoder.currentLine = field.line
        let matcher = AuthorMatcher(rawNames: rawNames, authors: authors)
        var unmatched: [String] = []
        for item in field.value.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            guard let slash = item.lastIndex(of: "/") else { continue }
            let name = decoder.decode(item[..<slash])
            let orcid = BibTeXIdentifiers.clean(String(item[item.index(after: slash)...])).uppercased()
            guard isORCID(orcid), !name.isEmpty else { continue }
            if let index = matcher.match(name) {
                authors[index].identifiers[.orcid] = orcid
            } else {
                unmatched.append(name)
            }
        }
        return unmatched
    }

    /// `0000-0002-1825-0097` (four groups of four, the last character a digit or X).
    static func isORCID(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard utf8.count == 19 else { return false }
        for (index, byte) in utf8.enumerated() {
            if index % 5 == 4 {
                if byte != 0x2D { return false }
            } else if !(Byte.isDigit(byte) || (index == 18 && byte == 0x58)) {
                return false
            }
        }
        return true
    }

    // MARK: - References

    /// One reference per line: the DOI (`DOI 10.…`, also `DOI DOI 10.…`, `DOI [DOI 10.…, …]`; found by
    /// `DOI(findingIn:)`, as in the other Web of Science exports) when there is one, else the line as written (braces and escapes removed, final period dropped).
    static func citedReferences(_ value: String) -> [String] {
        value.split(separator: "\n").compactMap { rawLine in
            var line = BibTeXIdentifiers.clean(String(rawLine))
            if line.hasSuffix(".") { line.removeLast() }
            if line.isEmpty { return nil }
            return DOI(findingIn: line)?.value ?? line
        }
    }

    /// A plain `references` field: items on separate lines or separated by `;`; DOIs normalized.
    static func plainReferences(_ value: String) -> [String] {
        value.split(whereSeparator: { $0 == "\n" || $0 == ";" }).compactMap { item in
            let text = BibTeXIdentifiers.clean(String(item))
            if text.isEmpty { return nil }
            return DOI(text)?.value ?? text
        }
    }
}

/// Finds the author a WoS field names: equal folded `Last, First` or display form; else the one author with the
/// same surname (or one surname part of the other) and compatible initials (`Figueira, JR` → Jose Rui Figueira).
struct AuthorMatcher {
    private var byKey: [String: Int] = [:]
    /// Per author: folded surname and given-name initials.
    private var shapes: [(surname: String, initials: String)] = []

    init(rawNames: [String], authors: [AuthorName]) {
        for (index, author) in authors.enumerated() {
            let written = NameKey.fold(author.written)
            if byKey[written] == nil { byKey[written] = index }
            if index < rawNames.count {
                let raw = BibTeXIdentifiers.clean(rawNames[index])
                let key = NameKey.fold(raw)
                if byKey[key] == nil { byKey[key] = index }
                shapes.append(AuthorMatcher.shape(raw))
            } else {
                shapes.append(("", ""))
            }
        }
    }

    func match(_ name: String) -> Int? {
        if let index = byKey[NameKey.fold(name)] { return index }
        let wanted = AuthorMatcher.shape(name)
        guard !wanted.surname.isEmpty, !wanted.initials.isEmpty else { return nil }
        // The surname may be a part of the author's ("Aguiar, Claudinei R." for "de Aguiar, Claudinei",
        // "Henggeler, Carlos" for "Henggeler Antunes, Carlos"); one list of initials may be shorter.
        let candidates = shapes.indices.filter {
            let surname = shapes[$0].surname, initials = shapes[$0].initials
            let sameSurname =
                surname == wanted.surname || surname.hasSuffix(" " + wanted.surname)
                || surname.hasPrefix(wanted.surname + " ")
            return sameSurname && !initials.isEmpty
                && (initials.hasPrefix(wanted.initials) || wanted.initials.hasPrefix(initials))
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// `Last, First Middle` → ("last", "FM"); `Last, JR` → ("last", "JR").
    static func shape(_ name: String) -> (surname: String, initials: String) {
        guard let comma = name.firstIndex(of: ",") else { return ("", "") }
        let surname = NameKey.fold(String(name[..<comma]))
        let given = name[name.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        let words = given.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." })
        let initials: String
        if words.count == 1, let word = words.first, word.count <= 3, word.allSatisfy({ $0.isUppercase }) {
            initials = String(word)
        } else {
            initials = String(words.compactMap { $0.first?.uppercased() }.joined())
        }
        return (surname, NameKey.fold(initials).replacingOccurrences(of: " ", with: "").uppercased())
    }
}
