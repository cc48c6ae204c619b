import Foundation

/// A text input split into lines, decoded leniently: invalid UTF-8 is replaced (and reported per line), a byte
/// order mark is dropped, and `\r\n`, `\r` and `\n` all end a line.
public struct TextFile: Sendable {
    /// The path as the user gave it.
    public let path: String
    /// Lines without their terminators; `lines[0]` is line 1.
    public let lines: [String]
    /// Decoding issues (invalid UTF-8, NUL bytes, very long lines), located by line.
    public let issues: [ParseIssue]
    public let hadByteOrderMark: Bool
    public let hadCRLF: Bool
    public let byteCount: Int

    /// Lines longer than this many bytes are reported (they are still read).
    public static let longLineBytes = 100_000

    /// Reads and decodes a file. Throws only when the file cannot be read at all, is binary data or is larger
    /// than `limits` allow (see `contents(of:limits:)`).
    public static func read(path: String, limits: InputLimits = .standard) throws -> TextFile {
        decode(try contents(of: path, limits: limits), path: path)
    }

    /// Reads and decodes a file, with the SHA-256 of the bytes read (the same bytes that were decoded). Throws
    /// only when the file cannot be read at all, is binary data or is larger than `limits` allow.
    public static func readWithDigest(path: String, limits: InputLimits = .standard) throws -> (
        file: TextFile, sha256: String
    ) {
        let data = try contents(of: path, limits: limits)
        return (decode(data, path: path), SHA256.hex(data))
    }

    /// The bytes of the file at `path`, refused before the whole file is read when its first
    /// `limits.binaryProbeBytes` hold a NUL byte (binary data: an image, a PDF, a file of zeros; UTF-16 text with
    /// a byte order mark is text) or when it is larger than `limits.maxFileBytes`.
    static func contents(of path: String, limits: InputLimits) throws -> Data {
        let url = URL(fileURLWithPath: path)
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            let head = try handle.read(upToCount: limits.binaryProbeBytes) ?? Data()
            if let (line, offset) = firstNUL(in: head) {
                throw InputError.binary(path: path, line: line, byte: offset)
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > limits.maxFileBytes {
                throw InputError.tooLarge(path: path, bytes: size, limit: limits.maxFileBytes)
            }
            if head.count < limits.binaryProbeBytes { return head }
            // One buffer of the file's size (appending the rest to `head` would hold the file twice).
            return try Data(contentsOf: url)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError.unreadable(path: path, reason: InputError.describe(error))
        }
    }

