import Foundation

/// Expands the user's inputs (files or folders) into a sorted list of files.
///
/// Folders are read recursively; their files come in byte-wise sorted path order so every run sees the same
/// order. Hidden files and folders (names starting with `.`) inside folders are skipped; a file named
/// explicitly is always read. A folder reached twice through symbolic links (a link to a parent makes a loop) is
/// walked once: the walk keeps the device and inode of every folder it entered.
///
/// CiteGraph never reads what it wrote (`OutputFolder`): a folder holding a CiteGraph `manifest.json` is an
/// output folder and is not read, a file listed in the `outputs` of a CiteGraph manifest beside it is not read
/// (even when named explicitly), and the folders in `excluding` (`analyze`'s `--out`) are not read. Each is
/// reported as a notice.
public enum InputCollector {
    public struct Collected: Sendable {
        public var files: [String]
        /// Inputs that do not exist or cannot be listed.
        public var errors: [InputError]
        /// Output folders and output files left out, one notice each.
        public var notices: [ParseIssue] = []
    }

    public static func collect(_ inputs: [String], excluding: [String] = []) -> Collected {
        var walk = Walk(excluded: Set(excluding.compactMap(FolderIdentity.init(path:))))
        let fm = FileManager.default
        for input in inputs {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDir) else {
                walk.errors.append(.notFound(path: input))
                continue
            }
            if !isDir.boolValue {
                if !walk.isOutputFile(input) { walk.files.append(input) }
                continue
            }
            var found: [String] = []
            swap(&found, &walk.files)
            walk.visited = []
            walk.visit(input)
            swap(&found, &walk.files)
            walk.files.append(
                contentsOf: found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        }
        return Collected(files: walk.files, errors: walk.errors, notices: walk.notices)
    }

    /// A folder as the file system knows it, whatever path (through symbolic links) reached it.
    struct FolderIdentity: Hashable {
        var device: UInt64
        var inode: UInt64

        /// The identity of the folder at `path` (links followed); nil when `stat` fails.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// One expansion of the inputs: the files found, the errors, the notices, the folders entered.
    private struct Walk {
        let excluded: Set<FolderIdentity>
        var files: [String] = []
        var errors: [InputError] = []
        var notices: [ParseIssue] = []
        var visited = Set<FolderIdentity>()

        init(excluded: Set<FolderIdentity>) { self.excluded = excluded }

        /// Adds the files under `dir` (unsorted), unless it is an output folder or was entered before.
        mutating func visit(_ dir: String) {
            let identity = FolderIdentity(path: dir)
            if let identity, !visited.insert(identity).inserted { return }
            if let identity, excluded.contains(identity) {
                notices.append(
                    ParseIssue(
                        .notice, "output-folder-skipped", at: SourceLocation(file: dir, line: 1),
                        "the output folder of this run (--out) is not read as input"))
                return
            }
            if OutputManifest(folder: dir) != nil {
                notices.append(
                    ParseIssue(
                        .notice, "output-folder-skipped", at: SourceLocation(file: join(dir, "manifest.json"), line: 1),
                        "a CiteGraph output folder (its manifest.json lists what a run wrote) is not read as input"))
                return
            }
            let fm = FileManager.default
            let names: [String]
            do {
                names = try fm.contentsOfDirectory(atPath: dir)
            } catch {
                errors.append(.unreadable(path: dir, reason: InputError.describe(error)))
                return
            }
            for name in names where !name.hasPrefix(".") {
                let path = join(dir, name)
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
                if isDir.boolValue {
                    visit(path)
                } else {
                    files.append(path)
                }
            }
        }

        /// True (with a notice) when a CiteGraph manifest beside `file` lists it, or `file` is that manifest.
        mutating func isOutputFile(_ file: String) -> Bool {
            let url = URL(fileURLWithPath: file)
            let name = url.lastPathComponent
            let folder = url.deletingLastPathComponent().path
            guard let manifest = OutputManifest(folder: folder),
                name == "manifest.json" || manifest.files.contains(name)
            else { return false }
            notices.append(
                ParseIssue(
                    .notice, "output-file-skipped", at: SourceLocation(file: file, line: 1),
                    "written by CiteGraph (listed in the manifest.json beside it); not read as input"))
            return true
        }

        private func join(_ dir: String, _ name: String) -> String {
            dir.hasSuffix("/") ? dir + name : dir + "/" + name
        }
    }
}

/// The `manifest.json` a CiteGraph run leaves in its output folder, as far as the input walk needs it: a JSON
/// object whose `tool.name` is `citegraph` and whose `outputs` list the files the run wrote.
struct OutputManifest {
    /// The names of the files the run wrote.
    var files: Set<String>

    /// Manifests are small; a larger `manifest.json` is not CiteGraph's.
    static let maxBytes = 16 << 20

    /// The manifest in `folder`; nil when there is none or it is not CiteGraph's.
    init?(folder: String) {
        let path = (folder.isEmpty ? "." : folder) + "/manifest.json"
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = attributes[.size] as? Int, size <= Self.maxBytes,
            let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            (object["tool"] as? [String: Any])?["name"] as? String == "citegraph",
            let outputs = object["outputs"] as? [[String: Any]]
        else { return nil }
        files = Set(outputs.compactMap { $0["file"] as? String })
    }
}
