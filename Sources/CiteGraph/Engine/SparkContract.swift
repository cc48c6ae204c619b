import Bibliography
import Foundation

/// The columnar contract between CiteGraph and its Spark job (docs/spark-contract.md): the cleaned corpus as three
/// CSV tables with headers, RFC 4180 quoting (`CSVField`).
/// - `authors.csv`: `author,papers,group,name` — author id = position in `Corpus.authors` (name order), papers as
///   the corpus counts them, group 1 for a group author;
/// - `works.csv`: `work,year,n` — work id = position in `Corpus.papers`, year (empty when unknown), n = author slots;
/// - `authorships.csv`: `work,author` — one row per author slot, with the resolved author id.
public enum SparkContract {
    /// What was written: row counts, for the progress line and the manifest.
    public struct Written: Sendable, Equatable {
        public let authors: Int
        public let works: Int
        public let authorships: Int
    }

    /// Writes the three tables into `folder` (created when missing).
    public static func write(_ corpus: Corpus, to folder: URL) throws -> Written {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var authors = TableFile(folder.appendingPathComponent("authors.csv"), header: "author,papers,group,name")
        for (id, author) in corpus.authors.enumerated() {
            let group = author.kind == .group ? "1" : "0"
            authors.append("\(id),\(author.papers),\(group),\(CSVField.escape(author.name))\r\n")
        }
        try authors.close()
        var works = TableFile(folder.appendingPathComponent("works.csv"), header: "work,year,n")
        var authorships = TableFile(folder.appendingPathComponent("authorships.csv"), header: "work,author")
        var index = NameIndex(corpus.authors.map(\.name))
        var slots = 0
        for (id, paper) in corpus.papers.enumerated() {
            works.append("\(id),\(paper.year.map(String.init) ?? ""),\(paper.authors.count)\r\n")
            for slot in paper.authors {
                guard let author = index.index(of: slot.resolved) else { continue }
                authorships.append("\(id),\(author)\r\n")
                slots += 1
            }
            if id % 4096 == 0 {
                try works.flush()
                try authorships.flush()
            }
        }
        try works.close()
        try authorships.close()
        return Written(authors: corpus.authors.count, works: corpus.papers.count, authorships: slots)
    }
}

/// A CSV file written in large chunks (the contract of a million-work corpus is hundreds of MB).
struct TableFile {
    private let url: URL
    private var buffer = ""
    private var handle: FileHandle?

    init(_ url: URL, header: String) {
        self.url = url
        buffer = header + "\r\n"
    }

    mutating func append(_ line: String) { buffer += line }

    /// Writes what is buffered once it is large.
    mutating func flush(force: Bool = false) throws {
        guard force || buffer.utf8.count > 1 << 20 else { return }
        if handle == nil {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
            handle = try FileHandle(forWritingTo: url)
        }
        try handle?.write(contentsOf: Data(buffer.utf8))
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() throws {
        try flush(force: true)
        try handle?.close()
        handle = nil
    }
}
