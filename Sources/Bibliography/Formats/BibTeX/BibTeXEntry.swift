/// One field of a BibTeX entry as written: the lower-cased name, the value with `@string` macros expanded and
/// `#` parts joined (outer delimiters removed, inner braces and LaTeX kept), and the 1-based line of the name.
struct BibTeXField: Hashable, Sendable {
    var name: String
    var value: String
    var line: Int
}

/// One `@type{key, field = value, ...}` block, before its fields are interpreted (see `BibTeXRecordBuilder`).
struct BibTeXEntry: Hashable, Sendable {
    /// Lower-cased entry type (`article`, `inproceedings`, ...).
    var type: String
    /// The citation key as written.
    var key: String
    /// 1-based line of the `@`.
    var line: Int
    /// Fields in source order; a repeated field name keeps only its first occurrence.
    var fields: [BibTeXField]

    /// The first field named `name` (lower-case). Linear: entries have a few dozen fields at most.
    subscript(name: String) -> BibTeXField? {
        fields.first { $0.name == name }
    }

    func value(_ name: String) -> String? { self[name]?.value }

    func has(_ name: String) -> Bool { fields.contains { $0.name == name } }
}

/// The entry types of BibTeX and BibLaTeX (lower-case). Another type is still read, with a notice.
enum BibTeXEntryTypes {
    static let known: Set<String> = [
        // BibTeX
        "article", "book", "booklet", "conference", "inbook", "incollection", "inproceedings", "manual",
        "mastersthesis", "misc", "phdthesis", "proceedings", "techreport", "unpublished",
        // BibLaTeX and common extensions
        "online", "electronic", "www", "webpage", "report", "thesis", "patent", "software", "dataset", "collection",
        "mvbook", "mvcollection", "mvproceedings", "mvreference", "reference", "inreference", "periodical",
        "suppbook", "suppcollection", "suppperiodical", "bookinbook", "standard", "artwork", "audio", "image",
        "jurisdiction", "legislation", "legal", "letter", "movie", "music", "performance", "review", "video",
        "set", "xdata", "presentation", "talk", "poster", "data",
    ]
    /// Types whose venue is the publisher when there is no journal or booktitle.
    static let bookLike: Set<String> = [
        "book", "inbook", "booklet", "proceedings", "collection", "mvbook", "mvcollection", "mvproceedings",
        "reference", "mvreference", "bookinbook", "suppbook", "manual",
    ]
}
