import Foundation
import Testing

@testable import Bibliography

@Suite("DelimitedTableParser")
struct DelimitedTableParserTests {
    private func textFile(_ text: String, path: String = "table.csv") -> TextFile {
        TextFile.decode(Data(text.utf8), path: path)
    }

    private func rows(_ text: String, _ delimiter: DelimitedTableParser.Delimiter? = nil)
        -> (rows: [DelimitedTableParser.Row], issues: [ParseIssue])
    {
        DelimitedTableParser.rows(of: textFile(text), delimiter: delimiter)
    }

    private func fields(_ text: String, _ delimiter: DelimitedTableParser.Delimiter? = nil) -> [[String]] {
        rows(text, delimiter).rows.map { $0.fields.map(String.init) }
    }

    @Test(
        "the delimiter is a tab when the header has one, a comma otherwise",
        arguments: [
            ("paper_id\tyear\ttopic\tauthors", DelimitedTableParser.Delimiter.tab),
            ("title,authors,year", .comma),
            ("authors", .comma),
            ("title, \"a,b\"\tauthors", .tab),
        ])
    func detectsDelimiter(header: String, expected: DelimitedTableParser.Delimiter) {
        #expect(DelimitedTableParser.Delimiter.detect(header: header) == expected)
    }

    @Test(
        "unquoted lines split on the delimiter, empty fields kept",
        arguments: [
            ("a\tb\t\tc", DelimitedTableParser.Delimiter.tab, ["a", "b", "", "c"]),
            ("a\tb\t", .tab, ["a", "b", ""]),
            ("\ta", .tab, ["", "a"]),
            ("a,b c,d", .comma, ["a", "b c", "d"]),
            ("a,b\tc", .comma, ["a", "b\tc"]),
            ("x;y,Zoë Ünal", .comma, ["x;y", "Zoë Ünal"]),
            ("only", .comma, ["only"]),
        ])
    func splitsUnquoted(line: String, delimiter: DelimitedTableParser.Delimiter, expected: [String]) {
        #expect(fields(line, delimiter) == [expected])
    }

    @Test(
        "RFC 4180 quoting",
        arguments: [
            ("a,\"b,c\",d", ["a", "b,c", "d"]),
            ("\"he said \"\"hi\"\"\",x", ["he said \"hi\"", "x"]),
            ("\"\",x", ["", "x"]),
            ("\"\"\"\",x", ["\"", "x"]),
            ("a\"b,c", ["a\"b", "c"]),
            ("a,b\"", ["a", "b\""]),
            ("  \"b, c\"  ,d", ["b, c", "d"]),
            ("x,\"last\"", ["x", "last"]),
            ("x,", ["x", ""]),
        ])
    func quoting(line: String, expected: [String]) {
        let result = rows(line, .comma)
        #expect(result.rows.map { $0.fields.map(String.init) } == [expected])
        #expect(result.issues.isEmpty)
    }

    @Test("a quoted field with tabs in a tab-delimited line")
    func quotedTab() {
        #expect(fields("\"a\tb\"\tc\t\"d\"\"e\"", .tab) == [["a\tb", "c", "d\"e"]])
    }

