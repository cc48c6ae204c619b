import Foundation

@testable import Bibliography

/// Test fixtures: files cut from the seeds (Fixtures/) and the repository's own seeds/ folder.
enum Fixture {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }

    static func file(_ name: String) throws -> TextFile {
        try TextFile.read(path: url(name).path)
    }

    /// A text given inline, decoded as if read from `path`.
    static func text(_ text: String, path: String = "inline.txt") -> TextFile {
        TextFile.decode(Data(text.utf8), path: path)
    }

    /// The repository root (for seeds/).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var seedsPath: String { repositoryRoot.appendingPathComponent("seeds").path }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
