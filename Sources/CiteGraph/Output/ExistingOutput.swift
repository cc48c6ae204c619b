import Foundation

/// What an output folder holds before a run: the files its manifest lists or the run writes (ours, replaced by the
/// run), the entries the run carries over (files and links that CiteGraph did not write: a README, notes), and the
/// entries it cannot carry (folders, even one named like an output, devices, sockets), which make the run refuse
/// the folder rather than lose them.
struct ExistingOutput {
    /// The command whose manifest is in the folder (`analyze` when the manifest does not say), nil without one.
    let command: String?
    /// Entries carried over into the new folder (names).
    let carried: [String]
    /// Entries that can be neither replaced nor carried over.
    let refused: [String]

    /// Reads the folder at `location` for a run of `command` writing the files `names` (plus `manifest.json`).
    init(at location: OutputLocation, writing names: Set<String>) {
        let path = location.path
        var ours = names.union(["manifest.json"])
        var command: String?
        var manifestInfo = stat()
        // Only a regular manifest is read (a link planted there could name a device or a huge file).
        if lstat(path + "/manifest.json", &manifestInfo) == 0, manifestInfo.st_mode & S_IFMT == S_IFREG,
            let data = FileManager.default.contents(atPath: path + "/manifest.json"),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        {
            command = object["command"] as? String ?? "analyze"
            let outputs = object["outputs"] as? [[String: Any]] ?? []
            ours.formUnion(outputs.compactMap { $0["file"] as? String })
        }
        self.command = command
        var carried: [String] = []
        var refused: [String] = []
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for entry in entries.sorted() where !Self.isLegacyTemporary(entry) {
            var info = stat()
            guard lstat(path + "/" + entry, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG, S_IFLNK: if !ours.contains(entry) { carried.append(entry) }
            // A folder where an output goes is not ours either: refused, never replaced.
            case S_IFDIR: refused.append("the folder \(entry)/")
            default: refused.append("the special file \(entry)")
            }
        }
        self.carried = carried
        self.refused = refused
    }

    /// Checks the folder can take a run of `command`.
    func check(_ location: OutputLocation, command this: String) throws(OutputFolderError) {
        if let command, command != this { throw .otherCommand(path: location.path, command: command, this: this) }
        if !refused.isEmpty { throw .foreign(path: location.path, entries: refused) }
    }

    /// A temporary file of the writer of earlier versions, left by a killed run (`.authors.csv.12345.tmp`).
    static func isLegacyTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let parts = name.dropLast(4).split(separator: ".")
        guard parts.count >= 2, let pid = parts.last else { return false }
        return pid.allSatisfy(\.isNumber)
    }
}
