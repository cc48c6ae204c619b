import Foundation

/// Where a run's output folder is, checked before anything is written: never empty, never the root folder, never
/// below a regular file. The path is made absolute and its existing part resolved through symbolic links, so the
/// staging folder is created next to the real folder (same file system, so it can be renamed in).
public struct OutputLocation: Sendable, Equatable {
    /// The folder holding the output folder (resolved, absolute).
    public let parent: String
    /// The output folder's own name (no `/`).
    public let name: String

    /// The output folder's absolute path.
    public var path: String { parent == "/" ? "/" + name : parent + "/" + name }

    /// Resolves `out` (relative to the working directory).
    ///
    /// - Throws: `OutputFolderError.empty`, `.root` (the path is `/` or resolves to it) or `.notAFolder` (the path
    ///   or one of the folders above it is a file).
    public init(_ out: String) throws(OutputFolderError) {
        guard !out.trimmingCharacters(in: .whitespaces).isEmpty else { throw .empty }
        let absolute = out.hasPrefix("/") ? out : FileManager.default.currentDirectoryPath + "/" + out
        var components: [String] = []
        for part in absolute.split(separator: "/") where part != "." {
            if part == ".." {
                _ = components.popLast()
            } else {
                components.append(String(part))
            }
        }
        guard let last = components.popLast() else { throw .root(out) }
        let parent = try Self.resolvedFolder(components, out: out)
        let target = (parent == "/" ? "" : parent) + "/" + last
        var info = stat()
        if lstat(target, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            // A link to a folder: the output goes to the folder it names.
            guard let real = Self.realPath(target) else { throw .notAFolder(out: out, file: target) }
            guard real != "/" else { throw .root(out) }
            let url = URL(fileURLWithPath: real)
            self.parent = url.deletingLastPathComponent().path
            self.name = url.lastPathComponent
        } else {
            self.parent = parent
            self.name = last
        }
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { throw .notAFolder(out: out, file: path) }
    }

    /// The folder `/components…` with its longest existing prefix resolved through links; every existing part
    /// must be a folder.
    private static func resolvedFolder(_ components: [String], out: String) throws(OutputFolderError) -> String {
        var existing = components.count
        while existing > 0, access("/" + components.prefix(existing).joined(separator: "/"), F_OK) != 0 {
            existing -= 1
        }
        let prefix = "/" + components.prefix(existing).joined(separator: "/")
        var info = stat()
        guard stat(prefix, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw .notAFolder(out: out, file: prefix)
        }
        guard let real = realPath(prefix) else { throw .notAFolder(out: out, file: prefix) }
        let rest = components.dropFirst(existing)
        if rest.isEmpty { return real }
        return (real == "/" ? "" : real) + "/" + rest.joined(separator: "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
