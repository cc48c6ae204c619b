import Bibliography
import Dispatch
import Foundation

/// A buffered byte writer for output files: text, integers and numbers go straight into a 1 MiB buffer as UTF-8
/// bytes (no per-row `String`), and full buffers are handed to a sink — a file descriptor, or memory — together with
/// their SHA-256 and byte count, so a multi-gigabyte export is checksummed while it streams and never held whole.
///
/// With a file sink the buffer is double-buffered: while one buffer is hashed and written on a background queue,
/// the caller fills the other (formatting on one core, hashing and `write(2)` on the second).
/// Write methods do not throw; the first failure of the sink is kept and thrown by `finish()`.
public final class ByteWriter: @unchecked Sendable {
    public static let bufferSize = 1 << 20

    private var buffer: UnsafeMutablePointer<UInt8>
    private var spare: UnsafeMutablePointer<UInt8>
    private var used = 0
    private let capacity: Int
    private let sink: Sink
    private var hasher = SHA256.Hasher()
    private let queue = DispatchQueue(label: "citegraph.bytewriter")
    private var failure: (any Error)?
    private var finished = false
    /// Bytes handed to the sink so far plus those buffered.
    public var count: Int { flushed + used }
    private var flushed = 0

    /// Where the bytes go.
    public enum Sink {
        /// Appended to memory (`finish` returns them).
        case memory
        /// Written to an open file descriptor, retrying short writes and EINTR.
        case file(Int32, path: String)
    }

    private var memory: [UInt8] = []

    public init(_ sink: Sink, capacity: Int = ByteWriter.bufferSize) {
        self.sink = sink
        self.capacity = max(capacity, 64)
        buffer = .allocate(capacity: self.capacity)
        spare = .allocate(capacity: self.capacity)
    }

    deinit {
        queue.sync {}
        buffer.deallocate()
        spare.deallocate()
    }

    /// Makes bytes in memory: `body` writes, the result is the bytes (no checksum is computed).
    public static func bytes(_ body: (ByteWriter) -> Void) -> [UInt8] {
        let w = ByteWriter(.memory)
        body(w)
        w.flush()
        return w.memory
    }

    /// Makes a `String` in memory (tests and small files).
    public static func string(_ body: (ByteWriter) -> Void) -> String {
        String(decoding: bytes(body), as: UTF8.self)
    }

    // MARK: writing

    @inline(__always) public func byte(_ b: UInt8) {
        if used == capacity { flush() }
        buffer[used] = b
        used += 1
    }

    /// Raw bytes.
    public func write(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            if used == capacity { flush() }
            let n = min(capacity - used, bytes.count - offset)
            UnsafeMutableRawPointer(buffer + used).copyMemory(from: bytes.baseAddress! + offset, byteCount: n)
            used += n
            offset += n
        }
    }

    /// A string's UTF-8 bytes, as they are.
    public func write(_ s: String) {
        var s = s
        s.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// A literal's bytes.
    public func write(_ s: StaticString) {
        write(UnsafeRawBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// A decimal integer.
    public func write(_ value: Int) {
        if used + 20 > capacity { flush() }
        var v = value.magnitude
        if value < 0 {
            buffer[used] = UInt8(ascii: "-")
            used += 1
        }
        // Digits least significant first, then reversed in place.
        var start = used
        repeat {
            buffer[used] = UInt8(ascii: "0") + UInt8(v % 10)
            used += 1
            v /= 10
        } while v > 0
        var end = used - 1
        while start < end {
            let t = buffer[start]
            buffer[start] = buffer[end]
            buffer[end] = t
            start += 1
            end -= 1
        }
    }

    /// A number as `JSONValue.format` writes it: an integer when integral (below 1e15), else Swift's shortest
    /// round-trip form; `null` when not finite.
    public func write(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            write(Int(value))
        } else if value.isFinite {
            write(value.description)
        } else {
            write("null" as StaticString)
        }
    }

    // MARK: finishing

    /// Hands the buffered bytes to the sink.
    public func flush() {
        guard used > 0 else { return }
        let full = buffer, n = used
        queue.sync {}  // the previous buffer is done with
        swap(&buffer, &spare)
        used = 0
        flushed += n
        switch sink {
        case .memory:
            // Hashed only if `finish` is asked for the checksum.
            memory.append(contentsOf: UnsafeBufferPointer(start: full, count: n))
        case let .file(fd, path):
            // The buffer is not touched by the caller until the next flush waits for this block.
            nonisolated(unsafe) let bytes = full
            queue.async { [self] in
                hash(bytes, n)
                if failure == nil { failure = Self.writeAll(fd, bytes, n, path: path) }
            }
        }
    }

    private func hash(_ p: UnsafeMutablePointer<UInt8>, _ n: Int) {
        hasher.update(UnsafeRawBufferPointer(start: p, count: n))
    }

    /// Flushes and waits for the sink; returns the byte count, SHA-256 and (memory sink) the bytes.
    ///
    /// - Throws: the sink's first failure (`OutputFolderError`).
    public func finish() throws -> (count: Int, sha256: String, bytes: [UInt8]) {
        precondition(!finished, "ByteWriter.finish called twice")
        flush()
        queue.sync {}
        finished = true
        if let failure { throw failure }
        if case .memory = sink { return (flushed, SHA256.hex(Data(memory)), memory) }
        return (flushed, hasher.finalHex(), memory)
    }

    private static func writeAll(_ fd: Int32, _ p: UnsafeMutablePointer<UInt8>, _ n: Int, path: String)
        -> OutputFolderError?
    {
        var offset = 0
        while offset < n {
            let k = Glibc.write(fd, p + offset, n - offset)
            if k < 0 {
                if errno == EINTR { continue }
                return .system(path: path, operation: "write", code: errno)
            }
            offset += k
        }
        return nil
    }
}
