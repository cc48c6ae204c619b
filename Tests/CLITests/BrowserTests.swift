import Foundation
import Testing

/// Opens `report.html` in a real headless browser (Debian's chromium), as the issue asks: the page loads without
/// console errors or blocked requests, the search box highlights a node, and a screenshot is produced
/// (kept at `.build/test-artifacts/report.png` to look at).
@Suite(.serialized) struct BrowserTests {
    static var chromium: String? {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
                let path = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// Runs chromium headless with `arguments` and a time limit; returns (stdout, stderr).
    static func browser(_ arguments: [String]) throws -> (String, String) {
        let binary = try #require(
            chromium, "chromium is not installed: `make test` installs it (apt-get install chromium)")
        let profile = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let r = try CLI.run(
            URL(fileURLWithPath: binary),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=5000",
            ] + arguments, timeout: 120)
        return (r.stdout, r.stderr)
    }

    static func consoleLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") }
    }

    @Test("the detector sees console errors (control)")
    func detectorWorks() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("broken.html")
        try Data("<!DOCTYPE html><html><body><script>notDefined();</script></body></html>".utf8).write(to: page)
        let (_, stderr) = try Self.browser(["--dump-dom", page.absoluteString])
        #expect(Self.consoleLines(stderr).contains { $0.contains("notDefined") })
    }

    @Test("report.html loads cleanly, search highlights a node, screenshot produced")
    func report() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.run(["analyze", "seeds", "--out", dir.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let page = dir.appendingPathComponent("report.html")
        let (dom, stderr) = try Self.browser(["--dump-dom", page.absoluteString + "#search=Santoro"])
        #expect(Self.consoleLines(stderr).isEmpty, "console output: \(Self.consoleLines(stderr))")
        #expect(dom.contains("data-ready=\"1\""), "the script did not finish")
        #expect(!dom.contains("data-errors="))
        // One author matches "Santoro" (Adam Santoro) on each of the two maps.
        #expect(dom.components(separatedBy: "class=\"node hit\"").count - 1 == 2)
        #expect(dom.contains("<span class=\"hits\">1 match</span>"))
        let shot = dir.appendingPathComponent("report.png")
        _ = try Self.browser(["--window-size=1400,2200", "--screenshot=\(shot.path)", page.absoluteString])
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 50_000, "the screenshot looks empty (\(png.count) bytes)")
        let artifacts = CLI.repositoryRoot.appendingPathComponent(".build/test-artifacts")
        try? FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: artifacts.appendingPathComponent("report.png"))
        try? FileManager.default.copyItem(at: shot, to: artifacts.appendingPathComponent("report.png"))
    }
}
