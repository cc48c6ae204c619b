import Bibliography

/// What `citegraph inspect` reports: per file, what was read, skipped and noticed; for the corpus, the unique
/// papers, duplicates, authors, name merges with their rules, profiles and data quality.
public struct InspectionReport {
    public var batch: InputReader.Batch
    public var corpus: Corpus
    public var options: CorpusOptions

    public init(batch: InputReader.Batch, corpus: Corpus, options: CorpusOptions) {
        self.batch = batch
        self.corpus = corpus
        self.options = options
    }

    /// Every issue: the files' own, then the corpus's, in location order.
    public var allIssues: [ParseIssue] { batch.issues + corpus.issues }

    /// Counts of papers with a property, and the share of all unique papers.
    public struct Quality: Sendable {
        public var papers: Int
        public var withYear: Int
        public var withAffiliations: Int
        public var withAbstract: Int
        public var truncatedAuthorLists: Int
        public var withDOI: Int

        public func share(_ n: Int) -> Double { papers == 0 ? 0 : Double(n) / Double(papers) }
    }

    public var quality: Quality {
        let p = corpus.papers
        return Quality(
            papers: p.count,
            withYear: p.filter { $0.year != nil }.count,
            withAffiliations: p.filter { !$0.affiliations.isEmpty }.count,
            withAbstract: p.filter { !($0.abstract ?? "").isEmpty }.count,
            truncatedAuthorLists: p.filter(\.authorsTruncated).count,
            withDOI: p.filter { $0.doi != nil }.count)
    }

    static func issueJSON(_ issue: ParseIssue) -> JSONValue {
        .object([
            "source": .string(issue.location.file), "line": .int(issue.location.line),
            "severity": .string(issue.severity.rawValue), "code": .string(issue.code),
            "message": .string(issue.message), "excerpt": .optional(issue.excerpt),
        ])
    }

    static func profileJSON(_ p: Profile) -> JSONValue {
        .object([
            "owner": .string(p.owner), "topic": .optional(p.topic), "hIndex": .optional(p.hIndex),
            "papers": .optional(p.papers), "citations": .optional(p.citations),
            "noveltyPercent": .optional(p.noveltyPercent), "aiScore": .optional(p.aiScore),
            "source": .string(p.location.file), "line": .int(p.location.line),
        ])
    }

    static func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    public var json: JSONValue {
        let files: [JSONValue] = batch.results.map { r in
            .object([
                "source": .string(r.file), "format": .string(r.format.rawValue),
                "recordsRead": .int(r.recordsRead), "recordsUsed": .int(r.records.count),
                "skipped": .array(
                    r.skipped.map { .object(["line": .int($0.location.line), "reason": .string($0.reason)]) }),
                "issues": .array(r.issues.map(InspectionReport.issueJSON)),
                "profile": r.profile.map(InspectionReport.profileJSON) ?? .null,
            ])
        }
        let a = corpus.accounting
        let q = quality
        let slots = corpus.papers.reduce(0) { $0 + $1.authors.count }
        return .object([
            "files": .array(files),
            "unreadable": .array(batch.errors.map { .string($0.description) }),
            "corpus": .object([
                "files": .int(a.files), "records": .int(a.recordsRead), "papers": .int(a.papers),
                "duplicatesMerged": .int(a.duplicatesMerged), "skipped": .int(a.skipped),
                "skippedReasons": .object(a.skippedReasons.mapValues { .int($0) }),
                "authors": .int(corpus.authors.count), "persons": .int(corpus.persons), "groups": .int(corpus.groups),
                "authorSlots": .int(slots), "ownerInferred": .int(corpus.ownerInferences.count),
            ]),
            "profiles": .array(corpus.profiles.map(InspectionReport.profileJSON)),
            "nameMerges": ReportJSON.nameMerges(corpus),
            "nameConflicts": ReportJSON.nameConflicts(corpus),
            "splitProfiles": ReportJSON.splitProfiles(corpus),
            "duplicates": ReportJSON.duplicates(corpus, reasons: false),
            "ownerInferences": .array(
                corpus.ownerInferences.map {
                    .object([
                        "owner": .string($0.owner), "source": .string($0.location.file), "line": .int($0.location.line),
                        "title": .string($0.title),
                    ])
                }),
            "quality": .object([
                "papers": .int(q.papers),
                "withYear": .int(q.withYear), "withYearShare": .double(InspectionReport.round(q.share(q.withYear))),
                "withAffiliations": .int(q.withAffiliations),
                "withAffiliationsShare": .double(InspectionReport.round(q.share(q.withAffiliations))),
                "withAbstract": .int(q.withAbstract),
                "withAbstractShare": .double(InspectionReport.round(q.share(q.withAbstract))),
                "truncatedAuthorLists": .int(q.truncatedAuthorLists),
                "truncatedAuthorListsShare": .double(InspectionReport.round(q.share(q.truncatedAuthorLists))),
                "withDOI": .int(q.withDOI),
            ]),
            "issues": .array(corpus.issues.map(InspectionReport.issueJSON)),
            "settings": .object([
                "inferProfileOwner": .bool(options.inferProfileOwner), "mergeInitials": .bool(options.mergeInitials),
                "thesaurusEntries": .int(options.thesaurus.replacements.count),
            ]),
        ])
    }

