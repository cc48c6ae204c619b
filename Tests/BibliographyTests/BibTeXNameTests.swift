import Testing

@testable import Bibliography

@Suite("BibTeXName")
struct BibTeXNameTests {
    @Test(
        "BibTeX name forms",
        arguments: [
            // (source, given, particle, family, suffix, display)
            ("Frank Wood", "Frank", "", "Wood", "", "Frank Wood"),
            ("Wood, Frank", "Frank", "", "Wood", "", "Frank Wood"),
            (
                #"Schr{\"o}der-Preikschat, Wolfgang"#, "Wolfgang", "", "Schröder-Preikschat", "",
                "Wolfgang Schröder-Preikschat"
            ),
            ("Ludwig van Beethoven", "Ludwig", "van", "Beethoven", "", "Ludwig van Beethoven"),
            ("van der Linden, Frank", "Frank", "van der", "Linden", "", "Frank van der Linden"),
            ("Jean de la Fontaine", "Jean", "de la", "Fontaine", "", "Jean de la Fontaine"),
            (
                #"Charles Louis Xavier Joseph de la Vall{\'e}e Poussin"#, "Charles Louis Xavier Joseph", "de la",
                "Vallée Poussin", "", "Charles Louis Xavier Joseph de la Vallée Poussin"
            ),
            ("Morris,Jr., James H.", "James H.", "", "Morris", "Jr.", "James H. Morris Jr."),
            ("Marschalk,IV, George H.", "George H.", "", "Marschalk", "IV", "George H. Marschalk IV"),
            ("{Di Natale}, G.", "G.", "", "Di Natale", "", "G. Di Natale"),
            (#"{\"O}hman, Peter"#, "Peter", "", "Öhman", "", "Peter Öhman"),
            ("Hill, P.~M.", "P. M.", "", "Hill", "", "P. M. Hill"),
            ("D.~E. Knuth", "D. E.", "", "Knuth", "", "D. E. Knuth"),
            (#"Qui\~{n}ones, Eduardo"#, "Eduardo", "", "Quiñones", "", "Eduardo Quiñones"),
            ("{de} Boer, Jan", "Jan", "", "de Boer", "", "Jan de Boer"),
            ("AUTOSAR", "", "", "AUTOSAR", "", "AUTOSAR"),
        ] as [(String, String, String, String, String, String)])
    func forms(
        _ source: String, _ given: String, _ particle: String, _ family: String, _ suffix: String,
        _ display: String
    ) {
        let name = BibTeXName.parse(source)
        #expect(name.given == given)
        #expect(name.particle == particle)
        #expect(name.family == family)
        #expect(name.suffix == suffix)
        #expect(name.display == display)
        #expect(!name.isBraced)
    }

    @Test func aFullyBracedNameIsOneCorporateName() {
        let name = BibTeXName.parse("{C++ Standards Committee}")
        #expect(name.isBraced)
        #expect(name.family == "C++ Standards Committee")
        #expect(name.given.isEmpty)
        #expect(BibTeXRecordBuilder.kind(of: name) == .group)
        let comma = BibTeXName.parse("{Institute of Electrical and Electronics Engineers, Inc.}")
        #expect(comma.display == "Institute of Electrical and Electronics Engineers, Inc.")
        #expect(BibTeXRecordBuilder.kind(of: comma) == .group)
        #expect(BibTeXRecordBuilder.kind(of: BibTeXName.parse("{J. Smith}")) == .person)
    }

    @Test func personOrGroup() {
        func kind(_ source: String) -> AuthorKind { BibTeXRecordBuilder.kind(of: BibTeXName.parse(source)) }
        #expect(kind("AUTOSAR") == .group)
        #expect(kind("IEEE") == .group)
        #expect(kind("ISO 26262-4") == .group)
        #expect(kind("{W}orld {W}ide {W}eb {C}onsortium") == .group)
        #expect(kind("Wood, Frank") == .person)
        #expect(kind("Hui Wu1") == .person)
        #expect(kind("P.Cheng") == .person)
    }

    @Test func listsSplitOnAndOutsideBraces() {
        let (names, truncated) = BibTeXName.splitList(
            "Alice Smith and Bob  Jones AND carol ng and\n\t{Barnes and Noble} and others")
        #expect(names == ["Alice Smith", "Bob Jones", "carol ng", "{Barnes and Noble}"])
        #expect(truncated)
        #expect(BibTeXName.splitList("Anderson, Sandy and Andrews, Ann").names == ["Anderson, Sandy", "Andrews, Ann"])
        #expect(BibTeXName.splitList("").names.isEmpty)
        #expect(BibTeXName.splitList("  ").names.isEmpty)
        #expect(BibTeXName.splitList("A and and B").names == ["A", "B"])
        #expect(BibTeXName.splitList("Others, Jane and others").names == ["Others, Jane"])
    }

    @Test func escapedBracesDoNotCount() {
        #expect(BibTeXName.splitList(#"A \{ and B"#).names == [#"A \{"#, "B"])
    }
}
