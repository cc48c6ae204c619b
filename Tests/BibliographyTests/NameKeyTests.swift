import Testing

@testable import Bibliography

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Matko Bošnjak", "matko bosnjak"), ("SIMA  team", "sima team"),
        ("Jean-Baptiste Alayrac", "jean baptiste alayrac"),
        ("Olivier J. Hénaff", "olivier j henaff"), ("Søren Hauberg", "soren hauberg"),
        ("Łukasz Kaiser", "lukasz kaiser"),
        ("Tomáš Kočiský", "tomas kocisky"), ("Peter C Humphreys", "peter c humphreys"),
    ])
    func folds(_ pair: (String, String)) {
        #expect(NameKey.fold(pair.0) == pair.1)
    }
}

@Suite struct GroupNamesTests {
    @Test func tellsGroupsFromPersons() {
        #expect(GroupNames.isGroup("Gemini Team"))
        #expect(GroupNames.isGroup("SIMA team"))
        #expect(GroupNames.isGroup("DeepMind Interactive Agents Team"))
        #expect(!GroupNames.isGroup("Drew A. Hudson"))
        #expect(!GroupNames.isGroup("Teaming Smith"))
    }
}