    static func percent(_ share: Double) -> String {
        let p = (share * 1000).rounded() / 10
        return "\(p)%"
    }

    /// The human-readable report.
    public var text: String {
        var out = ""
        let a = corpus.accounting
        out += "Files\n"
        var files = TextTable(
            headers: ["file", "format", "read", "used", "skipped", "notices", "warnings", "errors"], maxWidth: 70)
        for r in batch.results {
            let count = { (s: ParseIssue.Severity) in String(r.issues.filter { $0.severity == s }.count) }
            files.add([
                r.file, r.format.rawValue, String(r.recordsRead), String(r.records.count), String(r.skipped.count),
                count(.notice), count(.warning), count(.error),
            ])
        }
        out += files.rendered()
        for error in batch.errors { out += "unreadable: \(error)\n" }
        out += "\nCorpus\n"
        out +=
            "  records read        \(a.recordsRead) = \(a.papers) papers + \(a.duplicatesMerged) duplicates merged + \(a.skipped) skipped\n"
        for (reason, n) in a.skippedReasons.sorted(by: { $0.key < $1.key }) { out += "    skipped \(n): \(reason)\n" }
        out += "  authors             \(corpus.authors.count) (\(corpus.persons) persons, \(corpus.groups) groups)\n"
        out += "  name merges         \(corpus.merges.count)\n"
        out +=
            "  owner inferred on   \(corpus.ownerInferences.count) papers" + (options.inferProfileOwner ? "" : " (off)")
            + "\n"
        let q = quality
        out += "\nData quality (share of \(q.papers) papers)\n"
        out += "  with year           \(q.withYear) (\(InspectionReport.percent(q.share(q.withYear))))\n"
        out +=
            "  with affiliations   \(q.withAffiliations) (\(InspectionReport.percent(q.share(q.withAffiliations))))\n"
        out += "  with abstract       \(q.withAbstract) (\(InspectionReport.percent(q.share(q.withAbstract))))\n"
        out +=
            "  truncated authors   \(q.truncatedAuthorLists) (\(InspectionReport.percent(q.share(q.truncatedAuthorLists))))\n"
        if !corpus.profiles.isEmpty {
            out += "\nProfiles\n"
            for p in corpus.profiles {
                var facts: [String] = []
                if let t = p.topic { facts.append("topic \(t)") }
                if let h = p.hIndex { facts.append("h-index \(h)") }
                if let n = p.papers { facts.append("\(n) papers") }
                if let c = p.citations { facts.append("\(c) citations") }
                out += "  \(p.owner) — \(facts.joined(separator: ", ")) (\(p.location))\n"
            }
        }
        if !corpus.merges.isEmpty {
            out += "\nName merges\n"
            for m in corpus.merges {
                out += "  \"\(m.variant)\" → \"\(m.canonical)\"  [\(m.rule.rawValue)] \(m.reason)\n"
            }
        }
        if !corpus.conflicts.isEmpty {
            out += "\nNames not merged (conflicts)\n"
            for c in corpus.conflicts { out += "  \(c.reason)\n" }
        }
        if !corpus.splitProfiles.isEmpty {
            out += "\nPossible split profiles (one name, several author ids: kept apart)\n"
            for split in corpus.splitProfiles {
                out += "  \(split.written): " + ReportContent.splitParts(split).joined(separator: "; ") + "\n"
            }
        }
        if !corpus.duplicates.isEmpty {
            out += "\nDuplicates merged\n"
            for d in corpus.duplicates { out += "  \(d.duplicate) = \(d.kept)  \(d.title)\n" }
        }
        let issues = allIssues
        if !issues.isEmpty {
            out += "\nIssues\n"
            for issue in issues { out += "  \(issue)\n" }
        }
        return out
    }
}
