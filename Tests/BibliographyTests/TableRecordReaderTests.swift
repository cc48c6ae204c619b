import Foundation
import Testing

@testable import Bibliography

@Suite("TableRecordReader")
struct TableRecordReaderTests {
    private func textFile(_ text: String, path: String = "papers.tsv") -> TextFile {
        TextFile.decode(Data(text.utf8), path: path)
    }

    private func read(_ text: String, path: String = "papers.tsv") -> ParseResult {
        TableRecordReader.read(textFile(text, path: path))
    }

    private func written(_ paper: Paper) -> [String] { paper.authors.map(\.written) }

    private func codes(_ result: ParseResult) -> [String] { result.issues.map(\.code) }

    // MARK: - gen_coauthor.py's papers.tsv

    @Test("the gen_coauthor papers.tsv shape")
    func genCoauthorShape() throws {
        let text = """
            paper_id\tyear\ttopic\tauthors
            P0000000\t2012\tF001-T0\tA0000040;A0000105;A0000115
            P0000001\t1995\tF000-T3\tA0000007
            P0000003\t2024\tF002-T1\tA0000001;A0000002

            """
        let result = read(text)
        #expect(result.format == .table)
        #expect(result.issues.isEmpty)
        #expect(result.skipped.isEmpty)
        try #require(result.records.count == 3)
        let first = result.records[0]
        #expect(first.title == "")
        #expect(first.identifiers == [.sourceID: "P0000000"])
        #expect(first.year == 2012)
        #expect(first.topics == ["F001-T0"])
        #expect(written(first) == ["A0000040", "A0000105", "A0000115"])
        #expect(first.authors.allSatisfy { $0.kind == .person && $0.resolved == $0.written && !$0.inferred })
        #expect(first.authorsTruncated == false)
        #expect(first.locations == [SourceLocation(file: "papers.tsv", line: 2)])
        #expect(result.records.map { $0.location?.line } == [2, 3, 4])
        #expect(result.records.map(\.year) == [2012, 1995, 2024])
        #expect(written(result.records[1]) == ["A0000007"])
    }

    // MARK: - CSV, quoting, line ends