    @Test("a quoted line break makes the row span lines; the next row's line is still right")
    func quotedNewline() {
        let text = "title,authors\n\"first line\nsecond, line\n\nfourth\",A;B\nNext,C\n"
        let result = rows(text)
        #expect(
            result.rows.map { $0.fields.map(String.init) } == [
                ["title", "authors"],
                ["first line\nsecond, line\n\nfourth", "A;B"],
                ["Next", "C"],
            ])
        #expect(result.rows.map(\.line) == [1, 2, 6])
        #expect(result.rows.map(\.lastLine) == [1, 5, 6])
        #expect(result.issues.isEmpty)
    }

    @Test("CRLF line ends, also inside a quoted field")
    func crlf() {
        let result = rows("a,b\r\n\"x\r\ny\",z\r\n1,2\r\n")
        #expect(result.rows.map { $0.fields.map(String.init) } == [["a", "b"], ["x\ny", "z"], ["1", "2"]])
        #expect(result.rows.map(\.line) == [1, 2, 4])
    }

    @Test("blank lines between rows are skipped and do not shift line numbers")
    func blankLines() {
        let result = rows("a\tb\n\n  \n1\t2\n\t\n3\t4")
        #expect(result.rows.map { $0.fields.map(String.init) } == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(result.rows.map(\.line) == [1, 4, 6])
    }

    @Test("startLine begins reading at that line")
    func startLine() {
        let file = textFile("junk\"\nh1,h2\nv1,v2\n")
        var parser = DelimitedTableParser(file, delimiter: .comma, startLine: 2)
        #expect(parser.nextLine == 2)
        #expect(parser.next()?.fields == ["h1", "h2"])
        #expect(parser.next()?.line == 3)
        #expect(parser.next() == nil)
    }

    @Test("an unterminated quote is reported at the line where it opened, with the lines it would swallow")
    func unterminatedQuote() {
        let text = "a,b\n1,2\n3,\"open, never closed\n4,5\n\n6,7\n"
        let file = textFile(text)
        var parser = DelimitedTableParser(file, delimiter: .comma)
        var rows: [DelimitedTableParser.Row] = []
        while let row = parser.next() { rows.append(row) }

        #expect(parser.unterminatedQuote == .init(rowLine: 3, quoteLine: 3, swallowedLines: 3))
        #expect(
            rows.map { $0.fields.map(String.init) } == [
                ["a", "b"], ["1", "2"], ["3", "open, never closed"], ["4", "5"], ["6", "7"],
            ])
        #expect(rows.map(\.line) == [1, 2, 3, 4, 6])
        #expect(parser.issues.count == 1)
        let issue = parser.issues.first
        #expect(issue?.code == "unterminated-quote")
        #expect(issue?.location == SourceLocation(file: "table.csv", line: 3))
        #expect(issue?.message.contains("line 3") == true)
        #expect(issue?.message.contains("3 lines") == true)
    }

    @Test("an unterminated quote in a row that started on an earlier line")
    func unterminatedQuoteInMultilineRow() {
        // Row 2 has a closed multi-line field (lines 2-3), then opens a quote on line 3 that never closes.
        let text = "a,b,c\n\"x\ny\",\"open\nrest\n"
        var parser = DelimitedTableParser(textFile(text), delimiter: .comma)
        var rows: [DelimitedTableParser.Row] = []
        while let row = parser.next() { rows.append(row) }
        #expect(parser.unterminatedQuote == .init(rowLine: 2, quoteLine: 3, swallowedLines: 1))
        #expect(rows.map { $0.fields.map(String.init) } == [["a", "b", "c"], ["x\ny", "open"], ["rest"]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test("an unterminated quote on the last line swallows nothing")
    func unterminatedQuoteOnLastLine() {
        let result = rows("a,b\n1,\"2")
        #expect(result.rows.map { $0.fields.map(String.init) } == [["a", "b"], ["1", "2"]])
        #expect(result.issues.map(\.code) == ["unterminated-quote"])
        #expect(result.issues.first?.location.line == 2)
    }

    @Test("text after a closing quote is kept, with a warning at the row's line")
    func textAfterQuote() {
        let result = rows("h1,h2\n\"ab\" cd,e\n")
        #expect(result.rows.last?.fields == ["ab cd", "e"])
        #expect(result.issues.map(\.code) == ["text-after-quote"])
        #expect(result.issues.first?.location.line == 2)
    }

    @Test("a 1 MB cell, quoted or not, is read whole", arguments: [false, true])
    func hugeCell(quoted: Bool) throws {
        let big = String(repeating: "Name, Other;", count: 90_000)  // 1.08 MB
        let cell = quoted ? "\"" + big.replacingOccurrences(of: ";", with: "\n") + "\"" : big
        let text = "title\tauthors\n\(cell)\tA;B\nnext\tC\n"
        let result = rows(text)
        try #require(result.rows.count == 3)
        #expect(result.rows[1].fields.first?.utf8.count == big.utf8.count)
        #expect(result.rows[1].fields.last == "A;B")
        #expect(result.rows[2].line == (quoted ? 90_003 : 3))
    }
}
