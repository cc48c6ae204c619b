/// One Scopus row mapped to a `Paper` (the columns are listed in `ScopusReader`).
struct ScopusRecord {
    let header: ScopusColumns
    let cells: [Substring]
    let alignment: ScopusColumns.Alignment

    private func cell(_ column: ScopusColumns.Column) -> Substring? {
        header.cell(column, in: cells, alignment: alignment)
    }

    private func text(_ column: ScopusColumns.Column) -> String? {
        guard let cell = cell(column) else { return nil }
        let text = TaggedText.collapsed(cell)
        return text.isEmpty ? nil : text
    }

    /// The paper, or nil when the row was skipped (reported in `log`).
    func paper(path: String, line: Int, log: inout IssueLog, excerpt: String) -> Paper? {
        let short = cell(.authors).map(ScopusCells.authors) ?? []
        let full = cell(.fullNames).map(ScopusCells.fullNames) ?? []
        var names = short
        var ids = cell(.authorIDs).map(ScopusCells.authorIDs) ?? []
        if !full.isEmpty, full.count == short.count || short.isEmpty {
            names = full.map(\.name)
            if full.allSatisfy({ $0.id != nil }) { ids = full.map { $0.id! } }
        }
        var authors = names.map { AuthorName(written: $0) }
        if ids.count == authors.count {
            for index in authors.indices { authors[index].identifiers[.scopus] = ids[index] }
        } else if !ids.isEmpty {
            log.add(
                .warning, "author-ids-differ", line: line,
                "Author(s) ID lists \(ids.count) ids for \(authors.count) authors; they cannot be paired, so no "
                    + "author got an id", excerpt: ids.joined(separator: ";"))
        }
        if let cell = cell(.authorsWithAffiliations),
            let perAuthor = ScopusCells.authorAffiliations(cell, authors: short.count == names.count ? short : names)
        {
            for (index, affiliation) in perAuthor.enumerated() {
                if let affiliation { authors[index].affiliations = [affiliation] }
            }
        }
        let (kept, dropped) = TaggedValues.dropRepeatedAuthors(authors)
        for position in dropped {
            log.add(
                .notice, "duplicate-author", line: line,
                "“\(authors[position].written)” is listed again in the same row; kept once",
                excerpt: authors[position].written)
        }
        let title = text(.title) ?? ""
        if title.isEmpty && kept.isEmpty {
            log.skip(line: line, reason: "the row has neither a title nor authors", excerpt: excerpt)
            return nil
        }

        var paper = Paper(title: title, authors: kept, locations: [SourceLocation(file: path, line: line)])
        if let year = text(.year) {
            if let value = PartialDate.leadingYear(year), year.utf8.count == 4 {
                paper.year = value
            } else {
                log.add(
                    .warning, "bad-year", line: line,
                    "the year “\(ParseIssue.shorten(year, limit: 40))” is not a year in 1000–2100; the year was "
                        + "left empty", excerpt: year)
            }
        }
        paper.venue = text(.sourceTitle)
        if let doi = text(.doi).flatMap({ DOI($0)?.value }) { paper.identifiers[.doi] = doi }
        if let eid = text(.eid) {
            paper.identifiers[.scopus] = eid
            paper.identifiers[.sourceID] = eid
        }
        if let pmid = text(.pubmedID) { paper.identifiers[.pubmed] = pmid }
        if let issn = text(.issn) { paper.identifiers[.issn] = issn }
        if let isbn = text(.isbn) { paper.identifiers[.isbn] = isbn }
        paper.topics = TaggedText.unique(
            ScopusCells.keywords(cell(.authorKeywords))
                + ScopusCells.keywords(cell(.indexKeywords)))
        if let abstract = text(.abstract), abstract != "[No abstract available]" { paper.abstract = abstract }
        paper.affiliations = cell(.affiliations).map { TaggedText.unique(TaggedText.split($0, onString: "; ")) } ?? []
        if paper.affiliations.isEmpty {
            paper.affiliations = TaggedText.unique(kept.flatMap(\.affiliations))
        }
        paper.references = cell(.references).map(ScopusCells.references) ?? []
        return paper
    }
}
