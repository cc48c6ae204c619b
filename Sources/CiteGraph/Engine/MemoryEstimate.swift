import Foundation

/// The in-process engine's peak memory, estimated from the input sizes before anything is read, and the check that
/// refuses a run that would not fit (pointing to `--engine spark`).
///
/// Model: peak ≈ 200 MiB + k · input bytes, with k = 90 for plain tables (TSV/CSV: one short line per paper;
/// calibrated with peak RSS of `analyze --networks coauthorship` on the synthetic corpora: 100k papers, 5.3 MB of
/// TSV → 554 MB; 1M papers, 53 MB → 4.7 GB; docs/spark-scale.md) and k = 12 for the verbose formats (BibTeX, RIS,
/// Web of Science, MEDLINE, OpenAlex JSON, DBLP XML: several hundred bytes to kilobytes per record for the same
/// papers, authors and edges; reading alone peaks at 3–8× their size).
public struct MemoryEstimate: Sendable, Equatable {
    public let inputBytes: Int
    public let peakBytes: Int
    /// The limit checked against: `memory-limit` MiB, else MemAvailable from /proc/meminfo (nil when unknown).
    public let limitBytes: Int?

    static let baseBytes = 200 << 20
    static let tableFactor = 90
    static let verboseFactor = 12
    static let tableExtensions: Set<String> = ["tsv", "csv", "tab"]

    public init(inputs: [String], memoryLimitMiB: Int) {
        var table = 0, verbose = 0
        for file in Self.files(inputs) {
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            if Self.tableExtensions.contains(URL(fileURLWithPath: file).pathExtension.lowercased()) {
                table += size
            } else {
                verbose += size
            }
        }
        inputBytes = table + verbose
        peakBytes = Self.baseBytes + Self.tableFactor * table + Self.verboseFactor * verbose
        limitBytes = memoryLimitMiB > 0 ? memoryLimitMiB << 20 : Self.availableBytes()
    }

    /// False when the estimate exceeds the limit.
    public var fits: Bool { limitBytes.map { peakBytes <= $0 } ?? true }

    /// "estimated peak memory 1.2 GB (inputs 40 MB) of 22.9 GB available".
    public var description: String {
        let limit = limitBytes.map { " of \(Self.gigabytes($0)) available" } ?? ""
        return "estimated peak memory \(Self.gigabytes(peakBytes)) (inputs \(Self.gigabytes(inputBytes)))\(limit)"
    }

    /// The refusal message.
    public var refusal: String {
        "the in-process engine would not fit: \(description); run it with --engine spark (see README, Engines), or set --memory-limit MiB if the estimate is wrong"
    }

    static func gigabytes(_ bytes: Int) -> String {
        bytes >= 1 << 30
            ? String(format: "%.1f GB", Double(bytes) / Double(1 << 30))
            : String(format: "%.0f MB", Double(bytes) / Double(1 << 20))
    }

    /// Regular files under `inputs` (folders walked; unreadable entries ignored: the reader reports them).
    static func files(_ inputs: [String]) -> [String] {
        var out: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else {
                out.append(input)
                continue
            }
            let walker = FileManager.default.enumerator(atPath: input)
            while let name = walker?.nextObject() as? String {
                let path = (input as NSString).appendingPathComponent(name)
                var dir: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &dir), !dir.boolValue { out.append(path) }
            }
        }
        return out
    }

    /// MemAvailable from /proc/meminfo, in bytes.
    static func availableBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
            let fields = line.split(separator: " ")
            if fields.count >= 2, let kib = Int(fields[1]) { return kib * 1024 }
        }
        return nil
    }
}
