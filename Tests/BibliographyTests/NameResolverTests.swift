import Testing

@testable import Bibliography

@Suite struct NameResolverTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var names: [String]
        /// Expected canonical name of each input name.
        var canonical: [String]
        var rule: MergeRule?
        var testDescription: String { names.joined(separator: " / ") }
    }

    /// Merges that must happen.
    static let merges: [Case] = [
        Case(names: ["Matko Bošnjak", "Matko Bosnjak"], canonical: ["Matko Bošnjak", "Matko Bošnjak"], rule: .fold),
        Case(names: ["SIMA team", "SIMA Team"], canonical: ["SIMA Team", "SIMA Team"], rule: .fold),
        Case(
            names: ["Jean-Baptiste Alayrac", "Jean Baptiste Alayrac"],
            canonical: ["Jean-Baptiste Alayrac", "Jean-Baptiste Alayrac"], rule: .fold),
        Case(
            names: ["Sébastien Racanière", "Sebastien Racaniere"],
            canonical: ["Sébastien Racanière", "Sébastien Racanière"], rule: .fold),
        Case(
            names: ["Andrew K. Lampinen", "Andrew Lampinen"], canonical: ["Andrew K. Lampinen", "Andrew K. Lampinen"],
            rule: .initials),
        Case(
            names: ["David G. T. Barrett", "David Barrett"], canonical: ["David G. T. Barrett", "David G. T. Barrett"],
            rule: .initials),
        Case(
            names: ["Danilo J. Rezende", "Danilo Jimenez Rezende"],
            canonical: ["Danilo Jimenez Rezende", "Danilo Jimenez Rezende"], rule: .initials),
        Case(
            names: ["Blake A. Richards", "Blake Richards"], canonical: ["Blake A. Richards", "Blake A. Richards"],
            rule: .initials),
        Case(
            names: ["Peter C Humphreys", "Peter C. Humphreys"],
            canonical: ["Peter C. Humphreys", "Peter C. Humphreys"], rule: .fold),
    ]

    /// Merges that must not happen.
    static let separations: [Case] = [
        // surname + first initial alone
        Case(names: ["D. Barrett", "David Barrett"], canonical: ["D. Barrett", "David Barrett"], rule: nil),
        // a nickname is not an initial
        Case(names: ["Sam Ritter", "Samuel Ritter"], canonical: ["Sam Ritter", "Samuel Ritter"], rule: nil),
        Case(names: ["Li Xiang", "Li Xu"], canonical: ["Li Xiang", "Li Xu"], rule: nil),
        Case(
            names: ["Andrew K. Lampinen", "Andrew J. Lampinen"],
            canonical: ["Andrew K. Lampinen", "Andrew J. Lampinen"], rule: nil),
        Case(
            names: ["David G. Barrett", "David T. Barrett"], canonical: ["David G. Barrett", "David T. Barrett"],
            rule: nil),
        Case(
            names: ["Sjoerd van Steenkiste", "Sjoerd Steenkiste"],
            canonical: ["Sjoerd van Steenkiste", "Sjoerd Steenkiste"], rule: nil),
        Case(names: ["John Smith Jr", "John Smith"], canonical: ["John Smith Jr", "John Smith"], rule: nil),
        Case(names: ["Gemini Team", "Gemini"], canonical: ["Gemini Team", "Gemini"], rule: nil),
    ]

    func resolve(_ names: [String], mergeInitials: Bool = true, thesaurus: Thesaurus = Thesaurus()) -> NameResolution {
        NameResolver.resolve(
            Dictionary(uniqueKeysWithValues: names.map { ($0, 1) }), mergeInitials: mergeInitials,
            thesaurus: thesaurus)
    }

    @Test(arguments: merges) func mergesThatMustHappen(_ c: Case) {
        let r = resolve(c.names)
        #expect(c.names.map { r.canonical[$0] } == c.canonical)
        #expect(r.merges.count == 1)
        #expect(r.merges.first?.rule == c.rule)
        #expect(r.merges.first?.reason.isEmpty == false)
    }

    @Test(arguments: separations) func mergesThatMustNotHappen(_ c: Case) {
        let r = resolve(c.names)
        #expect(c.names.map { r.canonical[$0] } == c.canonical)
        #expect(r.merges.isEmpty)
    }

    @Test func ambiguousBareNameIsNotMergedAndTheConflictIsReported() {
        let r = resolve(["Andrew Lampinen", "Andrew K. Lampinen", "Andrew J. Lampinen"])
        #expect(r.merges.isEmpty)
        #expect(r.conflicts.count == 1)
        #expect(r.conflicts.first?.names.count == 3)
    }

    @Test func noMergeInitialsTurnsTheHeuristicOff() {
        let r = resolve(
            ["Andrew K. Lampinen", "Andrew Lampinen", "Matko Bošnjak", "Matko Bosnjak"], mergeInitials: false)
        #expect(r.canonical["Andrew Lampinen"] == "Andrew Lampinen")
        #expect(r.canonical["Matko Bosnjak"] == "Matko Bošnjak")  // folding still applies
        #expect(r.merges.map(\.rule) == [.fold])
    }

    @Test func thesaurusForcesMergesAndDropsNames() {
        let thesaurus = Thesaurus(entries: [("Sam Ritter", "Samuel Ritter"), ("SIMA team", "")])
        let r = resolve(["Sam Ritter", "Samuel Ritter", "SIMA team", "Adam Santoro"], thesaurus: thesaurus)
        #expect(r.canonical["Sam Ritter"] == "Samuel Ritter")
        #expect(r.merges.first { $0.variant == "Sam Ritter" }?.rule == .thesaurus)
        #expect(r.canonical["SIMA team"] == nil)
        #expect(r.dropped == ["SIMA team"])
        #expect(r.canonical["Adam Santoro"] == "Adam Santoro")
    }

    @Test func thesaurusCanForbidAHeuristicMerge() {
        let thesaurus = Thesaurus(entries: [("Andrew Lampinen", "Andrew Lampinen")])
        let r = resolve(["Andrew K. Lampinen", "Andrew Lampinen"], thesaurus: thesaurus)
        #expect(r.canonical["Andrew Lampinen"] == "Andrew Lampinen")
        #expect(r.merges.isEmpty)
    }

    @Test func groupsAreNeverMergedByInitials() {
        let r = resolve(["Gemini Team", "Gemini A. Team"])
        #expect(r.merges.isEmpty)
        #expect(r.kinds["Gemini Team"] == .group)
    }

    @Test func resultDoesNotDependOnInputOrder() {
        let names = [
            "Andrew Lampinen", "Andrew K. Lampinen", "Matko Bosnjak", "Matko Bošnjak", "SIMA Team", "SIMA team",
        ]
        let a = resolve(names), b = resolve(names.reversed())
        #expect(a.canonical == b.canonical)
        #expect(a.merges == b.merges)
    }
}

