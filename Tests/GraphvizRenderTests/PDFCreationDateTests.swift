import Foundation
import Testing

@testable import GraphvizRender

/// Cairo's PDF creation date, fixed in place.
@Suite struct PDFCreationDateTests {
    @Test("the creation date is overwritten in place, from SOURCE_DATE_EPOCH when set")
    func creationDate() {
        let pdf = Data("1 0 obj << /CreationDate (D:20261203150908Z) >>".utf8)
        let fixed = PDFCreationDate.normalized(pdf, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(String(decoding: fixed, as: UTF8.self) == "1 0 obj << /CreationDate (D:20231114221320Z) >>")
        #expect(PDFCreationDate.normalized(pdf, environment: [:]).count == pdf.count)
        #expect(PDFCreationDate.normalized(Data("no date".utf8), environment: [:]) == Data("no date".utf8))
    }
}
