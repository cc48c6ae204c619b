import Testing

@testable import Bibliography

@Suite struct NameShapeTests {
    @Test(arguments: [
        "Drew A. Hudson", "Sjoerd van Steenkiste", "Peter C Humphreys", "Dhruva TB", "Petar Veličković",
        "S. M. Ali Eslami", "Jean-Baptiste Alayrac", "David G. T. Barrett", "Raphaël Lopez Kaufman",
        "Chia-Chun Hung", "Danilo Jimenez Rezende", "Jeffrey De Fauw", "Tamara von Glehn", "Andrew McCallum",
    ])
    func acceptsPersons(_ name: String) {
        let a = NameShape.assess(Substring(name))
        #expect(a != nil)
        #expect(a?.isGroup == false)
    }

    @Test(arguments: ["SIMA team", "Gemini Team", "DeepMind Interactive Agents Team", "ATLAS Collaboration"])
    func acceptsGroups(_ name: String) {
        #expect(NameShape.assess(Substring(name))?.isGroup == true)
    }

    @Test(arguments: [
        "Invariant",  // one word
        "VAEChristopher P. Burgess",  // an acronym glued to a name
        "D RepresentationsJoão Carreira",  // a long word glued to a name
        "ODA: Bottleneck Diffusion Models",  // punctuation
        "Learning with Sentence Unshuffling",  // lower-case words
        "SODA Bottleneck",  // all-caps word in a person name
        "A. B.",  // initials only
    ])
    func rejectsNonNames(_ text: String) {
        #expect(NameShape.assess(Substring(text)) == nil)
    }

    @Test func unusualCapitalsCostAPenalty() {
        let plain = NameShape.assess(Substring("Charlie Nash"))!
        let glued = NameShape.assess(Substring("GenCharlie Nash"))!
        #expect(plain.penalty == 0)
        #expect(glued.penalty > plain.penalty)
        #expect(NameShape.assess(Substring("Andrew McCallum"))!.penalty == 0)
    }
}
