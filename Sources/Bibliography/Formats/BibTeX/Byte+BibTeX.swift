/// The bytes and byte classes of BibTeX syntax.
extension Byte {
    static let newline: UInt8 = 0x0A
    static let at: UInt8 = 0x40
    static let lbrace: UInt8 = 0x7B
    static let rbrace: UInt8 = 0x7D
    static let lparen: UInt8 = 0x28
    static let rparen: UInt8 = 0x29
    static let comma: UInt8 = 0x2C
    static let equals: UInt8 = 0x3D
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let percent: UInt8 = 0x25
    static let backslash: UInt8 = 0x5C
    static let tilde: UInt8 = 0x7E

    /// After a backslash, a byte that is escaped and does not count for brace balance: `\{`, `\}`, `\\`.
    @inline(__always) static func isEscapedAfterBackslash(_ b: UInt8) -> Bool {
        b == lbrace || b == rbrace || b == backslash
    }

    /// A byte of a field, macro or type name: printable, and none of `"#%'(),={}` (BibTeX's rule) nor `@`; UTF-8
    /// bytes of non-ASCII letters are allowed.
    @inline(__always) static func isNameByte(_ b: UInt8) -> Bool {
        guard b > 0x20, b != 0x7F else { return false }
        switch b {
        case 0x22, 0x23, 0x25, 0x27, 0x28, 0x29, 0x2C, 0x3D, 0x40, 0x7B, 0x7D: return false
        default: return true
        }
    }

    /// A byte of a citation key: anything but spaces, `,`, braces, `=` and `"` (keys like `WOS:000719584000015`,
    /// `klaus:16:rtss-wip`, `he-dataset-embodied-ai-2025`).
    @inline(__always) static func isKeyByte(_ b: UInt8) -> Bool {
        guard b > 0x20, b != 0x7F else { return false }
        switch b {
        case 0x22, 0x2C, 0x3D, 0x7B, 0x7D: return false
        default: return true
        }
    }
}
