import Bibliography
import Testing

@testable import CiteGraph

@Suite struct RecordJSONTests {
    @Test func inferredAuthorsAreNotWrittenAndNullsAreExplicit() {
        let paper = Paper(
            title: "T", authors: [AuthorName(written: "Ann Lee"), AuthorName(written: "Owner Name", inferred: true)],
            topics: ["CV"], month: 5, day: 10, score: 54.9,
            locations: [SourceLocation(file: "f.txt", line: 40)])
        let line = RecordJSON.value(paper).rendered()
        #expect(
            line
                == #"{"abstract":null,"affiliations":[],"authors":["Ann Lee"],"authorsTruncated":false,"day":10,"doi":null,"hasCode":false,"line":40,"month":5,"score":54.9,"source":"f.txt","title":"T","topic":"CV","year":null}"#
        )
    }
}
