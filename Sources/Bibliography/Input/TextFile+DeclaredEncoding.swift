import Foundation

/// Files that say they are not UTF-8. An XML file may name its encoding in its declaration
/// (`<?xml version="1.0" encoding="ISO-8859-1"?>`, as `dblp.xml` does); when the name is a single-byte Latin
/// encoding and the bytes are not valid UTF-8, the file is decoded as windows-1252 (the superset of ISO-8859-1
/// that HTML readers use for both names) instead of having its accented letters replaced with U+FFFD.
/// A file that declares Latin-1 but is valid UTF-8 is read as UTF-8 (a common mislabeling), with a notice.
extension TextFile {
    /// Encoding names read as windows-1252, lower-cased.
    static let singleByteLatinNames: Set<String> = [
        "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "us-ascii",
        "ascii",
    ]

    /// The encoding named by an XML declaration at the very start of `data` (at most its first 200 bytes).
    static func declaredXMLEncoding(_ data: Data) -> String? {
        let head = Array(data.prefix(200))
        guard head.starts(with: Array("<?xml".utf8)) else { return nil }
        let end =
            (0..<head.count).first { $0 + 1 < head.count && head[$0] == 0x3F && head[$0 + 1] == 0x3E } ?? head.count
        let declaration = String(decoding: head[..<end], as: UTF8.self)
        guard let range = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let name = rest.dropFirst().prefix { $0 != quote }
        return name.isEmpty ? nil : name.lowercased()
    }

    /// The decoded file when the bytes declare a single-byte Latin encoding; nil to decode as UTF-8.
    static func decodeDeclaredEncoding(_ data: Data, path: String) -> TextFile? {
        guard let name = declaredXMLEncoding(data), singleByteLatinNames.contains(name) else { return nil }
        let location = SourceLocation(file: path, line: 1)
        if String(validating: data, as: UTF8.self) != nil {
            guard data.contains(where: { $0 >= 0x80 }) else { return nil }
            let file = decode(data, path: path, honorDeclaration: false)
            return TextFile(
                path: path, lines: file.lines,
                issues: [
                    ParseIssue(
                        .notice, "declared-encoding", at: location,
                        "the XML declaration says \(name), but the file is valid UTF-8; it was read as UTF-8")
                ] + file.issues,
                hadByteOrderMark: file.hadByteOrderMark, hadCRLF: file.hadCRLF, byteCount: data.count)
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(data.count + data.count / 8)
        for byte in data {
            if byte < 0x80 {
                utf8.append(byte)
            } else {
                let scalar =
                    byte >= 0xA0 || windows1252[Int(byte - 0x80)] == 0 ? UInt32(byte) : windows1252[Int(byte - 0x80)]
                if scalar < 0x800 {
                    utf8.append(UInt8(0xC0 | (scalar >> 6)))
                } else {
                    utf8.append(UInt8(0xE0 | (scalar >> 12)))
                    utf8.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                }
                utf8.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        let file = decode(Data(utf8), path: path, honorDeclaration: false)
        return TextFile(
            path: path, lines: file.lines,
            issues: [
                ParseIssue(
                    .notice, "declared-encoding", at: location,
                    "read as \(name) (windows-1252), as the XML declaration says")
            ] + file.issues,
            hadByteOrderMark: false, hadCRLF: file.hadCRLF, byteCount: data.count)
    }

    /// windows-1252 code points of bytes 0x80–0x9F (0 where the byte is undefined and stays a C1 control).
    private static let windows1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]
}
