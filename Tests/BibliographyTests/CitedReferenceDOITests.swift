import Testing

@testable import Bibliography

/// The same cited references, as the three Web of Science exports write them (shapes copied from
/// `wos-metaknowledge/savedrecs.txt` and `bibtex-wos-export-pybibx/wos.bib`), give the same DOIs.
@Suite struct CitedReferenceDOITests {
    static let expected = [
        "10.1016/j.artint.2008.11.006", "Anonymous, 2000, B WORLD HEALTH ORGAN, V78, P868",
        "10.1016/0969-6016(94)90010-8", "10.1002/mcda.314", "10.1504/ijssci.2008.017590",
        "10.1007/978-3-662-46816-6_12", "10.1002/(sici)1099-1360(199606)5:2<99::aid-mcda97>3.0.co;2-8",
    ]

    static let plainText = """
        FN Thomson Reuters Web of Science™
        VR 1.0
        PT J
        AU Figueira, JR
        AF Figueira, Jose Rui
        TI ELECTRE-SCORE
        SO EUROPEAN JOURNAL OF OPERATIONAL RESEARCH
        CR Amgoud L, 2009, ARTIF INTELL, V173, P413, DOI 10.1016/j.artint.2008.11.006
           Anonymous, 2000, B WORLD HEALTH ORGAN, V78, P868
           Bana E, 1994, INT T OPER RES, V1, P489, DOI DOI 10.1016/0969-6016(94)90010-8
           Bisdorff R, 2015, J MULTI-CRITERIA DEC, V22, P1, DOI [10.1002/mcda.314, DOI 10.1002/MCDA.314]
           Dias LC, 2008, INT J SOFTW SCI COMP, V1, DOI [DOI 10.1504/IJSSCI.2008.017590, 10.1504/ijssci.2008.017590]
           Greco S, 2016, MULTIPLE CRITERIA DE, P155, DOI 10.1007/978-3-662-46816-6_12
           Bouyssou D., 1996, J MULTICRITERIA DECI, V5, P99, DOI DOI 10.1002/(SICI)1099-1360(199606)5:2<99::AID-MCDA97>3.0.CO;2-8
        PY 2022
        UT WOS:000719584000015
        ER

        EF
        """

    static let tabDelimited =
        "PT\tAU\tAF\tTI\tSO\tCR\tPY\tUT\n"
        + "J\tFigueira, JR\tFigueira, Jose Rui\tELECTRE-SCORE\tEUROPEAN JOURNAL OF OPERATIONAL RESEARCH\t"
        + "Amgoud L, 2009, ARTIF INTELL, V173, P413, DOI 10.1016/j.artint.2008.11.006; "
        + "Anonymous, 2000, B WORLD HEALTH ORGAN, V78, P868; "
        + "Bana E, 1994, INT T OPER RES, V1, P489, DOI DOI 10.1016/0969-6016(94)90010-8; "
        + "Bisdorff R, 2015, J MULTI-CRITERIA DEC, V22, P1, DOI [10.1002/mcda.314, DOI 10.1002/MCDA.314]; "
        + "Dias LC, 2008, INT J SOFTW SCI COMP, V1, DOI [DOI 10.1504/IJSSCI.2008.017590, 10.1504/ijssci.2008.017590]; "
        + "Greco S, 2016, MULTIPLE CRITERIA DE, P155, DOI 10.1007/978-3-662-46816-6_12; "
        + "Bouyssou D., 1996, J MULTICRITERIA DECI, V5, P99, DOI DOI 10.1002/(SICI)1099-1360(199606)5:2<99::AID-MCDA97>3.0.CO;2-8"
        + "\t2022\tWOS:000719584000015\n"

    static let bibTeX = #"""
        @article{ WOS:000719584000015,
        Author = {Figueira, Jose Rui},
        Title = {{ELECTRE-SCORE}},
        Journal = {{EUROPEAN JOURNAL OF OPERATIONAL RESEARCH}},
        Year = {{2022}},
        Cited-References = {{Amgoud L, 2009, ARTIF INTELL, V173, P413, DOI 10.1016/j.artint.2008.11.006.
           {[}Anonymous], 2000, B WORLD HEALTH ORGAN, V78, P868.
           Bana E, 1994, INT T OPER RES, V1, P489, DOI DOI 10.1016/0969-6016(94)90010-8.
           Bisdorff R, 2015, J MULTI-CRITERIA DEC, V22, P1, DOI {[}10.1002/mcda.314, DOI 10.1002/MCDA.314].
           Dias LC, 2008, INT J SOFTW SCI COMP, V1, DOI {[}DOI 10.1504/IJSSCI.2008.017590, 10.1504/ijssci.2008.017590].
           Greco S, 2016, MULTIPLE CRITERIA DE, P155, DOI 10.1007/978-3-662-46816-6\_12.
           Bouyssou D., 1996, J MULTICRITERIA DECI, V5, P99, DOI DOI 10.1002/(SICI)1099-1360(199606)5:2<99::AID-MCDA97>3.0.CO;2-8.}},
        Unique-ID = {{WOS:000719584000015}},
        }
        """#

    @Test(arguments: [("savedrecs.txt", plainText), ("savedrecs.tsv", tabDelimited), ("savedrecs.bib", bibTeX)])
    func sameDOIsFromEveryExport(path: String, text: String) throws {
        let result = InputReader.read(Fixture.text(text, path: path), format: nil)
        let paper = try #require(result.records.first)
        let dois = paper.references.filter { $0.hasPrefix("10.") }
        #expect(dois == Self.expected.filter { $0.hasPrefix("10.") }, "\(result.format)")
        #expect(paper.references.count == Self.expected.count)
    }
}
