import Foundation
import Testing

@testable import Bibliography

/// Plain CSV with a header: the usual header names and their synonyms, the `--columns` mapping, and tables
/// without an authors column.
@Suite("TableColumns")
struct TableColumnsTests {
    private func file(_ text: String, path: String = "plain.csv") -> TextFile {
        TextFile.decode(Data(text.utf8), path: path)
    }

    private func read(_ text: String, columns: TableColumns = TableColumns()) -> ParseResult {
        TableRecordReader.read(file(text), columns: columns)
    }

    private func written(_ paper: Paper?) -> [String]? { paper?.authors.map(\.written) }

    // MARK: - Synonyms

    @Test(
        "authors under any of its names, case-insensitive, _ and - read as spaces",
        arguments: [
            "authors", "Author", "AUTHOR NAMES", "author_names", "Creator", "  author-name ",
        ])
    func authorsSynonyms(header: String) {
        let text = "title,\(header)\nT,Ann Lee;Bo Chen\n"
        #expect(TableRecordReader.looksLikeTable(file(text)))
        let result = read(text)
        #expect(result.issues.isEmpty)
        #expect(written(result.records.first) == ["Ann Lee", "Bo Chen"])
    }

    @Test("every field under a synonym")
    func allFields() throws {
        let text = """
            Article Title,Author Names,Publication Year,DOI,Journal,Keywords,Abstract
            Small worlds,"Watts, D.; Strogatz, S.",1998,10.1038/30918,Nature,networks; small world ; ,"Networks of
            coupled dynamical systems"

            """
        let result = read(text)
        #expect(result.issues.isEmpty)
        let paper = try #require(result.records.first)
        #expect(paper.title == "Small worlds")
        #expect(written(paper) == ["Watts, D.", "Strogatz, S."])
        #expect(paper.year == 1998)
        #expect(paper.doi == "10.1038/30918")
        #expect(paper.venue == "Nature")
        #expect(paper.topics == ["networks", "small world"])
        #expect(paper.abstract == "Networks of coupled dynamical systems")
    }

    @Test("venue under journal, venue, source", arguments: ["journal", "Venue", "source", "Source Title"])
    func venueSynonyms(header: String) {
        #expect(read("authors,\(header)\nA,Phys. Rev. E\n").records.first?.venue == "Phys. Rev. E")
    }

