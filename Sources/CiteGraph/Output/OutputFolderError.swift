import Foundation

/// Why an output folder cannot be used or written, in words.
public enum OutputFolderError: Error, LocalizedError, CustomStringConvertible, Sendable {
    /// `--out ""`.
    case empty
    /// `--out /`, or a path that resolves to it.
    case root(String)
    /// `file` (the output path or a folder above it) is a file, not a folder.
    case notAFolder(out: String, file: String)
    /// The folder holds entries that are not outputs of ours and cannot be carried over (folders, devices…).
    case foreign(path: String, entries: [String])
    /// The folder holds the outputs of another command (`analyze` vs `inspect`).
    case otherCommand(path: String, command: String, this: String)
    /// A system call failed.
    case system(path: String, operation: String, code: Int32)

    /// True for an `--out` that can never name an output folder (empty, the root: a usage error, exit 64); the
    /// others are outputs that cannot be written (exit 1).
    public var isUsageError: Bool {
        switch self {
        case .empty, .root: true
        case .notAFolder, .foreign, .otherCommand, .system: false
        }
    }

    public var description: String {
        switch self {
        case .empty: "--out is empty; name the output folder"
        case let .root(out): "--out '\(out)' is the root folder; name a folder of its own for the outputs"
        case let .notAFolder(out, file):
            file == out || URL(fileURLWithPath: file).path == URL(fileURLWithPath: out).path
                ? "--out '\(out)' is a file, not a folder"
                : "--out '\(out)' cannot be a folder: \(file) is a file, not a folder"
        case let .foreign(path, entries):
            "\(path) holds \(entries.joined(separator: ", ")), which CiteGraph did not write and cannot carry over "
                + "(only files and links are carried over); move them away or choose another --out"
        case let .otherCommand(path, command, this):
            "\(path) holds the outputs of `citegraph \(command)`; `citegraph \(this)` would replace them: "
                + "choose another --out"
        case let .system(path, operation, code):
            "cannot \(operation) \(path): \(String(cString: strerror(code)))"
        }
    }

    public var errorDescription: String? { description }
}
