/// Finds where JSON values begin and end without building them, so that each OpenAlex work can be handed to
/// `JSONSerialization` on its own: one malformed work then costs that work only, and every work knows the line
/// it starts on.
///
/// The scanner checks structure only — strings (escapes, no raw control characters), matching brackets and
/// the commas between array elements and object members. Everything else (numbers, literals, the `:` between
/// key and value) is left to `JSONSerialization`, which reads each value the scanner delimits.
///
/// Nesting deeper than `maxDepth` is reported (`tooDeep`) together with the value's end, so that the value can
/// be skipped without recursion; no OpenAlex work nests more than about six levels.
///
/// - Complexity: O(n) in the bytes scanned, O(maxDepth) extra memory.
struct JSONValueScanner {
    enum Failure: Error, Equatable {
        /// The input ends inside the value.
        case truncated
        /// A byte that cannot stand here; `at` is its offset.
        case unexpected(at: Int, String)
        /// The value nests more than `maxDepth` levels; it ends at `end` (exclusive).
        case tooDeep(at: Int, end: Int)
    }

    /// One element of an array: its byte range, and whether it nests too deeply to be read.
    struct Element: Equatable {
        var range: Range<Int>
        var tooDeep: Bool
    }

    /// What a top-level value holds: the works it lists (a page's `results`, an array's elements, or the value
    /// itself when it is a single work), and where scanning stopped.
    struct Split {
        var works: [Element] = []
        /// The failure that stopped scanning, and the start of the work it happened in (nil when no work was
        /// cut: a broken page structure after its results, or a truncated array after a complete element).
        var failure: (failure: Failure, workStart: Int?)?
        /// The end of the value (exclusive) when it was scanned to its end.
        var end: Int?
    }

    static let maxDepth = 100

    let bytes: [UInt8]
    /// The end (exclusive) of the region to scan; bytes at or after it are out of reach.
    let end: Int

    init(_ bytes: [UInt8], end: Int? = nil) {
        self.bytes = bytes
        self.end = end ?? bytes.count
    }

    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    private static func isLiteralByte(_ b: UInt8) -> Bool {
        Byte.isDigit(b) || Byte.isLetter(b) || b == 0x2B || b == 0x2D
            || b == 0x2E
    }

    func skipWhitespace(_ from: Int) -> Int {
        var i = from
        while i < end, Self.isWhitespace(bytes[i]) { i += 1 }
        return i
    }

    /// Scans the string starting at `start` (a `"`); returns the offset after its closing quote.
    func skipString(at start: Int) -> Result<Int, Failure> {
        var i = start + 1
        while i < end {
            let b = bytes[i]
            if b == 0x22 { return .success(i + 1) }
            if b == 0x5C {
                i += 2
                continue
            }
            if b < 0x20 {
                return .failure(
                    .unexpected(
                        at: i,
                        b == 0x0A || b == 0x0D
                            ? "a line break inside a string (the string is not closed on its line)"
                            : "a control character inside a string"))
            }
            i += 1
        }
        return .failure(.truncated)
    }

    /// Scans one value starting at `start` (its first byte, not whitespace); returns the offset after it.
    func skipValue(at start: Int) -> Result<Int, Failure> {
        var i = start
        var closers: [UInt8] = []  // expected closing brackets, up to maxDepth
        var depth = 0
        var tooDeepAt: Int?
        repeat {
            guard i < end else { return .failure(.truncated) }
            let b = bytes[i]
            switch b {
            case 0x22:
                switch skipString(at: i) {
                case let .success(next): i = next
                case let .failure(failure): return .failure(failure)
                }
            case 0x7B, 0x5B:  // { [
                depth += 1
                if depth <= Self.maxDepth {
                    closers.append(b == 0x7B ? 0x7D : 0x5D)
                } else if tooDeepAt == nil {
                    tooDeepAt = i
                }
                i += 1
            case 0x7D, 0x5D:  // } ]
                guard depth > 0 else { return .failure(.unexpected(at: i, "a closing bracket with nothing open")) }
                if depth <= Self.maxDepth {
                    guard closers.last == b else {
                        return .failure(
                            .unexpected(
                                at: i,
                                "“\(Character(UnicodeScalar(b)))” closes a "
                                    + (closers.last == 0x7D ? "“{”" : "“[”")))
                    }
                    closers.removeLast()
                }
                depth -= 1
                i += 1
            case _ where Self.isWhitespace(b) || b == 0x2C || b == 0x3A:  // , :
                guard depth > 0 else { return .failure(.unexpected(at: i, "expected a value")) }
                i += 1
            case _ where Self.isLiteralByte(b):
                while i < end, Self.isLiteralByte(bytes[i]) { i += 1 }
            default:
                return .failure(.unexpected(at: i, "unexpected character “\(Self.describe(b))”"))
            }
        } while depth > 0
        if let at = tooDeepAt { return .failure(.tooDeep(at: at, end: i)) }
        return .success(i)
    }

