/// Reads the profile pages of the seeds (both layouts) into records.
///
/// Compact layout — three lines a record:
/// ```
/// CVNov 29, 2023
/// SODA: Bottleneck Diffusion Models for Representation LearningDrew A. Hudson, Daniel Zoran et al. · deepmind
/// We introduce SODA, ...
/// ```
/// Spaced layout — title, authors and abstract on their own lines with blank lines between, optionally after a
/// profile header (see `ProfileHeaderParser`). Every record starts at its header line (`RecordHeader`); that
/// line is the record's location.
///
/// Compact lines whose title/author split is ambiguous are decided later, with evidence from the whole corpus
/// (`ParseResult.resolveSplits(with:)`); `read(_:)` decides them with the file's own evidence.
public enum ProfilePageParser {
    /// True when at least one line is a record header.
    public static func looksLikeProfilePage(_ file: TextFile) -> Bool {
        file.lines.contains { RecordHeader.parse(Substring($0)) != nil }
    }

    /// Reads one file and decides ambiguous splits with the evidence of this file alone.
    public static func read(_ file: TextFile) -> ParseResult {
        var result = parse(file)
        result.resolveSplits(with: result.evidence())
        return result
    }

    /// Reads one file, leaving ambiguous splits pending (decided by their best shape for now).
    static func parse(_ file: TextFile) -> ParseResult {
        var result = ParseResult(file: file.path, format: .profile, issues: file.issues)
        let headerIndices = file.lines.indices.filter { RecordHeader.parse(Substring(file.lines[$0])) != nil }
        let path = file.path
        func at(_ index: Int) -> SourceLocation { SourceLocation(file: path, line: index + 1) }

        guard let firstHeader = headerIndices.first else {
            result.issues.append(
                ParseIssue(
                    .notice, "no-records", at: at(0),
                    "no profile-page records in this file (\(file.lines.count) lines of text)",
                    excerpt: file.lines.first { !$0.isEmpty }))
            return result
        }

        // Preamble: a profile header, or text we do not understand.
        let preamble = (0..<firstHeader).map { ($0 + 1, file.lines[$0]) }
        if preamble.contains(where: { !$0.1.trimmingCharacters(in: .whitespaces).isEmpty }) {
            let (profile, unknown) = ProfileHeaderParser.parse(preamble, file: path)
            result.profile = profile
            if profile == nil {
                result.issues.append(
                    ParseIssue(
                        .notice, "preamble-ignored", at: SourceLocation(file: path, line: unknown.first?.0 ?? 1),
                        "\(unknown.count) line(s) before the first record are not a profile header and were ignored",
                        excerpt: unknown.first?.1))
            } else {
                for (number, text) in unknown {
                    result.issues.append(
                        ParseIssue(
                            .notice, "profile-line-ignored", at: SourceLocation(file: path, line: number),
                            "profile header line not understood", excerpt: text))
                }
            }
        }

        for (position, headerIndex) in headerIndices.enumerated() {
            let end = position + 1 < headerIndices.count ? headerIndices[position + 1] : file.lines.count
            let isLast = position + 1 == headerIndices.count
            readRecord(file: file, headerIndex: headerIndex, end: end, isLast: isLast, into: &result)
        }

        if result.profile == nil, !result.records.isEmpty {
            result.issues.append(ownerUnknownNotice(result.records, file: path))
        }
        if let profile = result.profile, let announced = profile.papers, announced != result.recordsRead {
            result.issues.append(
                ParseIssue(
                    .notice, "profile-count-mismatch", at: profile.location,
                    "the profile announces \(announced) papers; \(result.recordsRead) records were read"))
        }
        return result
    }

