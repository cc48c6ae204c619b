import Foundation

/// A run's new output folder, built beside the output folder and switched in whole, so the output folder always
/// holds either the previous complete output or the new complete output.
///
/// The staging folder is `.<name>.staging-<pid>-<random>` in the same parent, created exclusively (`mkdir` fails
/// on anything already there, a planted link included); each file is created with `O_CREAT|O_EXCL|O_NOFOLLOW`
/// and flushed to disk (`fsync`) before the switch. The switch is one atomic exchange of the two folders where the
/// file system offers it (`renameat2(RENAME_EXCHANGE)`), else two renames that `OutputLeftovers` completes or
/// undoes at the next run.
final class StagingFolder {
    let location: OutputLocation
    let path: String

    /// Creates the staging folder for `location` (and the folders above the output folder when missing).
    init(for location: OutputLocation) throws(OutputFolderError) {
        self.location = location
        do {
            try FileManager.default.createDirectory(atPath: location.parent, withIntermediateDirectories: true)
        } catch {
            throw .system(path: location.parent, operation: "create the folder", code: (error as NSError).posixCode)
        }
        var made: String?
        for _ in 0..<16 {
            let candidate = location.parent + "/" + OutputLeftovers.stagingName(location.name)
            if mkdir(candidate, 0o777) == 0 {
                made = candidate
                break
            }
            if errno != EEXIST { throw .system(path: candidate, operation: "create the folder", code: errno) }
        }
        guard let made else { throw .system(path: location.parent, operation: "create a folder in", code: EEXIST) }
        path = made
    }

    /// Writes `data` as the new file `name` (a plain name): created exclusively, never through a link, flushed.
    func write(_ data: Data, name: String) throws(OutputFolderError) {
        let file = path + "/" + name
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .system(path: file, operation: "create", code: errno) }
        defer { close(fd) }
        var failure: Int32 = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if failure != 0 { throw .system(path: file, operation: "write", code: failure) }
        if fsync(fd) != 0 { throw .system(path: file, operation: "flush", code: errno) }
    }

    /// Writes the new file `name` (a plain name) with what `body` streams to it: created exclusively, never
    /// through a link, flushed. Returns its size and SHA-256, computed as it streamed.
    func stream(name: String, _ body: (ByteWriter) -> Void) throws(OutputFolderError) -> (Int, String) {
        let file = path + "/" + name
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .system(path: file, operation: "create", code: errno) }
        defer { close(fd) }
        let writer = ByteWriter(.file(fd, path: file))
        body(writer)
        let result: (count: Int, sha256: String, bytes: [UInt8])
        do {
            result = try writer.finish()
        } catch let error as OutputFolderError {
            throw error
        } catch {
            throw .system(path: file, operation: "write", code: EIO)
        }
        if fsync(fd) != 0 { throw .system(path: file, operation: "flush", code: errno) }
        return (result.count, result.sha256)
    }

    /// Carries `entries` of the current output folder into the new one: files as hard links (no copy; the old
    /// folder keeps its link until the switch, so a killed run loses nothing), links recreated.
    func carryOver(_ entries: [String]) throws(OutputFolderError) {
        for entry in entries {
            let source = location.path + "/" + entry, destination = path + "/" + entry
            var info = stat()
            guard lstat(source, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFLNK {
                var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
                let n = buffer.withUnsafeMutableBufferPointer { b in
                    b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) {
                        readlink(source, $0, b.count - 1)
                    }
                }
                guard n >= 0 else { throw .system(path: source, operation: "read the link", code: errno) }
                if symlink(String(decoding: buffer[0..<n], as: UTF8.self), destination) != 0 {
                    throw .system(path: destination, operation: "create the link", code: errno)
                }
            } else if linkat(AT_FDCWD, source, AT_FDCWD, destination, 0) != 0 {
                throw .system(path: source, operation: "carry over (hard link)", code: errno)
            }
        }
    }

    /// Flushes the staging folder and switches it in as the output folder; the old output is removed.
    func switchIn(stop: (String) -> Void) throws(OutputFolderError) {
        try OutputLeftovers.sync(folder: path)
        var info = stat()
        if lstat(location.path, &info) == 0 {
            // The new folder keeps the old one's permissions.
            _ = chmod(path, info.st_mode & 0o7777)
        }
        if lstat(location.path, &info) != 0 {
            guard rename(path, location.path) == 0 else {
                throw .system(path: location.path, operation: "move the new output into", code: errno)
            }
        } else if FolderExchange.exchange(path, location.path) {
            // `path` now names the old output.
            stop("after-switch")
            try? FileManager.default.removeItem(atPath: path)
        } else {
            let old = location.parent + "/" + OutputLeftovers.oldName(location.name)
            guard rename(location.path, old) == 0 else {
                throw .system(path: location.path, operation: "move the old output aside from", code: errno)
            }
            stop("mid-switch")
            guard rename(path, location.path) == 0 else {
                let code = errno
                _ = rename(old, location.path)
                throw .system(path: location.path, operation: "move the new output into", code: code)
            }
            stop("after-switch")
            try? FileManager.default.removeItem(atPath: old)
        }
        try OutputLeftovers.sync(folder: location.parent)
    }

    /// Removes the staging folder (a run that failed before the switch).
    func discard() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension NSError {
    /// The POSIX error code behind a Foundation error, else EIO.
    var posixCode: Int32 {
        if domain == NSPOSIXErrorDomain { return Int32(code) }
        if let underlying = userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        return EIO
    }
}
