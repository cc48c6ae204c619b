import Foundation

/// The hidden siblings a run makes next to its output folder — `.<name>.staging-<pid>-<random>` (the new output
/// being written) and `.<name>.old-<pid>-<random>` (the old output during a two-rename switch) — and their
/// clean-up at the start of the next run: a killed run's staging folder is removed (the output folder still holds
/// the old complete output), and an old output moved aside by a run killed in the middle of a switch is moved back
/// when the output folder is missing. Only folders of exactly these names, owned by this user, of processes no
/// longer running, are touched; links and files of those names are left alone.
enum OutputLeftovers {
    static func stagingName(_ name: String) -> String { ".\(name).staging-\(getpid())-\(randomSuffix())" }
    static func oldName(_ name: String) -> String { ".\(name).old-\(getpid())-\(randomSuffix())" }

    /// Recovers or removes what killed runs left beside the output folder at `location`.
    static func clean(_ location: OutputLocation) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: location.parent) else { return }
        var info = stat()
        var outputExists = lstat(location.path, &info) == 0
        for entry in entries.sorted() {
            guard let kind = leftoverKind(entry, of: location.name) else { continue }
            let path = location.parent + "/" + entry
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { continue }
            if kind == "old" && !outputExists && rename(path, location.path) == 0 {
                outputExists = true
                continue
            }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// `staging` or `old` when `entry` is a leftover of `name` made by a process that is no longer running.
    static func leftoverKind(_ entry: String, of name: String) -> String? {
        for kind in ["staging", "old"] {
            let prefix = ".\(name).\(kind)-"
            guard entry.hasPrefix(prefix) else { continue }
            let parts = entry.dropFirst(prefix.count).split(separator: "-")
            guard parts.count == 2, let pid = Int32(parts[0]), parts[1].count == 16,
                parts[1].allSatisfy(\.isHexDigit)
            else { return nil }
            return isRunning(pid) ? nil : kind
        }
        return nil
    }

    /// True when process `pid` exists (another run may be writing its staging folder now).
    private static func isRunning(_ pid: Int32) -> Bool {
        if pid == getpid() { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    private static func randomSuffix() -> String {
        let value = UInt64.random(in: 0...UInt64.max)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Flushes a folder's entries to disk.
    static func sync(folder: String) throws(OutputFolderError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .system(path: folder, operation: "open the folder", code: errno) }
        defer { close(fd) }
        // Some file systems cannot flush a folder (EINVAL); the files themselves are flushed already.
        if fsync(fd) != 0 && errno != EINVAL { throw .system(path: folder, operation: "flush", code: errno) }
    }
}
