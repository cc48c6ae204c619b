import Foundation
import Testing

@testable import Bibliography

/// Real-data fixtures copied byte-for-byte from `../shared/data` (Fixtures/formats/<dataset>/<file>), and the
/// reference-fact figures computed from records.
enum TaggedFixture {
    static func url(_ dataset: String, _ file: String) -> URL {
        let name = (file as NSString).deletingPathExtension
        let ext = (file as NSString).pathExtension
        return Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures/formats/\(dataset)")!
    }

    static func file(_ dataset: String, _ file: String) throws -> TextFile {
        try TextFile.read(path: url(dataset, file).path)
    }

    /// Text decoded as if read from `path`.
    static func text(_ text: String, path: String = "inline.txt") -> TextFile {
        TextFile.decode(Data(text.utf8), path: path)
    }
}
