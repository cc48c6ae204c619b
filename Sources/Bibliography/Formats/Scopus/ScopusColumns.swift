/// The header row of a Scopus CSV export, and where each used column sits in a data row.
///
/// Scopus names one `Funding Text 1` column in its header but writes as many funding-text cells as the record
/// with the most of them needs (the litstudy sample: header of 45 names, 56 of 58 rows with 46 cells, the extra
/// cell right after `Funding Text 1`). A row with `k` cells more than the header is therefore read with the
/// columns after the last `Funding Text` column shifted by `k`, when the `EID` cell then looks like an EID
/// (`2-s2.0-...`) or there is no `EID` column; otherwise the row is read by position. Either way the row gets a
/// `field-count` warning.
struct ScopusColumns {
    enum Column: CaseIterable {
        case authors, fullNames, authorIDs, title, year, sourceTitle, doi, eid, authorKeywords, indexKeywords
        case abstract, affiliations, authorsWithAffiliations, references, pubmedID, issn, isbn

        /// The header name, lower-case.
        var name: String {
            switch self {
            case .authors: return "authors"
            case .fullNames: return "author full names"
            case .authorIDs: return "author(s) id"
            case .title: return "title"
            case .year: return "year"
            case .sourceTitle: return "source title"
            case .doi: return "doi"
            case .eid: return "eid"
            case .authorKeywords: return "author keywords"
            case .indexKeywords: return "index keywords"
            case .abstract: return "abstract"
            case .affiliations: return "affiliations"
            case .authorsWithAffiliations: return "authors with affiliations"
            case .references: return "references"
            case .pubmedID: return "pubmed id"
            case .issn: return "issn"
            case .isbn: return "isbn"
            }
        }
    }

    /// How a row's cells were matched to the header.
    enum Alignment: Equatable {
        /// Cell `i` is column `i` (the row may be short or long).
        case byPosition
        /// Columns after `afterColumn` (the last `Funding Text` column) are `shift` cells further right.
        case shifted(afterColumn: Int, shift: Int)
    }

    /// The header's names, trimmed, as written.
    let names: [String]
    /// The first column of each used name.
    let columns: [Column: Int]
    /// The last `Funding Text N` column, if any.
    let lastFundingText: Int?

    init(names: [String]) {
        self.names = names
        var columns: [Column: Int] = [:]
        var lastFundingText: Int?
        for (position, name) in names.enumerated() {
            let lower = name.lowercased()
            if lower.hasPrefix("funding text") { lastFundingText = position }
            if let column = Column.allCases.first(where: { $0.name == lower }), columns[column] == nil {
                columns[column] = position
            }
        }
        self.columns = columns
        self.lastFundingText = lastFundingText
    }

    /// True when the header names `Authors` and `Source title` or `EID` (ignoring case and surrounding spaces).
    static func isScopusHeader(_ fields: [Substring]) -> Bool {
        let names = Set(fields.map { TaggedText.trimmed($0).lowercased() })
        return names.contains("authors") && (names.contains("source title") || names.contains("eid"))
    }

    /// How to read a row of `cells`.
    func alignment(of cells: [Substring]) -> Alignment {
        let shift = cells.count - names.count
        guard shift > 0, let funding = lastFundingText else { return .byPosition }
        guard let eid = columns[.eid], eid > funding else { return .shifted(afterColumn: funding, shift: shift) }
        func looksLikeEID(_ index: Int) -> Bool {
            index < cells.count && TaggedText.trimmed(cells[index]).lowercased().hasPrefix("2-s2.0-")
        }
        if looksLikeEID(eid + shift) || !looksLikeEID(eid) { return .shifted(afterColumn: funding, shift: shift) }
        return .byPosition
    }

    /// The cell of `column` in a row read with `alignment`; nil when the header lacks the column or the row is
    /// too short.
    func cell(_ column: Column, in cells: [Substring], alignment: Alignment) -> Substring? {
        guard var index = columns[column] else { return nil }
        if case let .shifted(after, shift) = alignment, index > after { index += shift }
        return index < cells.count ? cells[index] : nil
    }
}
