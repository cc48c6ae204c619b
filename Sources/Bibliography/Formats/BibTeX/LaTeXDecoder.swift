import Foundation

/// Turns the LaTeX of BibTeX values into plain Unicode text: accents in every form (`{\"o}`, `\"{o}`, `\"o`,
/// `\'{\i}`, `\c{c}`, `\v s`, ...), special letters (`\ss`, `\o`, `\aa`, `\ae`, `\l`, `\i`, ...), escaped
/// characters (`\&`, `\%`, `\_`, `\$`, `\#`, `\{`, `\}`), dashes (`--` → –, `---` → —), quotes (``` `` ``` → “,
/// `''` → ”), `~` → space, text symbols (`\textendash`, `\ldots`, Greek letters, ...). Formatting commands
/// (`\emph`, `\textbf`, `\url`, ...) are dropped and their argument kept; braces and `$` are removed. A command
/// the decoder does not know is dropped too (its braced argument text stays) and counted in `unknownCommands`,
/// so that a reader can report them once per file.
///
/// The result is NFC-normalized with whitespace runs collapsed to one space and trimmed.
///
/// One left-to-right pass with no recursion: nesting only ever is a position in the bytes, so deeply nested
/// braces cost nothing extra.
/// - Complexity: O(n) in the UTF-8 length of the text (plus NFC normalization for non-ASCII results).
struct LaTeXDecoder {
    /// Commands that were not recognized, with how often they occurred and the line of their first use.
    private(set) var unknownCommands: [String: (count: Int, line: Int)] = [:]
    /// The line that unknown commands found now are attributed to.
    var currentLine = 1

    init() {}

    /// Decodes `text`; see the type's description.
    mutating func decode<S: StringProtocol>(_ text: S) -> String {
        if let plain = LaTeXDecoder.plainText(text) { return plain }
        var output = Output()
        text.utf8.withContiguousStorageIfAvailable { decode($0, into: &output) }
            ?? Array(text.utf8).withUnsafeBufferPointer { decode($0, into: &output) }
        return output.finish()
    }

    /// The text itself when it needs no decoding: printable ASCII without `\{}~$-`'` and without leading,
    /// trailing or double spaces.
    static func plainText<S: StringProtocol>(_ text: S) -> String? {
        var afterSpace = true
        for byte in text.utf8 {
            switch byte {
            case 0x20:
                if afterSpace { return nil }
                afterSpace = true
                continue
            case 0x5C, 0x7B, 0x7D, 0x7E, 0x24, 0x2D, 0x60, 0x27: return nil
            default:
                if byte < 0x20 || byte >= 0x7F { return nil }
            }
            afterSpace = false
        }
        if afterSpace && !text.isEmpty { return nil }
        return String(text)
    }

    /// The decoded text being built: bytes with collapsed spaces, and whether NFC is needed.
    private struct Output {
        var bytes: [UInt8] = []
        var pendingSpace = false
        var needsNormalization = false

        mutating func space() {
            if !bytes.isEmpty { pendingSpace = true }
        }

        mutating func append(_ byte: UInt8) {
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append(byte)
            if byte >= 0x80 { needsNormalization = true }
        }

        mutating func append(_ text: String) {
            for byte in text.utf8 { append(byte) }
        }

        mutating func append(_ slice: UnsafeBufferPointer<UInt8>.SubSequence) {
            for byte in slice { append(byte) }
        }

        func finish() -> String {
            let text = String(decoding: bytes, as: UTF8.self)
            return needsNormalization ? text.precomposedStringWithCanonicalMapping : text
        }
    }

    private mutating func decode(_ s: UnsafeBufferPointer<UInt8>, into out: inout Output) {
        let count = s.count
        var i = 0
        while i < count {
            let byte = s[i]
            switch byte {
            case 0x7B, 0x7D, 0x24:  // { } $
                i += 1
            case 0x7E:  // ~
                out.space()
                i += 1
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                out.space()
                i += 1
            case 0x2D:  // -
                if i + 2 < count, s[i + 1] == 0x2D, s[i + 2] == 0x2D {
                    out.append("\u{2014}")
                    i += 3
                } else if i + 1 < count, s[i + 1] == 0x2D {
                    out.append("\u{2013}")
                    i += 2
                } else {
                    out.append(byte)
                    i += 1
                }
            case 0x60:  // `
                if i + 1 < count, s[i + 1] == 0x60 {
                    out.append("\u{201C}")
                    i += 2
                } else {
                    out.append("\u{2018}")
                    i += 1
                }
            case 0x27:  // '
                if i + 1 < count, s[i + 1] == 0x27 {
                    out.append("\u{201D}")
                    i += 2
                } else {
                    out.append(byte)
                    i += 1
                }
            case 0x5C:  // backslash
                i = command(s, at: i, into: &out)
            default:
                out.append(byte)
                i += 1
            }
        }
    }