    /// A record's body: the non-blank lines after its header (trimmed, with their indices), and whether blank
    /// lines separate the first two and the second and third (the spaced layout).
    private static func recordBody(_ file: TextFile, from start: Int, to end: Int)
        -> (lines: [(index: Int, text: String)], blankAfterFirst: Bool, blankAfterSecond: Bool)
    {
        var body: [(index: Int, text: String)] = []
        var blankAfterFirst = false
        var blankAfterSecond = false
        for index in start..<end {
            let text = file.lines[index].trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                if body.count == 1 { blankAfterFirst = true }
                if body.count == 2 { blankAfterSecond = true }
                continue
            }
            body.append((index, text))
        }
        return (body, blankAfterFirst, blankAfterSecond)
    }

    private static func readRecord(
        file: TextFile, headerIndex: Int, end: Int, isLast: Bool, into result: inout ParseResult
    ) {
        let path = file.path
        let location = SourceLocation(file: path, line: headerIndex + 1)
        guard let header = RecordHeader.parse(Substring(file.lines[headerIndex])) else { return }
        let (body, blankAfterFirst, blankAfterSecond) = recordBody(file, from: headerIndex + 1, to: end)
        func skip(_ reason: String, _ code: String = "record-skipped", excerpt: String? = nil) {
            result.skipped.append(SkippedRecord(location: location, reason: reason))
            result.issues.append(ParseIssue(.error, code, at: location, "record skipped: \(reason)", excerpt: excerpt))
        }
        guard let first = body.first else {
            skip(
                isLast
                    ? "cut off at the end of the file: a header with no title or authors"
                    : "a header with no title or authors")
            return
        }

        var paper = Paper(
            title: "", topics: [header.topic], year: header.year, month: header.month, day: header.day,
            hasCode: header.hasCode, score: header.score, locations: [location])
        var abstractLines: ArraySlice<(index: Int, text: String)>
        var pending: PendingSplit?

        let compact = splitCompact(first.text)
        let secondIsAuthors = body.count >= 2 && isAuthorList(body[1].text)
        if blankAfterFirst && secondIsAuthors || compact == nil && secondIsAuthors
            || blankAfterFirst && body.count >= 2
                && isSpacedAuthorLine(body[1].text, alone: compact == nil && blankAfterSecond && body.count >= 3)
        {
            // Spaced layout: title line, author line (entries that are not name-shaped kept as written, reported).
            paper.title = AuthorLine.collapseSpaces(first.text)
            let authors = AuthorLine.parse(Substring(body[1].text))
            paper.authors = authors.names.map { AuthorName(written: $0) }
            paper.authorsTruncated = authors.truncated
            paper.affiliations = authors.affiliations
            abstractLines = body.dropFirst(2)
            result.issues += oddEntryWarnings(authors.names, at: SourceLocation(file: path, line: body[1].index + 1))
        } else if let (outcome, affiliations, truncated) = compact {
            paper.affiliations = affiliations
            paper.authorsTruncated = truncated
            switch outcome {
            case let .certain(candidate):
                paper.title = candidate.title
                paper.authors = candidate.names.map { AuthorName(written: $0) }
            case let .ambiguous(candidates):
                paper.title = candidates[0].title
                paper.authors = candidates[0].names.map { AuthorName(written: $0) }
                pending = PendingSplit(
                    recordIndex: result.records.count, location: SourceLocation(file: path, line: first.index + 1),
                    candidates: candidates)
            case .none:
                break
            }
            abstractLines = body.dropFirst(1)
        } else if body.count == 1, blankAfterFirst == false, isLast, !first.text.contains(", ") {
            skip("cut off at the end of the file: a title with no author line", excerpt: first.text)
            return
        } else {
            skip("the title and the author list could not be told apart", "split-failed", excerpt: first.text)
            return
        }
        guard !paper.authors.isEmpty, !paper.title.isEmpty else {
            skip("the title and the author list could not be told apart", "split-failed", excerpt: first.text)
            return
        }
        if !abstractLines.isEmpty {
            paper.abstract = abstractLines.map(\.text).joined(separator: "\n")
        } else if isLast {
            result.issues.append(
                ParseIssue(
                    .notice, "no-abstract", at: location,
                    "the last record of the file has no abstract (the file may be cut off)"))
        }
        if let pending { result.pendingSplits.append(pending) }
        result.records.append(paper)
    }

    /// A page without a profile header does not say whose papers these are: say so, and name the author who
    /// appears in most records as a hint (never added as an author).
    static func ownerUnknownNotice(_ records: [Paper], file: String) -> ParseIssue {
        var counts: [String: (name: String, count: Int)] = [:]
        for record in records {
            var seen = Set<String>()
            for author in record.authors where author.kind == .person {
                let key = NameKey.fold(author.written)
                guard seen.insert(key).inserted else { continue }
                counts[key, default: (author.written, 0)].count += 1
            }
        }
        let top = counts.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }.first
        let truncated = records.filter(\.authorsTruncated).count
        var message =
            "no profile header: the page's owner is unknown, so no owner is inferred for its \(truncated) truncated author lists"
        if let top {
            message += "; the most frequent visible author is \(top.name) (\(top.count) of \(records.count) records)"
        }
        return ParseIssue(.notice, "owner-unknown", at: SourceLocation(file: file, line: 1), message)
    }

    /// A compact title+authors line: the split outcome, the affiliations and the et-al flag; nil when no
    /// split into title and names exists.
    static func splitCompact(_ line: String) -> (TitleAuthorSplitter.Outcome, [String], Bool)? {
        let (people, affiliations) = AuthorLine.splitAffiliations(Substring(line))
        let (list, truncated) = AuthorLine.splitEtAl(people)
        let outcome = TitleAuthorSplitter.candidates(in: list)
        if case .none = outcome { return nil }
        return (outcome, affiliations, truncated)
    }

    /// The line after a title and a blank line, in the spaced layout, is the author list when at least as many of
    /// its entries are name-shaped as not, or when it stands `alone` between blank lines before the abstract and the
    /// title line has no compact split (there the layout, not the names, says what it is). Entries that are not
    /// name-shaped are kept and reported.
    static func isSpacedAuthorLine(_ line: String, alone: Bool) -> Bool {
        let entries = AuthorLine.parse(Substring(line)).names
        guard !entries.isEmpty else { return false }
        if alone { return true }
        let names = entries.filter { NameShape.assess(Substring($0)) != nil }.count
        return names >= entries.count - names
    }

    /// One warning per author entry that is not name-shaped (kept as written).
    static func oddEntryWarnings(_ names: [String], at line: SourceLocation) -> [ParseIssue] {
        names.filter { NameShape.assess(Substring($0)) == nil }.map {
            ParseIssue(
                .warning, "odd-author-entry", at: line,
                "author entry is not name-shaped; kept as written (a thesaurus row can fix or drop it)", excerpt: $0)
        }
    }

    /// A line that is wholly a list of names (with optional et al. and affiliations).
    static func isAuthorList(_ line: String) -> Bool {
        let parsed = AuthorLine.parse(Substring(line))
        guard !parsed.names.isEmpty else { return false }
        return parsed.names.allSatisfy { NameShape.assess(Substring($0)) != nil }
    }
}

