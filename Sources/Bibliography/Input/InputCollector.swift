import Foundation

/// Expands the user's inputs (files or folders) into a sorted list of files.
///
/// Folders are read recursively; their files come in byte-wise sorted path order so every run sees the same
/// order. Hidden files and folders (names starting with `.`) inside folders are skipped; a file named
/// explicitly is always read. A folder reached twice through symbolic links (a link to a parent makes a loop) is
/// walked once: the walk keeps the device and inode of every folder it entered.
public enum InputCollector {
    public struct Collected: Sendable {
        public var files: [String]
        /// Inputs that do not exist or cannot be listed.
        public var errors: [InputError]
    }

    public static func collect(_ inputs: [String]) -> Collected {
        var files: [String] = []
        var errors: [InputError] = []
        let fm = FileManager.default
        for input in inputs {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDir) else {
                errors.append(.notFound(path: input))
                continue
            }
            if !isDir.boolValue {
                files.append(input)
                continue
            }
            var found: [String] = []
            var visited = Set<FolderIdentity>()
            walk(input, into: &found, visited: &visited, errors: &errors)
            files.append(contentsOf: found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        }
        return Collected(files: files, errors: errors)
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

    private static func walk(
        _ dir: String, into found: inout [String], visited: inout Set<FolderIdentity>, errors: inout [InputError]
    ) {
        if let identity = FolderIdentity(path: dir), !visited.insert(identity).inserted { return }
        let fm = FileManager.default
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: dir)
        } catch {
            errors.append(.unreadable(path: dir, reason: InputError.describe(error)))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                walk(path, into: &found, visited: &visited, errors: &errors)
            } else {
                found.append(path)
            }
        }
    }
}
