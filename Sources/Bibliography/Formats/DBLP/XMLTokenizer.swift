/// A small streaming XML tokenizer, written for DBLP files instead of using Foundation's `XMLParser`: the latter
/// (libxml2 underneath) expands the document's internal entities by itself, and how far depends on the libxml2
/// build. Here every entity is resolved through `XMLEntityTable`, which never expands an entity inside an
/// entity, never fetches an external one and caps what declared entities may add (see there).
///
/// It reads the prolog (XML declaration, comments, processing instructions, the DOCTYPE with its internal
/// subset, where only `<!ENTITY` declarations matter), then yields start tags (with attributes), end tags,
/// text (references resolved; CDATA sections as they are) and `malformed` events for markup it cannot read.
/// It never builds a tree and never recurses: nesting is the caller's business.
///
/// - Complexity: O(n) in the bytes, one pass; memory O(longest text run + declared entities).
struct XMLTokenizer {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool, offset: Int)
        case end(name: String, offset: Int)
        case text(String, offset: Int)
        /// Markup that could not be read, with the element name when it was a start tag whose name was read.
        /// Reading goes on after it.
        case malformed(String, name: String?, offset: Int)
    }

    /// Something to report, located at a byte offset.
    struct Issue: Equatable {
        var severity: ParseIssue.Severity
        var code: String
        var message: String
        var offset: Int
    }

    private let bytes: [UInt8]
    private var i = 0
    private(set) var entities: XMLEntityTable
    /// Issues found since the last `takeIssues()`.
    private var issues: [Issue] = []
    private var saidParameterEntities = false
    private var saidBudget = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // Declared entities may add as much text as the file has, and at least a megabyte.
        self.entities = XMLEntityTable(budget: max(1_000_000, bytes.count))
    }

    mutating func takeIssues() -> [Issue] {
        defer { issues.removeAll() }
        return issues
    }

    private mutating func report(_ severity: ParseIssue.Severity, _ code: String, _ message: String, at offset: Int) {
        issues.append(Issue(severity: severity, code: code, message: message, offset: offset))
    }

    // MARK: - Events

    mutating func next() -> Event? {
        while i < bytes.count {
            guard bytes[i] == 0x3C else { return text() }
            let start = i
            if has("<!--", at: i) {
                skip(past: "-->", from: i + 4, what: "a comment")
            } else if has("<![CDATA[", at: i) {
                let contentStart = i + 9
                guard let end = find("]]>", from: contentStart) else {
                    i = bytes.count
                    return .malformed("the file ends inside a CDATA section", name: nil, offset: start)
                }
                i = end + 3
                return .text(String(decoding: bytes[contentStart..<end], as: UTF8.self), offset: start)
            } else if has("<!DOCTYPE", at: i) {
                doctype()
            } else if has("<?", at: i) {
                skip(past: "?>", from: i + 2, what: "a processing instruction")
            } else if has("</", at: i) {
                return endTag()
            } else if has("<!", at: i) {
                skipDeclaration(from: i + 2)
                return .malformed("unknown markup declaration “<!”", name: nil, offset: start)
            } else if i + 1 < bytes.count, XMLReference.isNameStart(bytes[i + 1]) {
                return startTag()
            } else {
                // A “<” that starts no markup: kept as text, as most readers would show it.
                report(.warning, "stray-less-than", "a “<” that starts no tag was kept as text", at: i)
                i += 1
                return .text("<", offset: start)
            }
        }
        return nil
    }

    /// A text run up to the next `<`, references resolved.
    private mutating func text() -> Event {
        let start = i
        var end = i
        while end < bytes.count, bytes[end] != 0x3C { end += 1 }
        i = end
        return .text(decode(start..<end), offset: start)
    }

    private mutating func startTag() -> Event {
        let start = i
        i += 1
        let name = readName()
        var attributes: [String: String] = [:]
        while true {
            skipWhitespace()
            guard i < bytes.count else {
                return .malformed("the file ends inside the tag <\(name)>", name: name, offset: start)
            }
            let b = bytes[i]
            if b == 0x3E {
                i += 1
                return .start(name: name, attributes: attributes, selfClosing: false, offset: start)
            }
            if b == 0x2F, i + 1 < bytes.count, bytes[i + 1] == 0x3E {
                i += 2
                return .start(name: name, attributes: attributes, selfClosing: true, offset: start)
            }
            guard XMLReference.isNameStart(b) else { return malformedTag(name, start) }
            let attribute = readName()
            skipWhitespace()
            guard i < bytes.count, bytes[i] == 0x3D else { return malformedTag(name, start) }
            i += 1
            skipWhitespace()
            guard i < bytes.count, bytes[i] == 0x22 || bytes[i] == 0x27 else { return malformedTag(name, start) }
            let quote = bytes[i]
            let valueStart = i + 1
            var valueEnd = valueStart
            while valueEnd < bytes.count, bytes[valueEnd] != quote { valueEnd += 1 }
            guard valueEnd < bytes.count else {
                i = bytes.count
                return .malformed("the file ends inside an attribute of <\(name)>", name: name, offset: start)
            }
            i = valueEnd + 1
            if attributes[attribute] == nil { attributes[attribute] = decode(valueStart..<valueEnd) }
        }
    }

    /// A start tag that does not follow the syntax: skipped up to its `>`.
    private mutating func malformedTag(_ name: String, _ start: Int) -> Event {
        while i < bytes.count, bytes[i] != 0x3E, bytes[i] != 0x3C { i += 1 }
        if i < bytes.count, bytes[i] == 0x3E { i += 1 }
        return .malformed("the tag <\(name) ...> is malformed", name: name, offset: start)
    }

    private mutating func endTag() -> Event {
        let start = i
        i += 2
        guard i < bytes.count, XMLReference.isNameStart(bytes[i]) else {
            skipToTagEnd()
            return .malformed("an end tag without a name", name: nil, offset: start)
        }
        let name = readName()
        skipWhitespace()
        guard i < bytes.count else {
            return .malformed("the file ends inside the end tag </\(name)>", name: nil, offset: start)
        }
        guard bytes[i] == 0x3E else {
            skipToTagEnd()
            return .malformed("the end tag </\(name) ...> is malformed", name: nil, offset: start)
        }
        i += 1
        return .end(name: name, offset: start)
    }

    // MARK: - DOCTYPE

    /// `<!DOCTYPE name [external id] [internal subset]>`: reads the entity declarations of the internal subset.
    /// The external DTD (`dblp.dtd`) is never read; `CharacterEntities` stands in for its entities.
    private mutating func doctype() {
        let start = i
        i += 9
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 || b == 0x27 {
                _ = quoted()
            } else if b == 0x5B {  // [
                i += 1
                internalSubset()
            } else if b == 0x3E {
                i += 1
                return
            } else {
                i += 1
            }
        }
        report(.error, "malformed-xml", "the file ends inside the DOCTYPE", at: start)
    }

    private mutating func internalSubset() {
        while i < bytes.count {
            skipWhitespace()
            guard i < bytes.count else { return }
            if bytes[i] == 0x5D {  // ]
                i += 1
                return
            }
            if has("<!--", at: i) {
                skip(past: "-->", from: i + 4, what: "a comment")
            } else if has("<?", at: i) {
                skip(past: "?>", from: i + 2, what: "a processing instruction")
            } else if has("<!ENTITY", at: i) {
                entityDeclaration()
            } else if has("<!", at: i) {
                skipDeclaration(from: i + 2)
            } else if bytes[i] == 0x25 {  // %name;
                let start = i
                while i < bytes.count, bytes[i] != 0x3B, !JSONValueScanner.isWhitespace(bytes[i]) { i += 1 }
                if i < bytes.count, bytes[i] == 0x3B { i += 1 }
                if !saidParameterEntities {
                    saidParameterEntities = true
                    report(
                        .notice, "parameter-entity", "parameter entity references in the DOCTYPE are not expanded",
                        at: start)
                }
            } else {
                // Skip to the next markup or the end of the subset, always past at least this byte (a stray `<a>`
                // once looped here forever, reporting as it went).
                report(.warning, "malformed-dtd", "unexpected text in the DOCTYPE was skipped", at: i)
                i += 1
                while i < bytes.count, bytes[i] != 0x3C, bytes[i] != 0x5D { i += 1 }
            }
        }
    }

    /// `<!ENTITY [%] name ("value" | SYSTEM "uri" | PUBLIC "id" "uri") [NDATA n]>`
    private mutating func entityDeclaration() {
        let start = i
        i += 8
        skipWhitespace()
        var parameter = false
        if i < bytes.count, bytes[i] == 0x25 {
            parameter = true
            i += 1
            skipWhitespace()
        }
        let name = readName()
        skipWhitespace()
        guard !name.isEmpty, i < bytes.count else {
            skipDeclaration(from: i)
            report(.warning, "malformed-dtd", "a malformed entity declaration was skipped", at: start)
            return
        }
        var system: String?
        var value: Range<Int>?
        if bytes[i] == 0x22 || bytes[i] == 0x27 {
            value = quoted()
        } else if has("SYSTEM", at: i) || has("PUBLIC", at: i) {
            let isPublic = has("PUBLIC", at: i)
            i += 6
            skipWhitespace()
            if isPublic {
                _ = quoted()
                skipWhitespace()
            }
            system = quoted().map { String(decoding: bytes[$0], as: UTF8.self) } ?? ""
        }
        skipDeclaration(from: i)
        if parameter {
            if !saidParameterEntities {
                saidParameterEntities = true
                report(.notice, "parameter-entity", "parameter entities in the DOCTYPE are not expanded", at: start)
            }
            return
        }
        if let system {
            if entities.declareExternal(name, system: system) {
                report(
                    .warning, "external-entity",
                    "the external entity “\(name)” (\(ParseIssue.shorten(system, limit: 60))) is not fetched; references to it are left as written",
                    at: start)
            }
        } else if let value {
            if let refused = entities.declareInternal(name, rawValue: bytes[value]) {
                report(
                    refused.isBomb ? .error : .warning, refused.isBomb ? "entity-expansion" : "entity-refused",
                    "the entity “\(name)” is not used: \(refused.reason); references to it are left as written",
                    at: start)
            }
        } else {
            report(
                .warning, "malformed-dtd", "the entity declaration “\(name)” has no value; it was skipped", at: start)
        }
    }

    // MARK: - References

    /// The text of `range` with character and entity references resolved. A reference that cannot be
    /// resolved stays as written, with a warning.
    private mutating func decode(_ range: Range<Int>) -> String {
        guard bytes[range].contains(0x26) else { return String(decoding: bytes[range], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var j = range.lowerBound
        while j < range.upperBound {
            let b = bytes[j]
            guard b == 0x26 else {
                out.append(b)
                j += 1
                continue
            }
            switch XMLReference.parse(bytes[..<range.upperBound], at: j) {
            case let .character(scalar, end):
                if scalar == 0xFFFD {
                    report(
                        .warning, "bad-character-reference",
                        "a character reference to no valid character was replaced with U+FFFD", at: j)
                }
                XMLReference.appendUTF8(scalar, to: &out)
                j = end
            case let .named(name, end):
                switch entities.resolve(name) {
                case let .text(replacement): out.append(contentsOf: replacement)
                case let .scalar(scalar): XMLReference.appendUTF8(scalar, to: &out)
                case .refused:
                    report(
                        .warning, "entity-not-expanded",
                        "the entity “\(name)” was not expanded (see its declaration); the reference is left as written",
                        at: j)
                    out.append(contentsOf: bytes[j..<end])
                case .external:
                    report(
                        .warning, "entity-not-expanded",
                        "the external entity “\(name)” was not fetched; the reference is left as written", at: j)
                    out.append(contentsOf: bytes[j..<end])
                case .overBudget:
                    if !saidBudget {
                        saidBudget = true
                        report(
                            .error, "entity-budget",
                            "declared entities have added as much text as the file is long; “\(name)” and later references are left as written",
                            at: j)
                    }
                    out.append(contentsOf: bytes[j..<end])
                case .undefined:
                    report(
                        .warning, "undefined-entity",
                        "the entity “&\(name);” is not defined; the reference is left as written", at: j)
                    out.append(contentsOf: bytes[j..<end])
                }
                j = end
            case .invalid:
                report(.warning, "bare-ampersand", "an “&” that starts no reference was kept as text", at: j)
                out.append(b)
                j += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Scanning helpers

    private func has(_ literal: StaticString, at offset: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where bytes[offset + k] != p[k] { return false }
        return true
    }

    private func find(_ literal: StaticString, from offset: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        let first = literal.utf8Start[0]
        var j = offset
        while j + count <= bytes.count {
            if bytes[j] == first, has(literal, at: j) { return j }
            j += 1
        }
        return nil
    }

    private mutating func skip(past literal: StaticString, from offset: Int, what: String) {
        if let end = find(literal, from: offset) {
            i = end + literal.utf8CodeUnitCount
        } else {
            report(.error, "malformed-xml", "the file ends inside \(what)", at: i)
            i = bytes.count
        }
    }

    /// Skips a markup declaration up to its closing `>`, stepping over quoted strings.
    private mutating func skipDeclaration(from offset: Int) {
        i = offset
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 || b == 0x27 {
                _ = quoted()
            } else {
                i += 1
                if b == 0x3E { return }
            }
        }
    }

    private mutating func skipToTagEnd() {
        while i < bytes.count, bytes[i] != 0x3E, bytes[i] != 0x3C { i += 1 }
        if i < bytes.count, bytes[i] == 0x3E { i += 1 }
    }

    /// A quoted string at `i`: its content's range, `i` after the closing quote (nil at the end of the file).
    private mutating func quoted() -> Range<Int>? {
        guard i < bytes.count, bytes[i] == 0x22 || bytes[i] == 0x27 else { return nil }
        let quote = bytes[i]
        let start = i + 1
        var end = start
        while end < bytes.count, bytes[end] != quote { end += 1 }
        guard end < bytes.count else {
            i = bytes.count
            return nil
        }
        i = end + 1
        return start..<end
    }

    private mutating func readName() -> String {
        let start = i
        while i < bytes.count, XMLReference.isNameByte(bytes[i]) { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private mutating func skipWhitespace() {
        while i < bytes.count, JSONValueScanner.isWhitespace(bytes[i]) { i += 1 }
    }
}