    /// The line (1-based) and byte offset (0-based) of the first NUL byte of `head`; nil when there is none or
    /// when `head` starts with a UTF-16 byte order mark.
    static func firstNUL(in head: Data) -> (line: Int, byte: Int)? {
        let bytes = [UInt8](head)
        if bytes.count >= 2, bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF {
            return nil
        }
        guard let offset = bytes.firstIndex(of: 0) else { return nil }
        return (bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }, offset)
    }

    /// Decodes bytes into lines. Never fails. An XML declaration naming ISO-8859-1 is honored
    /// (see `decodeDeclaredEncoding`).
    public static func decode(_ data: Data, path: String) -> TextFile {
        decode(data, path: path, honorDeclaration: true)
    }

    static func decode(_ data: Data, path: String, honorDeclaration: Bool) -> TextFile {
        if let utf16 = decodeUTF16(data, path: path) { return utf16 }
        if honorDeclaration, let declared = decodeDeclaredEncoding(data, path: path) { return declared }
        var decoding = LineDecoding(path: path)
        var hadCRLF = false
        var bom = false
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                start = 3
                bom = true
            }
            var lineStart = start
            var index = start
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A {
                    decoding.append(UnsafeBufferPointer(rebasing: bytes[lineStart..<index]))
                    index += 1
                    lineStart = index
                } else if byte == 0x0D {
                    decoding.append(UnsafeBufferPointer(rebasing: bytes[lineStart..<index]))
                    if index + 1 < count, bytes[index + 1] == 0x0A {
                        hadCRLF = true
                        index += 2
                    } else {
                        index += 1
                    }
                    lineStart = index
                } else {
                    index += 1
                }
            }
            if lineStart < count { decoding.append(UnsafeBufferPointer(rebasing: bytes[lineStart..<count])) }
        }
        decoding.summarize()
        return TextFile(
            path: path, lines: decoding.lines, issues: decoding.issues, hadByteOrderMark: bom, hadCRLF: hadCRLF,
            byteCount: data.count)
    }

    /// Lines decoded one at a time from UTF-8: invalid UTF-8 replaced, NUL bytes removed, very long lines noted;
    /// the first 20 lines of each problem listed, the rest counted.
    struct LineDecoding {
        let path: String
        var lines: [String] = []
        var issues: [ParseIssue] = []
        private var invalidLines = 0
        private var nulLines = 0

        init(path: String) { self.path = path }

        mutating func append(_ slice: UnsafeBufferPointer<UInt8>) {
            let number = lines.count + 1
            var text: String
            if let valid = String(validating: slice, as: UTF8.self) {
                text = valid
            } else {
                text = String(decoding: slice, as: UTF8.self)
                invalidLines += 1
                if invalidLines <= 20 {
                    issues.append(
                        ParseIssue(
                            .warning, "invalid-utf8", at: SourceLocation(file: path, line: number),
                            "invalid UTF-8 replaced with U+FFFD", excerpt: text))
                }
            }
            if slice.contains(0) {
                nulLines += 1
                text = text.replacingOccurrences(of: "\u{0}", with: "")
                if nulLines <= 20 {
                    issues.append(
                        ParseIssue(
                            .warning, "nul-bytes", at: SourceLocation(file: path, line: number),
                            "NUL bytes removed (is this a binary file?)"))
                }
            }
            if slice.count > longLineBytes {
                issues.append(
                    ParseIssue(
                        .notice, "long-line", at: SourceLocation(file: path, line: number),
                        "very long line (\(slice.count) bytes)"))
            }
            lines.append(text)
        }

        /// The counts of the problems past the first 20 lines.
        mutating func summarize() {
            if invalidLines > 20 {
                issues.append(
                    ParseIssue(
                        .warning, "invalid-utf8", at: SourceLocation(file: path, line: 1),
                        "\(invalidLines) lines in all had invalid UTF-8 (only the first 20 are listed)"))
            }
            if nulLines > 20 {
                issues.append(
                    ParseIssue(
                        .warning, "nul-bytes", at: SourceLocation(file: path, line: 1),
                        "\(nulLines) lines in all had NUL bytes (only the first 20 are listed)"))
            }
        }
    }

    /// Text that starts with a UTF-16 byte order mark (`FF FE` little-endian, `FE FF` big-endian; Web of
    /// Science's "Tab-delimited (Win)" export) is transcoded to UTF-8 and decoded as usual; nil for other data.
    /// Unpaired surrogates and an odd last byte are replaced and reported (`invalid-utf16`, line 1).
    static func decodeUTF16(_ data: Data, path: String) -> TextFile? {
        let bytes = [UInt8](data.prefix(2))
        guard bytes.count == 2, bytes == [0xFF, 0xFE] || bytes == [0xFE, 0xFF] else { return nil }
        let littleEndian = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var pending: UInt8?
        for byte in data.dropFirst(2) {
            if let first = pending {
                units.append(littleEndian ? UInt16(first) | UInt16(byte) << 8 : UInt16(first) << 8 | UInt16(byte))
                pending = nil
            } else {
                pending = byte
            }
        }
        var problems: [String] = []
        if pending != nil { problems.append("an odd number of bytes (the last byte was dropped)") }
        let text: String
        if let valid = String(validating: units, as: UTF16.self) {
            text = valid
        } else {
            text = String(decoding: units, as: UTF16.self)
            problems.append("unpaired surrogates (replaced with U+FFFD)")
        }
        let decoded = decode(Data(text.utf8), path: path)
        var issues = decoded.issues
        if !problems.isEmpty {
            issues.insert(
                ParseIssue(
                    .warning, "invalid-utf16", at: SourceLocation(file: path, line: 1),
                    "UTF-16 text with " + problems.joined(separator: " and ")), at: 0)
        }
        return TextFile(
            path: path, lines: decoded.lines, issues: issues, hadByteOrderMark: true,
            hadCRLF: decoded.hadCRLF, byteCount: data.count)
    }

    /// 1-based access.
    public func line(_ number: Int) -> String { lines[number - 1] }
}

/// A file that could not be read at all (the only error a reader throws).
public enum InputError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notFound(path: String)
    /// A NUL byte near the start: not a text export.
    case binary(path: String, line: Int, byte: Int)
    /// Larger than `InputLimits.maxFileBytes`.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// Not read because `InputLimits.maxRecords` records had been read from the files before it.
    case recordLimit(path: String, limit: Int)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): cannot read file: \(reason)"
        case let .notFound(path): return "\(path): no such file or directory"
        case let .binary(path, line, byte):
            return
                "\(path):\(line): binary data (a NUL byte at byte \(byte)), not a text export; the file was not read"
        case let .tooLarge(path, bytes, limit):
            return "\(path): \(bytes) bytes, over the limit of \(limit) bytes per input file; the file was not read"
        case let .recordLimit(path, limit):
            return "\(path): not read: the inputs before it already gave \(limit) records, the most one run reads"
        }
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            default: break
            }
        }
        return ns.localizedDescription
    }
}
