/// Web of Science author addresses (`C1`) and author identifiers (`OI`, `RI`).
///
/// A `C1` item is `[Pillon, Florence; Gilles, Hervé] Ecole Natl Super Ingn Caen, F-14050 Caen, France` (newer
/// records) or just the address (older records, which do not say whose it is). The address goes to the paper's
/// affiliations (each once, in order) and to every named author. Unbracketed addresses of a single-author
/// record belong to that author.
struct WebOfScienceAddresses {
    struct Address {
        /// The names in the brackets, as written (empty when the item has no brackets).
        var names: [String]
        var address: String
    }

    var addresses: [Address]

    init(_ items: [String]) {
        addresses = items.compactMap(Self.parse)
    }

    /// Splits `[A; B] Address`; an item without brackets is all address. Nil for an empty address.
    static func parse(_ item: String) -> Address? {
        var names: [String] = []
        var rest = Substring(item)
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            names = TaggedText.split(rest[rest.index(after: rest.startIndex)..<close], on: ";")
            rest = rest[rest.index(after: close)...]
        }
        let address = TaggedText.collapsed(rest)
        return address.isEmpty ? nil : Address(names: names, address: address)
    }

    /// Each address once, in order.
    var paperAffiliations: [String] { TaggedText.unique(addresses.map(\.address)) }

    /// Adds each bracketed address to the authors it names (matched on the written name or, when given, the
    /// parallel short name, ignoring case); unbracketed addresses go to a lone author.
    func assign(to authors: inout [AuthorName], alternates: [String]) {
        for entry in addresses {
            if entry.names.isEmpty {
                if authors.count == 1, !authors[0].affiliations.contains(entry.address) {
                    authors[0].affiliations.append(entry.address)
                }
                continue
            }
            for name in entry.names {
                guard let index = Self.author(named: name, in: authors, alternates: alternates) else { continue }
                if !authors[index].affiliations.contains(entry.address) {
                    authors[index].affiliations.append(entry.address)
                }
            }
        }
    }

    enum Scheme {
        /// `OI`: ORCID iDs.
        case orcid
        /// `RI`: ResearcherIDs (`J-3641-2014`); an ORCID written there is still an ORCID.
        case researcherID
    }

    /// Reads `Name/ID; Name/ID` and sets the matching author's `orcid` (or `researcherid`). Names are matched
    /// like `assign`, then on family name plus first initial when that picks exactly one author.
    static func assignIdentifiers(
        _ text: String?, scheme: Scheme, to authors: inout [AuthorName],
        alternates: [String]
    ) {
        guard let text else { return }
        for entry in text.split(separator: ";") {
            guard let slash = entry.lastIndex(of: "/") else { continue }
            let name = TaggedText.collapsed(entry[..<slash])
            let id = TaggedText.collapsed(entry[entry.index(after: slash)...])
            guard !name.isEmpty, !id.isEmpty,
                let index = author(named: name, in: authors, alternates: alternates)
            else { continue }
            if let orcid = TaggedValues.orcid(in: Substring(id)) {
                if authors[index].identifiers[.orcid] == nil { authors[index].identifiers[.orcid] = orcid }
            } else if scheme == .researcherID, authors[index].identifiers[.researcherID] == nil {
                authors[index].identifiers[.researcherID] = id
            }
        }
    }

    /// The index of the author called `name`: equal ignoring case to the written or the alternate (short) form,
    /// else the only author with the same family name (before the comma) and first initial.
    static func author(named name: String, in authors: [AuthorName], alternates: [String]) -> Int? {
        let key = name.lowercased()
        if let index = authors.indices.first(where: {
            authors[$0].written.lowercased() == key || ($0 < alternates.count && alternates[$0].lowercased() == key)
        }) {
            return index
        }
        guard let (family, initial) = familyAndInitial(key) else { return nil }
        let matches = authors.indices.filter {
            familyAndInitial(authors[$0].written.lowercased()).map {
                $0.family == family && $0.initial == initial
            } ?? false
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// `gilles, herve` → (`gilles`, `h`).
    private static func familyAndInitial(_ name: String) -> (family: Substring, initial: Character)? {
        guard let comma = name.firstIndex(of: ",") else { return nil }
        let family = TaggedText.trimmed(name[..<comma])
        guard let initial = name[name.index(after: comma)...].first(where: { $0.isLetter }), !family.isEmpty else {
            return nil
        }
        return (family, initial)
    }
}
