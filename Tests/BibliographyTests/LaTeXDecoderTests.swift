import Foundation
import Testing

@testable import Bibliography

@Suite("LaTeXDecoder")
struct LaTeXDecoderTests {
    private func decode(_ text: String) -> String {
        var decoder = LaTeXDecoder()
        return decoder.decode(text)
    }

    @Test(
        "accents in every form",
        arguments: [
            (#"{\"o}"#, "ö"), (#"\"{o}"#, "ö"), (#"\"o"#, "ö"), (#"\'{e}"#, "é"), (#"\'e"#, "é"), (#"{\'\i}"#, "í"),
            (#"\'{\i}"#, "í"), (#"\c{c}"#, "ç"), (#"\c c"#, "ç"), (#"\v{s}"#, "š"), (#"\v s"#, "š"), (#"\~n"#, "ñ"),
            (#"\~{n}"#, "ñ"), (#"\^o"#, "ô"), (#"\`a"#, "à"), (#"\=a"#, "ā"), (#"\.z"#, "ż"), (#"\u{g}"#, "ğ"),
            (#"\H{o}"#, "ő"), (#"\k{a}"#, "ą"), (#"\r{a}"#, "å"), (#"{\"O}hman"#, "Öhman"), (#"\"{\i}"#, "ï"),
        ] as [(String, String)])
    func accents(_ input: String, _ expected: String) {
        let decoded = decode(input)
        #expect(decoded == expected)
        // NFC: one precomposed scalar, not a base letter plus a combining mark.
        #expect(decoded.unicodeScalars.count == expected.precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    @Test(
        "special letters, escapes, dashes, ties and symbols",
        arguments: [
            (#"{\ss}"#, "ß"), (#"\o"#, "ø"), (#"\O"#, "Ø"), (#"\aa"#, "å"), (#"\AA"#, "Å"), (#"\ae"#, "æ"),
            (#"\l"#, "ł"), (#"\L"#, "Ł"), (#"\i"#, "ı"), (#"S{\o }rensen"#, "Sørensen"), (#"Gla{\ss}"#, "Glaß"),
            (#"\L{}ukasz"#, "Łukasz"), (#"Anders M\o{}ller"#, "Anders Møller"), (#"{\AA}berg"#, "Åberg"),
            (#"\&"#, "&"), (#"\%"#, "%"), (#"\_"#, "_"), (#"\$"#, "$"), (##"\#"##, "#"), (#"a--b"#, "a–b"),
            (#"a---b"#, "a—b"), (#"P.~M. Hill"#, "P. M. Hill"), (#"1990\textendash 1995"#, "1990– 1995"),
            (#"\textemdash"#, "—"), (#"``quoted''"#, "“quoted”"),
            (#"{Braces} {are} {{removed}}"#, "Braces are removed"),
            (#"Te\v{s}anovi\'c"#, "Tešanović"), (#"G{\"u}ndo{\u{g}}an"#, "Gündoğan"), (#"Hsin{-}Hung"#, "Hsin-Hung"),
            (#"\emph{Deep} \textbf{learning}"#, "Deep learning"), (#"$\alpha$-stable"#, "α-stable"),
            (#"Fran\c{c}oise"#, "Françoise"), (#"{\LaTeX} tools"#, "LaTeX tools"),
        ] as [(String, String)])
    func specials(_ input: String, _ expected: String) {
        #expect(decode(input) == expected)
    }

    @Test func whiteSpaceIsCollapsedAndTrimmed() {
        #expect(decode("  Scaling\n   Graphically\tStructured  ") == "Scaling Graphically Structured")
        #expect(decode("plain title") == "plain title")
        #expect(decode("") == "")
    }

    @Test func decomposedInputComesOutNFC() {
        let decomposed = "Bo\u{0308}hm"
        #expect(decode(decomposed).unicodeScalars.count == 4)
        #expect(decode(decomposed) == "Böhm")
    }

    @Test func unknownCommandsAreDroppedTheirTextKeptAndCounted() {
        var decoder = LaTeXDecoder()
        decoder.currentLine = 7
        #expect(decoder.decode(#"\foo{bar} baz \foo qux"#) == "bar baz qux")
        decoder.currentLine = 9
        #expect(decoder.decode(#"\zap{x}"#) == "x")
        #expect(decoder.unknownCommands["foo"]?.count == 2)
        #expect(decoder.unknownCommands["foo"]?.line == 7)
        #expect(decoder.unknownCommands["zap"]?.line == 9)
        #expect(decoder.unknownCommands["emph"] == nil)
    }

    @Test func deeplyNestedBracesDoNotRecurse() {
        let depth = 100_000
        let text = String(repeating: "{", count: depth) + #"\"o"# + String(repeating: "}", count: depth)
        #expect(decode(text) == "ö")
        // Unbalanced as well.
        #expect(decode(String(repeating: "{", count: depth) + "x") == "x")
    }
}
