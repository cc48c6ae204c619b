import Foundation

@testable import Bibliography

/// Builds a corpus from an inline table (tab-separated, header row), as the table reader would read it.
func corpus(_ table: String, options: CorpusOptions = CorpusOptions()) -> Corpus {
    let result = TableRecordReader.read(TextFile.decode(Data(table.utf8), path: "inline.tsv"))
    return CorpusBuilder.build(InputReader.Batch(results: [result], errors: []), options: options)
}

var seedsPath: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds").path
}
