/// The general entities of one XML document and the rules for using them, chosen so that no document can make
/// the reader expand text without bound:
///
/// - Character references (`&#233;`, `&#xE9;`), XML's five predefined entities and the HTML 4 character
///   entities of `CharacterEntities` are always known.
/// - An internal entity declared in the DOCTYPE (`<!ENTITY eacute "&#233;">`) is used when its value, after
///   its character references are replaced, is plain text of at most `maxValueBytes` bytes that refers to no
///   declared entity. An entity whose value refers to another declared entity is *refused* (an `error`): such
///   chains are how an entity-expansion bomb ("billion laughs") is built, and they are never expanded.
/// - External entities (`SYSTEM`/`PUBLIC`) are never fetched, parameter entities never expanded; references
///   to them stay in the text as written.
/// - All uses of declared entities together may add at most `budget` bytes; after that, references stay as
///   written (one `error`).
struct XMLEntityTable {
    enum Definition: Equatable {
        /// UTF-8 bytes that replace the reference.
        case text([UInt8])
        /// Declared but not used; the reason is said once at the declaration.
        case refused(String)
        /// An external entity (its system id); never fetched.
        case external(String)
    }

    static let maxValueBytes = 1024

    /// Declared general entities; the first declaration of a name binds (as in XML).
    private(set) var declared: [String: Definition] = [:]
    /// Bytes that declared entities may still add to the text.
    private(set) var budget: Int
    private(set) var budgetExceeded = false

    init(budget: Int) {
        self.budget = budget
    }

    /// What a reference `&name;` in text or an attribute stands for.
    enum Resolution: Equatable {
        case text([UInt8])
        case scalar(UInt32)
        case refused(String)
        case external(String)
        case overBudget
        case undefined
    }

    mutating func resolve(_ name: String) -> Resolution {
        if let definition = declared[name] {
            switch definition {
            case let .text(bytes):
                guard bytes.count <= budget else {
                    budgetExceeded = true
                    budget = 0
                    return .overBudget
                }
                budget -= bytes.count
                return .text(bytes)
            case let .refused(reason): return .refused(reason)
            case let .external(system): return .external(system)
            }
        }
        if let scalar = CharacterEntities.table[name] { return .scalar(scalar) }
        return .undefined
    }

    /// Records an external entity declaration. Returns false when the name was declared before.
    mutating func declareExternal(_ name: String, system: String) -> Bool {
        guard declared[name] == nil else { return false }
        declared[name] = .external(system)
        return true
    }

    /// Records an internal entity declaration from its raw value (between the quotes). Returns the reason
    /// when the entity is refused, nil when it is accepted or was declared before.
    mutating func declareInternal(_ name: String, rawValue: ArraySlice<UInt8>) -> (reason: String, isBomb: Bool)? {
        guard declared[name] == nil, !CharacterEntities.predefined.contains(name) else { return nil }
        var value: [UInt8] = []
        var i = rawValue.startIndex
        func refuse(_ reason: String, bomb: Bool = false) -> (reason: String, isBomb: Bool) {
            declared[name] = .refused(reason)
            return (reason, bomb)
        }
        while i < rawValue.endIndex {
            let b = rawValue[i]
            if b == 0x3C { return refuse("its value contains markup (“<”)") }
            if b == 0x25 { return refuse("its value refers to a parameter entity (“%”), which is never expanded") }
            if b == 0x26 {
                switch XMLReference.parse(rawValue, at: i) {
                case let .character(scalar, end):
                    XMLReference.appendUTF8(scalar, to: &value)
                    i = end
                    continue
                case let .named(reference, end):
                    if let known = declared[reference] {
                        if case .text = known {
                            return refuse(
                                "its value refers to the entity “\(reference)”; entities inside entities are never expanded (this is how an entity-expansion bomb, “billion laughs”, is built)",
                                bomb: true)
                        }
                        return refuse(
                            "its value refers to the entity “\(reference)”, which is not expanded either", bomb: true)
                    }
                    if let scalar = CharacterEntities.table[reference] {
                        XMLReference.appendUTF8(scalar, to: &value)
                        i = end
                        continue
                    }
                    return refuse("its value refers to the undefined entity “\(reference)”")
                case .invalid:
                    value.append(b)
                    i += 1
                    continue
                }
            }
            value.append(b)
            i += 1
            if value.count > Self.maxValueBytes {
                return refuse("its value is longer than \(Self.maxValueBytes) bytes")
            }
        }
        declared[name] = .text(value)
        return nil
    }
}

/// Parsing of `&...;` references.
enum XMLReference {
    enum Parsed: Equatable {
        /// A character reference and the offset after its `;` (the scalar is U+FFFD when the number is not a
        /// valid character).
        case character(UInt32, end: Int)
        case named(String, end: Int)
        /// Not a reference: a lone `&`.
        case invalid
    }

    /// The longest entity name read.
    static let maxNameBytes = 64

    static func isNameStart(_ b: UInt8) -> Bool {
        Byte.isLetter(b) || b == 0x5F || b == 0x3A || b >= 0x80
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        isNameStart(b) || Byte.isDigit(b) || b == 0x2D || b == 0x2E
    }

    /// Parses the reference starting at `start` (an `&`).
    static func parse<C: RandomAccessCollection>(_ bytes: C, at start: C.Index) -> Parsed
    where C.Element == UInt8, C.Index == Int {
        var i = start + 1
        guard i < bytes.endIndex else { return .invalid }
        if bytes[i] == 0x23 {  // #
            i += 1
            var hex = false
            if i < bytes.endIndex, bytes[i] == 0x78 || bytes[i] == 0x58 {
                hex = true
                i += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while i < bytes.endIndex, digits <= 8 {
                let b = bytes[i]
                let digit: UInt32
                if b >= 0x30 && b <= 0x39 {
                    digit = UInt32(b - 0x30)
                } else if hex, b >= 0x61 && b <= 0x66 {
                    digit = UInt32(b - 0x61 + 10)
                } else if hex, b >= 0x41 && b <= 0x46 {
                    digit = UInt32(b - 0x41 + 10)
                } else {
                    break
                }
                value = value * (hex ? 16 : 10) + digit
                digits += 1
                i += 1
            }
            guard digits > 0, digits <= 8, i < bytes.endIndex, bytes[i] == 0x3B else { return .invalid }
            let valid = value != 0 && value <= 0x10FFFF && !(0xD800...0xDFFF).contains(value)
            return .character(valid ? value : 0xFFFD, end: i + 1)
        }
        guard isNameStart(bytes[i]) else { return .invalid }
        let nameStart = i
        while i < bytes.endIndex, isNameByte(bytes[i]), i - nameStart < maxNameBytes { i += 1 }
        guard i < bytes.endIndex, bytes[i] == 0x3B else { return .invalid }
        return .named(String(decoding: bytes[nameStart..<i], as: UTF8.self), end: i + 1)
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
        out.append(contentsOf: String(Character(s)).utf8)
    }
}