    /// Decodes the command whose backslash is at `start`; returns the index after it.
    private mutating func command(_ s: UnsafeBufferPointer<UInt8>, at start: Int, into out: inout Output) -> Int {
        let count = s.count
        var i = start + 1
        guard i < count else { return i }
        let first = s[i]
        if let mark = LaTeXDecoder.symbolAccents[first] {
            return accent(mark, s, at: i + 1, into: &out)
        }
        guard Byte.isLetter(first) else {
            // A control symbol: \& \% \_ \$ \# \{ \} \  \\ \, \- ...
            i += 1
            switch first {
            case 0x26, 0x25, 0x5F, 0x24, 0x23, 0x7B, 0x7D, 0x40, 0x2A:  // & % _ $ # { } @ *
                if first != 0x40 { out.append(first) }
            case 0x20, 0x09, 0x0A, 0x5C, 0x2C, 0x3B, 0x3A:  // space, \\ , ; :
                out.space()
            case 0x2D, 0x2F, 0x21:  // \- \/ \!
                break
            default:
                out.append(first)
            }
            return i
        }
        while i < count, Byte.isLetter(s[i]) { i += 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: s[(start + 1)..<i]), as: UTF8.self)
        if let mark = LaTeXDecoder.letterAccents[name] {
            return accent(mark, s, at: i, into: &out)
        }
        if let letter = LaTeXDecoder.specialLetters[name] {
            out.append(letter)
            return skipSpaces(s, from: i)
        }
        if let symbol = LaTeXDecoder.symbols[name] {
            out.append(symbol)
            // `\LaTeX{}` and `\ldots{}`: an empty group after a symbol is only a separator.
            if i + 1 < count, s[i] == 0x7B, s[i + 1] == 0x7D { return i + 2 }
            return i
        }
        if LaTeXDecoder.dropped.contains(name) {
            return skipSpaces(s, from: i)
        }
        let known = unknownCommands[name]
        unknownCommands[name] = ((known?.count ?? 0) + 1, known?.line ?? currentLine)
        return skipSpaces(s, from: i)
    }

    /// Applies the combining `mark` to the accent's argument at `index`: `{o}`, `o`, `{\i}`, `\i`, `{}`.
    private func accent(_ mark: String, _ s: UnsafeBufferPointer<UInt8>, at index: Int, into out: inout Output)
        -> Int
    {
        let count = s.count
        var i = skipSpaces(s, from: index)
        var braced = false
        if i < count, s[i] == 0x7B {
            braced = true
            i = skipSpaces(s, from: i + 1)
        }
        guard i < count else { return i }
        var base: String
        if s[i] == 0x5C, i + 1 < count, Byte.isLetter(s[i + 1]) {
            // \i, \j, or a special letter such as \o or \aa.
            var end = i + 1
            while end < count, Byte.isLetter(s[end]) { end += 1 }
            let name = String(decoding: UnsafeBufferPointer(rebasing: s[(i + 1)..<end]), as: UTF8.self)
            if name == "i" || name == "j" {
                base = name
            } else if let letter = LaTeXDecoder.specialLetters[name] {
                base = letter
            } else {
                // Not a letter: leave the argument to the main loop, the accent is lost.
                return i
            }
            i = skipSpaces(s, from: end)
        } else if braced, s[i] == 0x7D {
            // `\'{}`: the accent alone.
            out.append(LaTeXDecoder.spacingAccents[mark] ?? "")
            return i + 1
        } else if Byte.isSpace(s[i]) || s[i] == 0x7D {
            return i
        } else {
            var end = i + 1
            while end < count, s[end] & 0xC0 == 0x80 { end += 1 }
            base = String(decoding: UnsafeBufferPointer(rebasing: s[i..<end]), as: UTF8.self)
            i = end
        }
        out.append(base)
        out.append(mark)
        out.needsNormalization = true
        if braced, i < count, s[i] == 0x7D { i += 1 }
        return i
    }

    private func skipSpaces(_ s: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var i = index
        while i < s.count, s[i] == 0x20 || s[i] == 0x09 || s[i] == 0x0A || s[i] == 0x0D { i += 1 }
        return i
    }

    // MARK: - Tables

    /// Accents written with a symbol: \" \' \` \^ \~ \= \. → combining marks.
    static let symbolAccents: [UInt8: String] = [
        0x22: "\u{0308}", 0x27: "\u{0301}", 0x60: "\u{0300}", 0x5E: "\u{0302}", 0x7E: "\u{0303}",
        0x3D: "\u{0304}", 0x2E: "\u{0307}",
    ]

    /// Accents written with a letter command.
    static let letterAccents: [String: String] = [
        "c": "\u{0327}", "v": "\u{030C}", "u": "\u{0306}", "H": "\u{030B}", "k": "\u{0328}", "r": "\u{030A}",
        "d": "\u{0323}", "b": "\u{0331}", "t": "\u{0361}",
    ]

    /// The spacing form of an accent with an empty argument (`\'{}`).
    static let spacingAccents: [String: String] = [
        "\u{0308}": "\u{00A8}", "\u{0301}": "\u{00B4}", "\u{0300}": "`", "\u{0302}": "^", "\u{0303}": "~",
        "\u{0304}": "\u{00AF}", "\u{0327}": "\u{00B8}",
    ]

    /// Letters that are commands of their own.
    static let specialLetters: [String: String] = [
        "ss": "ß", "SS": "SS", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
        "dj": "đ", "DJ": "Đ",
    ]

    /// Text and math symbols.
    static let symbols: [String: String] = [
        "textendash": "\u{2013}", "textemdash": "\u{2014}", "textquoteleft": "\u{2018}",
        "textquoteright": "\u{2019}", "textquotedblleft": "\u{201C}", "textquotedblright": "\u{201D}",
        "textquotesingle": "'", "textquotedbl": "\"", "quotedblbase": "\u{201E}", "quotesinglbase": "\u{201A}",
        "guillemotleft": "«", "guillemotright": "»", "guillemetleft": "«", "guillemetright": "»",
        "guilsinglleft": "‹", "guilsinglright": "›", "textasciitilde": "~", "textasciicircum": "^",
        "textunderscore": "_", "textbackslash": "\\", "textbar": "|", "textless": "<", "textgreater": ">",
        "textbraceleft": "{", "textbraceright": "}", "textdollar": "$", "textbullet": "•",
        "textperiodcentered": "·", "textregistered": "®", "texttrademark": "™", "textcopyright": "©",
        "copyright": "©", "textdegree": "°", "textellipsis": "…", "ldots": "…", "dots": "…", "textsection": "§",
        "S": "§", "P": "¶", "textparagraph": "¶", "pounds": "£", "textsterling": "£", "euro": "€", "texteuro": "€",
        "dag": "†", "ddag": "‡", "textdagger": "†", "textdaggerdbl": "‡", "textexclamdown": "¡",
        "textquestiondown": "¿", "textasteriskcentered": "*", "textmu": "µ", "textonehalf": "½", "slash": "/",
        "textslash": "/", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2e", "TeX": "TeX", "BibTeX": "BibTeX",
        "nobreakspace": " ", "nbsp": " ", "space": " ", "enspace": " ", "quad": " ", "qquad": " ",
        "thinspace": " ", "textvisiblespace": "␣",
        // Math
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ",
        "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
        "Pi": "Π", "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "times": "×", "texttimes": "×", "textminus": "−", "textpm": "±", "textdiv": "÷", "cdot": "·", "pm": "±",
        "mp": "∓", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠",
        "ne": "≠", "approx": "≈", "sim": "∼", "infty": "∞", "rightarrow": "→", "to": "→", "leftarrow": "←",
        "Rightarrow": "⇒", "Leftarrow": "⇐", "leftrightarrow": "↔", "in": "∈", "notin": "∉", "subset": "⊂",
        "subseteq": "⊆", "cup": "∪", "cap": "∩", "forall": "∀", "exists": "∃", "partial": "∂", "nabla": "∇",
        "sum": "∑", "prod": "∏", "int": "∫", "sqrt": "√", "circ": "∘", "ell": "ℓ", "star": "⋆", "ast": "∗",
        "div": "÷", "deg": "°", "prime": "′", "log": "log", "exp": "exp", "min": "min", "max": "max",
    ]

    /// Commands dropped without a trace: formatting (their argument stays), spacing, case protection.
    static let dropped: Set<String> = [
        "emph", "textit", "textbf", "textsc", "textrm", "texttt", "textsf", "textsl", "textup", "textmd",
        "textnormal", "mbox", "hbox", "text", "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "mathcal", "mathbb",
        "mathfrak", "mathnormal", "boldsymbol", "bm", "ensuremath", "url", "path", "uppercase", "lowercase",
        "MakeUppercase", "MakeLowercase", "MakeTextUppercase", "MakeTextLowercase", "textsuperscript",
        "textsubscript", "underline", "em", "it", "bf", "sc", "rm", "tt", "sf", "sl", "up", "md", "normalfont",
        "small", "large", "Large", "LARGE", "footnotesize", "scriptsize", "tiny", "normalsize", "huge", "Huge",
        "relax", "protect", "nocase", "NoCaseChange", "xspace", "footnote", "cite", "unskip", "ignorespaces",
        "allowbreak", "linebreak", "newline", "break", "hyphenation", "ifmmode", "else", "fi", "null", "noopsort",
        "mkbibemph", "mkbibquote", "enquote", "textcolor", "color", "emphasize", "acro", "acs", "sout", "uline",
    ]
}
