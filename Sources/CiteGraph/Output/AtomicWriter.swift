import Foundation

/// Writes one file atomically: the bytes go to a new temporary file in the same folder — created exclusively
/// (`O_CREAT|O_EXCL|O_NOFOLLOW`, a random name), so a link planted there is never followed — flushed, then renamed
/// over the target, so a reader never sees a half-written file. (A run's output folder is written whole by
/// `OutputFolder.write` instead.)
public enum AtomicWriter {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid())-\(suffix).tmp").path
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputFolderError.system(path: temp, operation: "create", code: errno) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            if rename(temp, url.path) != 0 {
                throw OutputFolderError.system(path: path, operation: "replace", code: errno)
            }
        } catch {
            unlink(temp)
            throw error
        }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