/// A compact line with several possible title/author splits, decided with corpus evidence.
struct PendingSplit: Sendable {
    var recordIndex: Int
    /// The line of the title/author text.
    var location: SourceLocation
    var candidates: [TitleAuthorSplitter.Candidate]
}

extension ParseResult {
    /// The names and affiliations this file states without ambiguity.
    public func evidence() -> NameEvidence {
        var evidence = NameEvidence()
        addEvidence(to: &evidence)
        return evidence
    }

    public func addEvidence(to evidence: inout NameEvidence) {
        let pendingIndices = Set(pendingSplits.map(\.recordIndex))
        for (index, record) in records.enumerated() {
            for affiliation in record.affiliations { evidence.addAffiliation(affiliation) }
            if pendingIndices.contains(index) {
                // Only the names that every reading shares.
                for author in record.authors.dropFirst() { evidence.addName(author.written) }
            } else {
                for author in record.authors { evidence.addName(author.written) }
            }
        }
    }

    /// Decides every pending split with `evidence`, and records an issue for each: a notice when evidence or
    /// shape decided it, a warning (`split-guess`) when it is still a guess.
    public mutating func resolveSplits(with evidence: NameEvidence) {
        for split in pendingSplits {
            let (choice, decided) = evidence.choose(split.candidates)
            records[split.recordIndex].title = choice.title
            records[split.recordIndex].authors = choice.names.map { AuthorName(written: $0) }
            let others = split.candidates.filter { $0 != choice }.map { "\"\($0.names[0])\"" }.joined(separator: ", ")
            if decided {
                issues.append(
                    ParseIssue(
                        .notice, "split-decided", at: split.location,
                        "title/author split chosen: first author \"\(choice.names[0])\" (also possible: \(others))",
                        excerpt: choice.title))
            } else {
                issues.append(
                    ParseIssue(
                        .warning, "split-guess", at: split.location,
                        "title/author split is a guess: first author \"\(choice.names[0])\" (equally possible: \(others))",
                        excerpt: choice.title))
            }
        }
        pendingSplits = []
        issues.sort { ($0.location, $0.code, $0.message) < ($1.location, $1.code, $1.message) }
    }
}
