import ArgumentParser
import Bibliography
import CiteGraph

struct RecordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records",
        abstract: "List every record read, before deduplication.",
        discussion:
            "With --json, one JSON object per line: source, line, title, authors, authorsTruncated, affiliations, topic, year, month, day, hasCode, score, abstract, doi."
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "One JSON object per record per line (JSON Lines).")
    var json = false

    func run() throws {
        let batch = input.read()
        let records = batch.records
        if json {
            Console.out(RecordJSON.lines(records))
        } else {
            var table = TextTable(
                headers: ["source:line", "year", "topic", "authors", "first author", "title"], maxWidth: 60)
            for r in records {
                let n = r.authors.count
                table.add([
                    r.location?.description ?? "", r.year.map(String.init) ?? "—", r.topics.first ?? "",
                    "\(n)\(r.authorsTruncated ? "+" : "")", r.authors.first?.written ?? "", r.title,
                ])
            }
            Console.out(table.rendered())
            Console.out("\(records.count) records from \(batch.results.count) files (\"+\": list ends in et al.)\n")
        }
        let code = Console.finish(batch: batch, issues: batch.issues, options: input)
        if code != .success { throw code }
    }
}