    @Test(
        "a date column gives the year, and month and day when written",
        arguments: [
            ("2019-05-03", 2019, 5, 3, false),
            ("2019/5", 2019, 5, nil, false),
            ("2019", 2019, nil, nil, false),
            ("2019-05-03T10:00:00Z", 2019, 5, 3, false),
            ("", nil, nil, nil, false),
            ("May 2019", nil, nil, nil, true),
            ("2019-13-01", nil, nil, nil, true),
            ("0219-01-01", nil, nil, nil, true),
        ] as [(String, Int?, Int?, Int?, Bool)])
    func dates(cell: String, year: Int?, month: Int?, day: Int?, warns: Bool) {
        let result = read("authors,Publication Date\nA,\(cell)\n")
        let paper = result.records.first
        #expect(paper?.year == year)
        #expect(paper?.month == month)
        #expect(paper?.day == day)
        #expect(result.issues.map(\.code) == (warns ? ["bad-date"] : []))
        if warns { #expect(result.issues.first?.location.line == 2) }
    }

    @Test("a year column wins over a date column; the date's month is kept only for the same year")
    func yearAndDate() {
        let result = read("authors,year,date\nA,2001,2001-02-03\nB,2001,1999-02-03\nC,,1999-02-03\n")
        #expect(result.records.map(\.year) == [2001, 2001, 1999])
        #expect(result.records.map(\.month) == [2, nil, 2])
    }

    // MARK: - Authors cells

    @Test(
        "authors: ; first, else “ and ”",
        arguments: [
            ("Smith, J. and Doe, A.", ["Smith, J.", "Doe, A."], false),
            ("Ann Lee  and   Bo Chen and Cy Dow", ["Ann Lee", "Bo Chen", "Cy Dow"], false),
            ("Smith and others", ["Smith"], true),
            ("Lee, A. and Chen, B. et al.", ["Lee, A.", "Chen, B."], true),
            ("Procter and Gamble; Lee A", ["Procter and Gamble", "Lee A"], false),
            ("Anderson J", ["Anderson J"], false),
            ("Sandra Bandler", ["Sandra Bandler"], false),
        ])
    func andSeparated(cell: String, expected: [String], truncated: Bool) {
        let result = read("title\tauthors\nT\t\(cell)\n")
        #expect(written(result.records.first) == expected)
        #expect(result.records.first?.authorsTruncated == truncated)
    }

    // MARK: - Mapping

    @Test("--columns maps other header names; a mapped field no longer uses its usual names")
    func mapping() throws {
        let columns = try TableColumns(parsing: "authors=Writers, title = Name ,YEAR=PubYear")
        #expect(columns.mapping == [.authors: "Writers", .title: "Name", .year: "PubYear"])
        let text = "Name,authors,Writers,PubYear\nGraphs,X Y,Ann Lee;Bo Chen,2001\n"
        #expect(!TableRecordReader.looksLikeTable(file("Name,Writers\nT,A\n")))
        #expect(TableRecordReader.looksLikeTable(file("Name,Writers\nT,A\n"), columns: columns))
        let result = read(text, columns: columns)
        let paper = try #require(result.records.first)
        #expect(paper.title == "Graphs")
        #expect(written(paper) == ["Ann Lee", "Bo Chen"])
        #expect(paper.year == 2001)
        // The column literally named “authors” is not read: authors come from “Writers”.
        #expect(result.issues.map(\.code) == ["unknown-columns"])
        #expect(result.issues.first?.message.contains("“authors”") == true)
    }

    @Test("a mapped column the header does not have is a warning at the header line")
    func mappedColumnMissing() throws {
        let result = read("authors,title\nA,T\n", columns: try TableColumns(parsing: "year=PubYear"))
        #expect(result.records.count == 1)
        #expect(result.issues.map(\.code) == ["column-not-found"])
        #expect(result.issues.first?.severity == .warning)
        #expect(result.issues.first?.location == SourceLocation(file: "plain.csv", line: 1))
        #expect(result.issues.first?.message.contains("“PubYear”") == true)
    }

    @Test(
        "a bad --columns value says what is wrong and lists the valid fields",
        arguments: [
            ("writer=Foo", "unknown field “writer”"),
            ("authors=Writers,Name", "“Name” is not field=Column"),
            ("title=", "no column name after “title=”"),
            ("title=A,title=B", "“title” is given twice"),
            ("year=Date,date=date", "both name the column"),
        ])
    func badSpec(spec: String, message: String) {
        #expect {
            try TableColumns(parsing: spec)
        } throws: { error in
            let text = (error as? TableColumns.SpecError)?.description ?? ""
            return text.contains(message)
                && (!message.hasPrefix("unknown") && !message.hasSuffix("Column")
                    || text.contains(
                        "authors, title, year, date, doi, venue, keywords, abstract, topic, id, references"))
        }
    }

    // MARK: - No authors column

    @Test("a CSV without an authors column: one located notice naming its columns, no records")
    func noAuthorsColumn() throws {
        let csv = file("\nTitle,Year,Journal\nGraphs,2001,Nature\n")
        #expect(!TableRecordReader.looksLikeTable(csv))
        let result = InputReader.read(csv, format: nil)
        #expect(result.format == .unknown)
        #expect(result.records.isEmpty)
        #expect(result.issues.count == 1)
        let notice = try #require(result.issues.first)
        #expect(notice.code == "no-authors-column")
        #expect(notice.severity == .notice)
        #expect(notice.location == SourceLocation(file: "plain.csv", line: 2))
        #expect(notice.message.contains("“Title”, “Year”, “Journal”"))
        #expect(notice.message.contains("--columns authors="))
        // With a mapping that names a column the file does not have, the notice says so.
        let mapped = InputReader.read(csv, format: nil, columns: try TableColumns(parsing: "authors=Writers"))
        #expect(mapped.issues.first?.message.contains("“Writers”") == true)
        // Text that is not a table header keeps the generic notice.
        let prose = InputReader.read(file("Just some words, nothing else\n"), format: nil)
        #expect(prose.issues.map(\.code) == ["no-records"])
    }

    @Test("InputReader threads --columns through to the table reader")
    func inputReaderColumns() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "citegraph-columns-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("papers.csv").path
        try "Name;Writers\nGraphs;x\n".replacingOccurrences(of: ";", with: ",")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let plain = InputReader.read([path])
        #expect(plain.records.isEmpty)
        let mapped = InputReader.read([path], columns: try TableColumns(parsing: "authors=Writers,title=Name"))
        #expect(mapped.results.first?.format == .table)
        #expect(mapped.records.map(\.title) == ["Graphs"])
        #expect(mapped.records.first?.authors.map(\.written) == ["x"])
    }
}
