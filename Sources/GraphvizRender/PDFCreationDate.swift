import Foundation

/// Makes cairo's PDFs reproducible. Cairo writes the time of rendering as the document's `/CreationDate`
/// (`(D:20261203150908Z)`), so two renders of one graph differ; cairo honours `SOURCE_DATE_EPOCH` only from 1.17.8
/// on, and Debian 12 ships 1.16. The date's digits are therefore overwritten in place (same length, so the PDF's
/// cross-reference offsets stay right) with `SOURCE_DATE_EPOCH` when it is set, else 1970-01-01 00:00:00 UTC.
enum PDFCreationDate {
    /// `pdf` with its creation date fixed.
    static func normalized(_ pdf: Data, environment: [String: String] = ProcessInfo.processInfo.environment) -> Data {
        let key = Data("/CreationDate (D:".utf8)
        guard let found = pdf.range(of: key) else { return pdf }
        var bytes = pdf
        let digits = Array(fixedDate(environment).utf8)
        var i = found.upperBound
        for digit in digits {
            guard i < bytes.endIndex, bytes[i] >= 0x30, bytes[i] <= 0x39 else { break }
            bytes[i] = digit
            i += 1
        }
        return bytes
    }

    /// `YYYYMMDDHHmmSS` in UTC of `SOURCE_DATE_EPOCH` (seconds), else of 0.
    static func fixedDate(_ environment: [String: String]) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) } ?? 0
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(
            format: "%04d%02d%02d%02d%02d%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
