import Testing

@testable import Bibliography

@Suite struct DOITests {
    @Test(arguments: [
        ("10.1000/XYZ", "10.1000/xyz"),
        ("  https://doi.org/10.1000/Abc  ", "10.1000/abc"),
        ("http://dx.doi.org/10.1000/abc", "10.1000/abc"),
        ("doi:10.1000/abc", "10.1000/abc"),
        ("https://www.doi.org/10.1000/abc", "10.1000/abc"),  // a doi.org link anywhere in the text
        ("http://doi.ieeecomputersociety.org/10.1109/ABC.2001.1", "10.1109/abc.2001.1"),  // another resolver
    ])
    func normalizesAFieldOrLink(text: String, doi: String) {
        #expect(DOI(text)?.value == doi)
    }

    @Test(arguments: ["", "   ", "not a doi", "11.1000/xyz", "https://example.org/paper", "ISBN 978-3-16"])
    func rejectsJunk(text: String) {
        #expect(DOI(text) == nil)
    }

    @Test func lenientNormalizationKeepsWhatASourceWrote() {
        #expect(DOI.normalized(" HTTPS://DOI.ORG/10.1/A ") == "10.1/a")
        #expect(DOI.normalized("urn:x") == "urn:x")  // no `10.` required (tables, OpenAlex, DBLP)
        #expect(DOI.normalized("doi:") == nil)
        #expect(DOI.normalized(" \n") == nil)
    }

    @Test(arguments: [
        ("ALLEN PJ, 1966, AM J PHYS, V34, P1185, DOI 10.1119/1.1972585", "10.1119/1.1972585"),
        (
            "Bana E, 1994, INT T OPER RES, V1, P489, DOI DOI 10.1016/0969-6016(94)90010-8",
            "10.1016/0969-6016(94)90010-8"
        ),
        ("X Y, 2015, MCDA, V1, DOI [10.1002/mcda.314, DOI 10.1002/MCDA.314]", "10.1002/mcda.314"),
        (
            "X Y, 2008, IJSSCI, DOI [DOI 10.1504/IJSSCI.2008.017590, 10.1504/ijssci.2008.017590]",
            "10.1504/ijssci.2008.017590"
        ),
        ("Amgoud L, 2009, ARTIF INTELL, V173, P413, DOI 10.1016/j.artint.2008.11.006.", "10.1016/j.artint.2008.11.006"),
        ("see https://doi.org/10.5555/Abc; more", "10.5555/abc"),
        ("(DOI:10.1/x)", "10.1/x"),
        (
            "Bouyssou D., 1996, J MULTICRITERIA DECI, V5, P99, DOI DOI 10.1002/(SICI)1099-1360(199606)5:2<99::AID-MCDA97>3.0.CO;2-8",
            "10.1002/(sici)1099-1360(199606)5:2<99::aid-mcda97>3.0.co;2-8"
        ),
    ])
    func findsTheFirstDOIInFreeText(text: String, doi: String) {
        #expect(DOI(findingIn: text)?.value == doi)
    }

    @Test(arguments: [
        "Abraham M., 1909, RC CIRC MAT PALERMO, V28, P1",
        "X, 2001, J, V10.5, P1",  // no slash after the prefix
        "X, 2001, ABC10.1000/xyz",  // not at the start of a word
        "DOI 10.1000",
    ])
    func findsNothingWithoutADOI(text: String) {
        #expect(DOI(findingIn: text) == nil)
    }
}