    @Test("comma CSV with RFC 4180 quoting; a quoted line break keeps later line numbers right")
    func csvQuoting() {
        let text = """
            title,authors,year,doi
            "Graphs, Networks and Co-authorship","Smith, J.; Doe, A.",2019,10.1000/ABC
            "The ""Small World"" Problem",Milgram S,1967,
            "A title that
            spans two lines","Curie, M.;
            Curie, P.",1903,https://doi.org/10.1/X
            Plain title,Last A,2001,doi:10.5/y

            """
        let result = read(text, path: "refs.csv")
        #expect(result.issues.isEmpty)
        #expect(
            result.records.map(\.title) == [
                "Graphs, Networks and Co-authorship",
                "The \"Small World\" Problem",
                "A title that spans two lines",
                "Plain title",
            ])
        #expect(
            result.records.map(written) == [
                ["Smith, J.", "Doe, A."], ["Milgram S"], ["Curie, M.", "Curie, P."], ["Last A"],
            ])
        #expect(result.records.map { $0.location?.line } == [2, 3, 4, 7])
        #expect(result.records.map(\.doi) == ["10.1000/abc", nil, "10.1/x", "10.5/y"])
        #expect(result.records.map(\.year) == [2019, 1967, 1903, 2001])
    }

    @Test("CRLF input reads like LF input", arguments: ["\t", ","])
    func crlf(delimiter: String) {
        let lines = [["paper_id", "year", "authors"], ["P1", "2001", "A;B"], ["P2", "2002", "C"]]
        let body = lines.map { $0.joined(separator: delimiter) }
        let lf = read(body.joined(separator: "\n") + "\n")
        let crlf = read(body.joined(separator: "\r\n") + "\r\n")
        #expect(crlf.issues.isEmpty)
        #expect(crlf.records.count == 2)
        #expect(crlf.records == lf.records)
        #expect(crlf.records.map(written) == [["A", "B"], ["C"]])
        #expect(crlf.records.last?.identifiers[.sourceID] == "P2")
    }

    @Test("a byte order mark before the header does not hide the first column")
    func byteOrderMark() {
        let file = TextFile.decode(Data([0xEF, 0xBB, 0xBF] + Array("Authors\tTitle\nA;B\tT\n".utf8)), path: "bom.tsv")
        #expect(file.hadByteOrderMark)
        #expect(TableRecordReader.looksLikeTable(file))
        let result = TableRecordReader.read(file)
        #expect(result.issues.isEmpty)
        #expect(result.records.map(written) == [["A", "B"]])
        #expect(result.records.first?.title == "T")
    }

    // MARK: - Header

    @Test(
        "header names match case-insensitively after trimming; paper_id and id both give the id",
        arguments: [
            "paper_id", "PAPER_ID", " Id ", "id", "ID",
        ])
    func headerMatching(idHeader: String) {
        let result = read("\(idHeader)\t AUTHORS \tYear\tTopic \tTITLE\tDoi\nX1\tA\t2000\tCV\tT\t10.1/z\n")
        #expect(result.issues.isEmpty)
        let paper = result.records.first
        #expect(paper?.identifiers == [.sourceID: "X1", .doi: "10.1/z"])
        #expect(paper.map(written) == ["A"])
        #expect(paper?.year == 2000)
        #expect(paper?.topics == ["CV"])
        #expect(paper?.title == "T")
    }

    @Test("unknown columns are listed once, in one notice at the header line")
    func unknownColumns() {
        let result = read("\n\nid\tpages\tauthors\tnotes\nP1\t1-9\tA\tText\nP2\t3\tB\tMore\n")
        #expect(result.records.count == 2)
        #expect(codes(result) == ["unknown-columns"])
        let notice = result.issues.first
        #expect(notice?.severity == .notice)
        #expect(notice?.location.line == 3)
        #expect(notice?.message.contains("“pages”") == true)
        #expect(notice?.message.contains("“notes”") == true)
    }

    @Test("a repeated column: the first one is used, with a notice")
    func duplicateColumn() {
        let result = read("paper_id\tid\tauthors\nP1\tQ1\tA\n")
        #expect(codes(result) == ["duplicate-column"])
        #expect(result.records.first?.identifiers[.sourceID] == "P1")
    }

    @Test(
        "looksLikeTable needs an authors column in the first non-empty line",
        arguments: [
            ("paper_id\tyear\ttopic\tauthors\nP1\t2000\tX\tA\n", true),
            ("\n  \ntitle,Authors,year\n", true),
            ("\"title\",\"authors\"\n", true),
            ("authors\n", true),
            ("paper_id\tyear\ttopic\tauthor_list\nP1\t2000\tX\tA\n", false),
            ("title,year\nX,2000\n", false),
            ("title,year\nauthors,2000\n", false),
            ("CVNov 29, 2023\nSODA: Bottleneck Diffusion ModelsDrew A. Hudson et al. · deepmind\n", false),
            ("The authors of this paper\n", false),
            ("", false),
            ("\n\n", false),
        ])
    func looksLikeTable(text: String, expected: Bool) {
        #expect(TableRecordReader.looksLikeTable(textFile(text)) == expected)
    }

    @Test("reading a table without an authors column is one error")
    func noAuthorsColumn() {
        let result = read("title,year\nX,2000\n")
        #expect(result.records.isEmpty)
        #expect(codes(result) == ["no-authors-column"])
        #expect(result.issues.first?.severity == .error)
    }

    // MARK: - Authors

    @Test(
        "authors: trimmed, whitespace collapsed, empty items dropped, et al. removed",
        arguments: [
            ("A;B;C", ["A", "B", "C"], false),
            ("  Drew  A.\u{2003}Hudson ;; Daniel Zoran ; ", ["Drew A. Hudson", "Daniel Zoran"], false),
            ("A;B;et al.", ["A", "B"], true),
            ("A; B ; et al", ["A", "B"], true),
            ("A;Others", ["A"], true),
            ("A;B;ET AL.", ["A", "B"], true),
            ("Smith J; Doe J et al.", ["Smith J", "Doe J"], true),
            ("Al Etal;Bo", ["Al Etal", "Bo"], false),
            ("José\u{00A0}Núñez;Zoë", ["José Núñez", "Zoë"], false),
        ])
    func authors(cell: String, expected: [String], truncated: Bool) {
        let result = read("title\tauthors\nT\t\(cell)\n")
        #expect(result.issues.isEmpty)
        #expect(result.records.map(written) == [expected])
        #expect(result.records.first?.authorsTruncated == truncated)
    }

    @Test("a quoted authors cell with line breaks")
    func authorsOverLines() {
        let result = read("title,authors\nT,\"Ann Lee;\n  Bo Chen\n\"\n")
        #expect(result.records.map(written) == [["Ann Lee", "Bo Chen"]])
    }

    @Test("a row with a title but no authors is kept, with a notice")
    func noAuthors() {
        let result = read("title\tauthors\nLonely Paper\t\nLonely Too\tet al.\n")
        #expect(result.records.map(\.title) == ["Lonely Paper", "Lonely Too"])
        #expect(result.records.allSatisfy { $0.authors.isEmpty })
        #expect(result.records.map(\.authorsTruncated) == [false, true])
        #expect(codes(result) == ["no-authors", "no-authors"])
        #expect(result.issues.map(\.location.line) == [2, 3])
        #expect(result.issues.allSatisfy { $0.severity == .notice })
    }

    // MARK: - Other cells

    @Test(
        "year: digits in 1000...2100, anything else is a warning and no year",
        arguments: [
            ("2012", 2012, false),
            (" 1999 ", 1999, false),
            ("1000", 1000, false),
            ("2100", 2100, false),
            ("", nil, false),
            ("abc", nil, true),
            ("n.d.", nil, true),
            ("2012.5", nil, true),
            ("-2012", nil, true),
            ("999", nil, true),
            ("2101", nil, true),
            ("99999999999999999999", nil, true),
        ] as [(String, Int?, Bool)])
    func year(cell: String, expected: Int?, warns: Bool) {
        let result = read("id\tyear\tauthors\nP1\t\(cell)\tA\n")
        #expect(result.records.count == 1)
        #expect(result.records.first?.year == expected)
        #expect(codes(result) == (warns ? ["bad-year"] : []))
        if warns {
            #expect(result.issues.first?.severity == .warning)
            #expect(result.issues.first?.location == SourceLocation(file: "papers.tsv", line: 2))
        }
    }

    @Test(
        "DOI normalization",
        arguments: [
            ("10.1000/ABC", "10.1000/abc"),
            (" https://doi.org/10.1000/Abc ", "10.1000/abc"),
            ("http://dx.doi.org/10.1000/abc", "10.1000/abc"),
            ("DOI:10.1000/abc", "10.1000/abc"),
            ("doi: 10.1000/abc", "10.1000/abc"),
            ("", nil),
            ("  ", nil),
        ] as [(String, String?)])
    func doi(cell: String, expected: String?) {
        let result = read("doi\tauthors\n\(cell)\tA\n")
        #expect(result.records.first?.doi == expected)
        #expect(result.records.first?.identifiers[.doi] == expected)
    }

    @Test("an empty topic gives no topic; an absent title is an empty title")
    func emptyCells() {
        let result = read("id\ttopic\tauthors\nP1\t\tA\nP2\t LG \tB\n")
        #expect(result.records.map(\.topics) == [[], ["LG"]])
        #expect(result.records.map(\.title) == ["", ""])
    }

    // MARK: - Rows that do not fit

    @Test("a short row is skipped and counted; a long or partial row is read with a warning")
    func shortRows() {
        let text = """
            paper_id\tyear\ttopic\tauthors\ttitle
            P1\t2001\tX\tA;B\tFirst
            P2\t2002\tX
            P3\t2003\tX\tC
            P4\t2004\tX\tD\tFourth\textra

            \t\t\t\t
            P6\t2006\tX\t\t

            """
        let result = read(text)
        #expect(result.records.map { $0.identifiers[.sourceID] } == ["P1", "P3", "P4"])
        #expect(result.skipped.map(\.location.line) == [3, 8])
        #expect(result.recordsRead == 5)
        // Row 4 (P3) has 4 fields: it reaches the authors column, so it is read.
        let issues = result.issues.map { "\($0.location.line) \($0.severity.rawValue) \($0.code)" }
        #expect(
            issues == [
                "3 error record-skipped",
                "4 warning field-count",
                "5 warning field-count",
                "8 error record-skipped",
            ])
        #expect(result.skipped.first?.reason.contains("3 fields") == true)
        #expect(result.issues.first?.message.contains("3 fields") == true)
    }

    @Test("a row with fewer fields than the header that reaches the authors column is kept")
    func partialRowKept() {
        let result = read("paper_id\tauthors\ttitle\nP3\tC\n")
        #expect(result.records.map(written) == [["C"]])
        #expect(result.records.first?.title == "")
        #expect(codes(result) == ["field-count"])
        #expect(result.issues.first?.message == "row has 2 fields, the header has 3; the row was read by position")
    }

    @Test("every data row is a record or a skipped record")
    func accounting() {
        var lines = ["title,authors,year"]
        var dataRows = 0
        for index in 0..<200 {
            switch index % 5 {
            case 0: lines.append("Title \(index),A;B,2000")
            case 1: lines.append("Title \(index)")  // short: skipped
            case 2: lines.append(",,2001")  // no title, no authors: skipped
            case 3: lines.append("\"Quoted\n\(index)\",C,1990,extra")
            default: lines.append("Title \(index),,")  // no authors: kept
            }
            dataRows += 1
            if index % 7 == 0 { lines.append("") }
        }
        let result = read(lines.joined(separator: "\n"), path: "mixed.csv")
        #expect(result.records.count == 120)
        #expect(result.skipped.count == 80)
        #expect(result.recordsRead == dataRows)
        #expect(result.issues.filter { $0.code == "record-skipped" }.count == 80)
        #expect(result.issues.filter { $0.code == "record-skipped" }.allSatisfy { $0.severity == .error })
    }

    @Test("repeated warnings of one kind are listed 20 times, then counted in one more issue")
    func issueCap() {
        let rows = (1...30).map { "P\($0)\tsoon\tA" }
        let result = read((["id\tyear\tauthors"] + rows).joined(separator: "\n"))
        #expect(result.records.count == 30)
        let badYears = result.issues.filter { $0.code == "bad-year" }
        #expect(badYears.count == 21)
        #expect(badYears.last?.message.contains("30 rows") == true)
        #expect(badYears.last?.location.line == 1)
    }

    @Test("an unterminated quote is reported at its line; the rows after it are still read")
    func unterminatedQuote() {
        let text = "title,authors\nGood,A\n\"Broken title,B\nNext,C\nLast,D\n"
        let result = read(text, path: "broken.csv")
        let issue = result.issues.first { $0.code == "unterminated-quote" }
        #expect(issue?.location == SourceLocation(file: "broken.csv", line: 3))
        #expect(issue?.message.contains("2 lines") == true)
        // The broken row has only a title field, so it does not reach the authors column.
        #expect(result.records.map(\.title) == ["Good", "Next", "Last"])
        #expect(result.skipped.map(\.location.line) == [3])
        #expect(result.recordsRead == 4)
    }

    @Test(
        "an empty file and a header without rows are notices, not errors",
        arguments: [
            ("", 1), ("\n\n", 1), ("paper_id\tauthors\n", 1), ("\n\nauthors\n\n", 3),
        ])
    func noRecords(text: String, line: Int) {
        let result = read(text)
        #expect(result.records.isEmpty)
        #expect(codes(result) == ["no-records"])
        #expect(result.issues.first?.location.line == line)
    }

    @Test("a 1 MB title cell does not crash")
    func hugeCell() {
        let title = String(repeating: "Very long title, ", count: 62_000)  // 1.05 MB
        let result = read("title,authors\n\"\(title)\",A;B\nShort,C\n", path: "big.csv")
        #expect(result.records.count == 2)
        #expect(result.records.first?.title.utf8.count == title.utf8.count - 1)  // the trailing space is trimmed
        #expect(result.records.map(written) == [["A", "B"], ["C"]])
        #expect(result.issues.map(\.code) == ["long-line"])
    }
}