    /// The elements of the array starting at `start` (a `[`), as far as they can be delimited.
    func elements(ofArrayAt start: Int) -> Split {
        var split = Split()
        var i = skipWhitespace(start + 1)
        if i < end, bytes[i] == 0x5D {
            split.end = i + 1
            return split
        }
        while true {
            guard i < end else {
                split.failure = (.truncated, nil)
                return split
            }
            let elementStart = i
            switch skipValue(at: elementStart) {
            case let .success(next):
                split.works.append(Element(range: elementStart..<next, tooDeep: false))
                i = next
            case let .failure(.tooDeep(_, next)):
                split.works.append(Element(range: elementStart..<next, tooDeep: true))
                i = next
            case let .failure(failure):
                split.failure = (failure, elementStart)
                return split
            }
            i = skipWhitespace(i)
            guard i < end else {
                split.failure = (.truncated, nil)
                return split
            }
            if bytes[i] == 0x2C {
                i = skipWhitespace(i + 1)
            } else if bytes[i] == 0x5D {
                split.end = i + 1
                return split
            } else {
                split.failure = (.unexpected(at: i, "expected “,” or “]” after an array element"), nil)
                return split
            }
        }
    }

    /// A top-level value: an array of works, an API page (an object with a `results` array), or one work.
    func split(valueAt start: Int) -> Split {
        switch bytes[start] {
        case 0x5B:
            return elements(ofArrayAt: start)
        case 0x7B:
            return splitObject(at: start)
        default:
            var split = Split()
            switch skipValue(at: start) {
            case let .success(next):
                split.works = [Element(range: start..<next, tooDeep: false)]
                split.end = next
            case let .failure(failure):
                split.failure = (failure, start)
            }
            return split
        }
    }

    /// Walks the members of an object; the elements of a member `results` that is an array are the works,
    /// otherwise the object itself is one work.
    private func splitObject(at start: Int) -> Split {
        var results: Split?
        var i = skipWhitespace(start + 1)
        func fail(_ failure: Failure) -> Split {
            if var page = results {
                page.failure = (failure, nil)
                page.end = nil
                return page
            }
            return Split(works: [], failure: (failure, start), end: nil)
        }
        if i < end, bytes[i] == 0x7D {
            return Split(works: [Element(range: start..<(i + 1), tooDeep: false)], end: i + 1)
        }
        while true {
            guard i < end else { return fail(.truncated) }
            guard bytes[i] == 0x22 else { return fail(.unexpected(at: i, "expected a member name in quotes")) }
            let keyStart = i + 1
            let keyEnd: Int
            switch skipString(at: i) {
            case let .success(next):
                keyEnd = next - 1
                i = next
            case let .failure(failure): return fail(failure)
            }
            i = skipWhitespace(i)
            guard i < end else { return fail(.truncated) }
            guard bytes[i] == 0x3A else { return fail(.unexpected(at: i, "expected “:” after a member name")) }
            i = skipWhitespace(i + 1)
            guard i < end else { return fail(.truncated) }
            let isResults = results == nil && bytes[keyStart..<keyEnd].elementsEqual("results".utf8)
            if isResults, bytes[i] == 0x5B {
                let page = elements(ofArrayAt: i)
                results = page
                if let failure = page.failure { return Split(works: page.works, failure: failure, end: nil) }
                i = page.end!
            } else {
                switch skipValue(at: i) {
                case let .success(next): i = next
                case let .failure(.tooDeep(_, next)) where results != nil: i = next
                case let .failure(.tooDeep(at, next)):
                    return Split(works: [], failure: (.tooDeep(at: at, end: next), start), end: nil)
                case let .failure(failure): return fail(failure)
                }
            }
            i = skipWhitespace(i)
            guard i < end else { return fail(.truncated) }
            if bytes[i] == 0x2C {
                i = skipWhitespace(i + 1)
            } else if bytes[i] == 0x7D {
                if var page = results {
                    page.end = i + 1
                    return page
                }
                return Split(works: [Element(range: start..<(i + 1), tooDeep: false)], end: i + 1)
            } else {
                return fail(.unexpected(at: i, "expected “,” or “}” after an object member"))
            }
        }
    }

    static func describe(_ b: UInt8) -> String {
        b >= 0x21 && b < 0x7F ? String(UnicodeScalar(b)) : "\\u{" + String(b, radix: 16) + "}"
    }
}
