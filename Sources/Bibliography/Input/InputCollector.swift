import Foundation

/// Expands the user's inputs (files or folders) into a sorted list of files.
///
/// Folders are read recursively; their files come in byte-wise sorted path order so every run sees the same
/// order. Hidden files and folders (names starting with `.`) inside folders are skipped; a file named
/// explicitly is always read.
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
            walk(input, into: &found, errors: &errors)
            files.append(contentsOf: found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        }
        return Collected(files: files, errors: errors)
    }

    private static func walk(_ dir: String, into found: inout [String], errors: inout [InputError]) {
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
                walk(path, into: &found, errors: &errors)
            } else {
                found.append(path)
            }
        }
    }
}
