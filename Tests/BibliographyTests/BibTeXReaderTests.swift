import Foundation
import Testing

@testable import Bibliography

/// Reads inline BibTeX.
func readBibTeX(_ text: String, path: String = "refs.bib") -> ParseResult {
    BibTeXReader.read(TextFile.decode(Data(text.utf8), path: path))
}

extension ParseResult {
    func record(_ key: String) -> Paper? { records.first { $0.identifiers[.sourceID] == key } }
    func issues(_ code: String) -> [ParseIssue] { issues.filter { $0.code == code } }
}

@Suite("BibTeXReader")
struct BibTeXReaderTests {
    // MARK: - Fields

    @Test func fieldsBecomeAPaper() throws {
        let result = readBibTeX(
            #"""
            @Article{knuth:84,
              author    = {Donald E. Knuth and Schr{\"o}der-Preikschat, Wolfgang},
              title     = {Literate {P}rogramming -- a {\emph{Gentle}}   Introduction},
              journal   = {The Computer Journal},
              year      = 1984,
              month     = may,
              volume    = {27},
              doi       = {https://doi.org/10.1093/COMJNL/27.2.97},
              isbn      = {0-123-45678-9},
              pmid      = {12345},
              eprint    = {2003.13221},
              archivePrefix = {arXiv},
              biburl    = {https://dblp.org/rec/journals/cj/Knuth84.bib},
              keywords  = {literate programming, documentation,  WEB},
              abstract  = {The  \TeX{} way.},
            }
            """#)
        #expect(result.format == .bibtex)
        #expect(result.skipped.isEmpty)
        let paper = try #require(result.record("knuth:84"))
        #expect(paper.title == "Literate Programming – a Gentle Introduction")
        #expect(paper.authors.map(\.written) == ["Donald E. Knuth", "Wolfgang Schröder-Preikschat"])
        #expect(paper.authors.allSatisfy { $0.kind == .person })
        #expect(paper.year == 1984)
        #expect(paper.month == 5)
        #expect(paper.day == nil)
        #expect(paper.venue == "The Computer Journal")
        #expect(
            paper.identifiers == [
                .sourceID: "knuth:84", .doi: "10.1093/comjnl/27.2.97", .isbn: "0-123-45678-9", .pubmed: "12345",
                .arxiv: "2003.13221", .dblp: "journals/cj/Knuth84",
            ])
        #expect(paper.topics == ["literate programming", "documentation", "WEB"])
        #expect(paper.abstract == "The TeX way.")
        #expect(paper.locations == [SourceLocation(file: "refs.bib", line: 1)])
    }

    @Test func venueByEntryType() {
        let result = readBibTeX(
            """
            @inproceedings{a, title = {A}, booktitle = {Proc. X}, publisher = {ACM}}
            @book{b, title = {B}, publisher = {MIT Press}}
            @proceedings{c, title = {C}, publisher = {Springer}}
            @techreport{d, title = {D}, institution = {Some Lab}, publisher = {Nobody}}
            @article{e, title = {E}, journaltitle = {J. Biblatex}}
            """)
        #expect(result.records.map(\.venue) == ["Proc. X", "MIT Press", "Springer", nil, "J. Biblatex"])
    }

    @Test func datesAreNeverGuessed() {
        let result = readBibTeX(
            """
            @misc{a, title = {A}, year = {2016a}, month = {27--30 Jul}}
            @misc{b, title = {B}, year = {to appear}}
            @misc{c, title = {C}, date = {2007-03-12/2007-03-16}}
            @misc{d, title = {D}, year = {2020}, month = {{MAR 16}}}
            @misc{e, title = {E}, year = {2020}, month = {OCT-DEC}}
            @misc{f, title = {F}, year = 2020, month = {12~} # sep}
            @misc{g, title = {G}, year = {1999, Originally published in 1971}, month = {10}}
            @misc{h, title = {H}, date = {2019-06}}
            @misc{i, title = {I}, year = {1992}, month = {Jan{.}}}
            """)
        #expect(result.records.map(\.year) == [2016, nil, 2007, 2020, 2020, 2020, 1999, 2019, 1992])
        #expect(result.records.map(\.month) == [7, nil, 3, 3, nil, 9, 10, 6, 1])
        #expect(result.records.map(\.day) == [nil, nil, 12, 16, nil, 12, nil, nil, nil])
        #expect(result.issues("bad-year").map(\.location.line) == [2])
        #expect(result.issues("bad-month").map(\.location.line) == [5])
    }

    @Test func doiFromAResolverURL() {
        let result = readBibTeX(
            #"""
            @misc{a, title = {A}, url = {http://dx.doi.org/10.1145/ABC\_1}}
            @misc{b, title = {B}, doi = {http://doi.ieeecomputersociety.org/10.1109/RTSS.2009.40}}
            @misc{c, title = {C}, doi = {2404.09636}}
            """#)
        #expect(result.records.map { $0.doi } == ["10.1145/abc_1", "10.1109/rtss.2009.40", nil])
        #expect(result.issues("bad-doi").map(\.location.line) == [3])
    }

    @Test func othersTruncatesAndGroupAuthorsAreGroups() throws {
        let result = readBibTeX(
            """
            @misc{a, title = {A}, author = {Smith, Jane and others}}
            @manual{b, title = {B}, author = {{OSEK/VDX Group}}}
            @manual{c, title = {C}, author = {AUTOSAR}}
            @book{d, title = {D}, editor = {Ed, Itor}}
            @misc{e, title = {E}, author = {Kazi, Iffat and Iffat Kazi and Lilja, David}}
            """)
        #expect(result.records[0].authorsTruncated)
        #expect(result.records[0].authors.map(\.written) == ["Jane Smith"])
        #expect(result.records[1].authors.map(\.kind) == [.group])
        #expect(result.records[1].authors.map(\.written) == ["OSEK/VDX Group"])
        #expect(result.records[2].authors.map(\.kind) == [.group])
        // Editors are not authors.
        #expect(result.records[3].authors.isEmpty)
        let noAuthors = try #require(result.issues("no-authors").first)
        #expect(noAuthors.location.line == 4)
        #expect(noAuthors.message.contains("1 entry has no authors (1 of them name editors"))
        // A name listed twice counts once.
        #expect(result.records[4].authors.map(\.written) == ["Iffat Kazi", "David Lilja"])
        #expect(result.issues("repeated-author").map(\.location.line) == [5])
    }

    // MARK: - Syntax

    @Test func macrosConcatenationAndDelimiters() throws {
        let result = readBibTeX(
            """
            % A comment line
            @String{acm = "ACM Press"}
            @string(pre = {Proceedings of the })
            @preamble{ "\\newcommand{\\noopsort}[1]{}" }
            @comment{ @article{commented, title = {not read}} }
            @inproceedings(paren,
              title = "Parenthesized " # {Entry},
              booktitle = pre # "Workshop",
              publisher = acm,
              month = dec,
              year = "2001"
            )
            @misc{undef, title = {U}, publisher = nosuchmacro}
            """)
        #expect(result.records.map { $0.identifiers[.sourceID] } == ["paren", "undef"])
        let paper = try #require(result.record("paren"))
        #expect(paper.title == "Parenthesized Entry")
        #expect(paper.venue == "Proceedings of the Workshop")
        #expect(paper.month == 12)
        #expect(paper.year == 2001)
        #expect(result.issues("undefined-macro").map(\.location.line) == [13])
        #expect(result.issues.allSatisfy { $0.severity != .error })
    }

    @Test func repeatedFieldKeepsTheFirstAndDuplicateKeysKeepBoth() throws {
        let result = readBibTeX(
            """
            @inproceedings{klaus,
              title = {First},
              year = {2016},
              title = {Second},
            }
            @misc{Klaus, title = {Other entry, same key}}
            """)
        #expect(result.records.map(\.title) == ["First", "Other entry, same key"])
        let repeated = try #require(result.issues("duplicate-field").first)
        #expect(repeated.location.line == 4)
        #expect(repeated.severity == .warning)
        #expect(repeated.message.contains("“title”") && repeated.message.contains("line 2"))
        let key = try #require(result.issues("duplicate-key").first)
        #expect(key.location.line == 6)
        #expect(key.message.contains("line 1"))
    }

    @Test("a missing comma joins the next field to the previous value (plai scibior2021imagining)")
    func missingComma() throws {
        let result = readBibTeX(
            """
            @inproceedings{scibior2021imagining,
              author={Scibior, Adam and Wood, Frank},
              url_Paper = {https://ieeexplore.ieee.org/document/9565113}
              support = {MITACS},
              year = {2021},
              }
            """)
        let paper = try #require(result.record("scibior2021imagining"))
        #expect(paper.authors.count == 2)
        #expect(paper.year == 2021)
        #expect(result.issues("missing-comma").map(\.location.line) == [4])
        #expect(result.skipped.isEmpty)
    }

    @Test("an entry whose fields and closing brace are commented out still counts (plai WOO-20)")
    func commentedOutEntry() throws {
        let result = readBibTeX(
            """
            @unpublished{WOO-20,
            %  author = {{Wood}, Frank and {Warrington}, Andrew},
            %  title = {Planning as Inference in Epidemiological Models},
            %}

            @InProceedings{Le-20,
              title = {Revisiting Reweighted Wake-Sleep},
              author = {Le, Tuan Anh and Wood, Frank},
            }
            """)
        #expect(result.records.map { $0.identifiers[.sourceID] } == ["WOO-20", "Le-20"])
        #expect(result.records[0].authors.isEmpty)
        #expect(result.records[0].title == "")
        #expect(result.issues("unclosed-entry").map(\.location.line) == [1])
        #expect(result.record("Le-20")?.authors.map(\.written) == ["Tuan Anh Le", "Frank Wood"])
    }

    @Test func fieldNamesWithSpacesAndEscapedBraces() throws {
        // Web of Science writes `Early Access Date = ...`; `\{` does not open a group.
        let result = readBibTeX(
            #"""
            @article{ WOS:000380468600005,
            Author = {Oliveira, Eunice},
            Title = {{A title}},
            Early Access Date = {{NOV 2021}},
            Cited-References = {{Ulungu E.L., 1999, J MULTICRITERIA DECI, V8, P221, DOI DOI 10.1002/(SICI)1099-1360(199907)8:4\{.}},
            Year = {{2014}},
            }
            """#)
        #expect(result.skipped.isEmpty)
        let paper = try #require(result.record("WOS:000380468600005"))
        #expect(paper.year == 2014)
        #expect(paper.references == ["10.1002/(sici)1099-1360(199907)8:4"])
    }

    // MARK: - Web of Science export

    @Test func webOfScienceAffiliationsOrcidsAndCitedReferences() throws {
        let result = readBibTeX(
            #"""
            @article{ WOS:000708185700001,
            Author = {Thesari, Shirley Suellen and Lizot, Mauro and Trojan, Flavio},
            Title = {{A title}},
            Affiliation = {{Lizot, M (Corresponding Author), Fed Univ Technol Parana UTFPR, Ponta Grossa, Parana, Brazil.
               Thesari, Shirley Suellen; Lizot, Mauro; Trojan, Flavio, Fed Univ Technol Parana UTFPR, Dept Prod Engn, Brazil.
               Trojan, Flavio, Univ Catania, Dept Econ \& Business, Catania, Italy.}},
            ORCID-Numbers = {{Trojan, Flavio/0000-0003-2274-5321
               Lizot, M./0000-0002-1825-009x; Nobody, Else/0000-0001-0000-0000}},
            Cited-References = {{Alinska A, 2018, SUSTAINABILITY-BASEL, V10, DOI 10.3390/su10093278.
               {[}Anonymous], 2000, B WORLD HEALTH ORGAN, V78, P868.
               Hege E., 2018, PUBLIC SECT EC, V43, P423, DOI {[}10.3326/pse.43.4.5, DOI 10.3326/PSE.43.4.5].}},
            Unique-ID = {{WOS:000708185700001}},
            }
            """#)
        let paper = try #require(result.records.first)
        #expect(paper.identifiers[.wos] == "WOS:000708185700001")
        #expect(
            paper.affiliations == [
                "Fed Univ Technol Parana UTFPR, Ponta Grossa, Parana, Brazil",
                "Fed Univ Technol Parana UTFPR, Dept Prod Engn, Brazil",
                "Univ Catania, Dept Econ & Business, Catania, Italy",
            ])
        #expect(paper.authors.map(\.affiliations.count) == [1, 2, 2])
        #expect(paper.authors[2].affiliations.last == "Univ Catania, Dept Econ & Business, Catania, Italy")
        #expect(paper.authors.map { $0.identifiers[.orcid] } == [nil, "0000-0002-1825-009X", "0000-0003-2274-5321"])
        #expect(result.issues("orcid-unmatched").count == 1)
        #expect(
            paper.references == [
                "10.3390/su10093278", "[Anonymous], 2000, B WORLD HEALTH ORGAN, V78, P868", "10.3326/pse.43.4.5",
            ])
    }

    // MARK: - Crossref

    @Test func crossrefInheritsWithinTheFile() throws {
        let result = readBibTeX(
            """
            @inproceedings{child,
              author = {Doe, Jane},
              title = {Child Paper},
              crossref = {Conf:2020},
            }
            @incollection{chapter, title = {Intersegment Linking}, crossref = {book}}
            @misc{orphan, title = {Orphan}, crossref = {nowhere}}
            @proceedings{conf:2020,
              title = {Proceedings of the Conference},
              year = {2020}, month = jun, publisher = {ACM},
              doi = {10.1/proceedings}, editor = {Ed, Itor},
            }
            @book{book, author = {Elliot I. Organick}, title = {The Multics System}, year = {1972}}
            """)
        let child = try #require(result.record("child"))
        #expect(child.title == "Child Paper")
        #expect(child.venue == "Proceedings of the Conference")
        #expect(child.year == 2020)
        #expect(child.month == 6)
        #expect(child.doi == nil, "identifiers of the parent are not inherited")
        let chapter = try #require(result.record("chapter"))
        #expect(chapter.authors.map(\.written) == ["Elliot I. Organick"])
        #expect(chapter.year == 1972)
        #expect(chapter.venue == "The Multics System")
        let missing = try #require(result.issues("crossref-missing").first)
        #expect(missing.location.line == 7)
        #expect(result.record("orphan")?.year == nil)
        #expect(result.pendingCrossrefs.isEmpty && result.crossrefEntries.isEmpty)
    }

    @Test func crossrefAcrossFilesIsResolvedByInputReader() throws {
        let dir = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "@inproceedings{child, author = {Doe, Jane}, title = {Child}, crossref = {conf}}\n"
            .write(to: dir.appendingPathComponent("a.bib"), atomically: true, encoding: .utf8)
        try "@proceedings{conf, title = {Proc. of Conf}, year = {2019}}\n"
            .write(to: dir.appendingPathComponent("b.bib"), atomically: true, encoding: .utf8)
        // Alone, the child's parent is unknown.
        let alone = BibTeXReader.read(try TextFile.read(path: dir.appendingPathComponent("a.bib").path))
        #expect(alone.records.first?.year == nil)
        #expect(alone.issues("crossref-missing").count == 1)
        // Together, it is found in the other file.
        let batch = InputReader.read([dir.path])
        #expect(batch.results.map(\.format) == [.bibtex, .bibtex])
        let child = try #require(batch.records.first { $0.identifiers[.sourceID] == "child" })
        #expect(child.year == 2019)
        #expect(child.venue == "Proc. of Conf")
        #expect(batch.issues.filter { $0.code == "crossref-missing" }.isEmpty)
        #expect(batch.results.allSatisfy { $0.pendingCrossrefs.isEmpty && $0.crossrefEntries.isEmpty })
    }

    @Test func parseLeavesCrossrefsPending() {
        let file = TextFile.decode(
            Data("@misc{c, title = {C}, crossref = {p}}\n@misc{p, year = 2000}\n".utf8),
            path: "x.bib")
        var result = BibTeXReader.parse(file)
        #expect(result.pendingCrossrefs.count == 1)
        #expect(result.records[0].year == nil)
        result.resolveOwnCrossrefs()
        #expect(result.records[0].year == 2000)
    }

    // MARK: - Detection

    @Test func detection() throws {
        let header = String(repeating: "%\n% a comment header\n", count: 60)
        #expect(BibTeXReader.looksLikeBibTeX(Fixture.text(header + "\n@article{a, title={T}}\n")))
        #expect(BibTeXReader.looksLikeBibTeX(Fixture.text("\u{FEFF}\n@article{ WOS:000719584000015,\n")))
        #expect(BibTeXReader.looksLikeBibTeX(Fixture.text("@inproceedings{\nweilbach2023scaling,\n")))
        #expect(!BibTeXReader.looksLikeBibTeX(Fixture.text("paper_id\tyear\ttopic\tauthors\nP1\t2020\tT\tA;B\n")))
        #expect(!BibTeXReader.looksLikeBibTeX(Fixture.text("mail me at someone@example.org {soon}\n")))
        #expect(!BibTeXReader.looksLikeBibTeX(try Fixture.file("compact.txt")))
        #expect(!BibTeXReader.looksLikeBibTeX(try Fixture.file("spaced-profile.txt")))
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Fixture.seedsPath)
        for name in seeds {
            let file = try TextFile.read(path: Fixture.seedsPath + "/" + name)
            #expect(!BibTeXReader.looksLikeBibTeX(file), "\(name)")
        }
        #expect(InputReader.detect(Fixture.text("@misc{a, title={T}}\n")) == .bibtex)
    }

    @Test func unknownLaTeXCommandsAreSummedUpOncePerFile() throws {
        let result = readBibTeX(
            #"""
            @misc{a, title = {A \frobnicate{Widget}}}
            @misc{b, title = {B \frobnicate{Gadget} \zorp x}}
            """#)
        #expect(result.records.map(\.title) == ["A Widget", "B Gadget x"])
        let notices = result.issues("unknown-latex")
        #expect(notices.count == 1)
        let notice = try #require(notices.first)
        #expect(notice.severity == .notice)
        #expect(notice.location.line == 1)
        #expect(notice.message.contains(#"\frobnicate (2×), \zorp (1×)"#))
    }

    @Test func anEmptyFileHasNoRecords() {
        let result = readBibTeX("% only a comment\n")
        #expect(result.records.isEmpty && result.skipped.isEmpty)
        #expect(result.issues.map(\.code) == ["no-records"])
    }
}