@Suite struct PersonNameTests {
    @Test func partsOfAName() throws {
        let n = try #require(PersonName("Sjoerd van Steenkiste"))
        #expect(n.given == ["sjoerd"])
        #expect(n.surname == "van steenkiste")
        let e = try #require(PersonName("S. M. Ali Eslami"))
        #expect(e.given == ["s", "m", "ali"])
        #expect(e.hasFullFirstName == false)
        #expect(PersonName("Madonna") == nil)
        #expect(PersonName("John Smith Jr.")?.suffix == "jr")
    }

    @Test(arguments: [
        ("Andrew K. Lampinen", "Andrew Lampinen", true),
        ("Danilo J. Rezende", "Danilo Jimenez Rezende", true),
        ("David G. T. Barrett", "David Barrett", true),
        ("D. Barrett", "David Barrett", false),  // surname + first initial alone: never
        ("D. G. Barrett", "David G. Barrett", false),
        ("Sam Ritter", "Samuel Ritter", false),
        ("Andrew K. Lampinen", "Andrew J. Lampinen", false),
        ("David G. T. Barrett", "David G. Barrett", false),  // different numbers of middle names
        ("John Smith Jr", "John Smith", false),
    ])
    func initialCompatibility(_ c: (String, String, Bool)) throws {
        let a = try #require(PersonName(c.0)), b = try #require(PersonName(c.1))
        #expect(a.isInitialCompatible(with: b) == c.2)
        #expect(b.isInitialCompatible(with: a) == c.2)
    }
}

/// Markup characters in a written name: no part of a person's name.
@Suite struct MarkupInNamesTests {
    @Test func aBackslashIsNotAnInitial() {
        let r = NameResolver.resolve(["Back\\N Slash": 1, "Back \\ Slash": 1])
        #expect(r.merges.isEmpty)
        #expect(r.canonical["Back\\N Slash"] == "Back\\N Slash")
        #expect(PersonName("Back\\N Slash") == nil)
        // The same shape with a written initial does merge.
        #expect(NameResolver.resolve(["Back N. Slash": 1, "Back Slash": 1]).merges.count == 1)
    }
}
