import Foundation
import Testing

@testable import CiteGraph

/// Records every progress event.
final class RecordingProgress: ProgressSink, @unchecked Sendable {
    var events: [(kind: String, step: String, index: Int, total: Int)] = []
    func started(_ step: String, index: Int, total: Int) { events.append(("start", step, index, total)) }
    func finished(_ step: String, seconds: Double) {}
    func skipped(_ step: String, index: Int, total: Int) { events.append(("skip", step, index, total)) }
}

/// A renderer that fails, as graphviz does on a layout it cannot do.
struct FailingRenderer: MapRenderer {
    struct Broken: Error, CustomStringConvertible { var description: String { "layout failed" } }
    var name: String { "failing" }
    var version: String { "0" }
    func render(dot: String, layout: MapLayout, format: ImageFormat) throws -> Data { throw Broken() }
}

@Suite("AnalyzePipeline", .serialized)
struct AnalyzePipelineTests {
    static func run(
        _ inputs: [String], renderer: any MapRenderer = EchoRenderer(),
        _ configure: (inout AnalysisSettings) -> Void = { _ in }
    ) throws
        -> (AnalyzePipeline.Outcome, RecordingProgress, URL)
    {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-\(UUID().uuidString)")
        var settings = AnalysisSettings()
        settings.inputs = inputs
        settings.out = out.path
        configure(&settings)
        let progress = RecordingProgress()
        return (try AnalyzePipeline.run(settings, renderer: renderer, progress: progress), progress, out)
    }

    static func checkExact(_ progress: RecordingProgress, planned: Int) {
        #expect(progress.events.map(\.index) == Array(1...planned), "\(progress.events.map(\.step))")
        #expect(progress.events.allSatisfy { $0.total == planned }, "the total never changes")
    }

    @Test("progress is exact from the first line: every network built (small fixture)")
    func progressAllBuilt() throws {
        let (outcome, progress, out) = try Self.run([smallFixture])
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(outcome.analysis.networks.count == 5)
        Self.checkExact(progress, planned: 22)
        #expect(progress.events.filter { $0.kind == "skip" }.isEmpty)
        #expect(progress.events.last?.step == "write reports")
    }

    @Test("progress is exact when networks are skipped (the seeds have no references)")
    func progressSkipped() throws {
        let seeds = repositoryRoot.appendingPathComponent("seeds").path
        let (outcome, progress, out) = try Self.run([seeds])
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(outcome.analysis.networks.map(\.kind) == [.coauthorship, .topics])
        Self.checkExact(progress, planned: 22)
        #expect(progress.events.filter { $0.kind == "skip" }.count == 9)
        #expect(progress.events.filter { $0.kind == "skip" }.map(\.step).contains("draw coupling"))
    }

    @Test(
        "the plan counts each selection",
        arguments: [
            ([NetworkFamily.coauthorship], 8), ([.topics], 9), ([.citations], 15), ([.coauthorship, .topics], 12),
        ])
    func plan(_ networks: [NetworkFamily], _ steps: Int) throws {
        var settings = AnalysisSettings()
        settings.networks = networks
        #expect(AnalyzePlan.stepCount(settings) == steps)
        let (_, progress, out) = try Self.run([smallFixture]) { $0.networks = networks }
        defer { try? FileManager.default.removeItem(at: out) }
        Self.checkExact(progress, planned: steps)
    }

    @Test("a map that cannot be drawn is reported; every other file is still written")
    func drawingFailure() throws {
        let (outcome, _, out) = try Self.run([smallFixture], renderer: FailingRenderer()) {
            $0.networks = [.coauthorship]
        }
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(outcome.drawingFailures == ["cannot draw the coauthorship map: layout failed"])
        let names = outcome.written.map(\.name)
        #expect(names.contains("coauthorship.graphml") && names.contains("report.html"))
        #expect(!names.contains("coauthorship.svg"))
        #expect(names.last == "manifest.json")
    }

    @Test("an output folder that cannot be made fails the run with its path")
    func unwritable() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-file-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var settings = AnalysisSettings()
        settings.inputs = [smallFixture]
        settings.networks = [.coauthorship]
        settings.out = file.path + "/out"
        #expect {
            _ = try AnalyzePipeline.run(settings, renderer: EchoRenderer(), progress: nil)
        } throws: { error in
            "\(error)".hasPrefix("cannot write to \(file.path)/out: ")
        }
    }

    @Test("maps carry their node ids; the report's viewer data holds exactly those nodes, in that order")
    func nodeIDs() throws {
        let (outcome, _, out) = try Self.run([smallFixture]) { $0.maxDrawnNodes = 5 }
        defer { try? FileManager.default.removeItem(at: out) }
        for drawing in outcome.drawings {
            let inDOT = drawing.dot.split(separator: "\n").compactMap { line -> Int? in
                guard line.hasPrefix("  n"), !line.contains(" -- "), !line.contains(" -> ") else { return nil }
                return Int(line.dropFirst(3).prefix { $0.isNumber })
            }
            #expect(drawing.nodeIDs == inDOT, "\(drawing.kind)")
            #expect(drawing.nodeIDs.count == 5)
        }
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        let co = try #require(outcome.drawings.first { $0.kind == .coauthorship })
        let net = try #require(outcome.analysis.network(.coauthorship))
        let nodes = try #require(try ViewerDataTests.block(html, "coauthorship")["nodes"] as? [String: Any])
        #expect(nodes["label"] as? [String] == co.nodeIDs.map { net.labels[$0] })
    }

    @Test("the manifest records the renderer and the settings under their TOML names")
    func manifest() throws {
        let (_, _, out) = try Self.run([smallFixture]) { $0.networks = [.coauthorship] }
        defer { try? FileManager.default.removeItem(at: out) }
        let data = try Data(contentsOf: out.appendingPathComponent("manifest.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let tool = try #require(object["tool"] as? [String: Any])
        #expect(tool["echo"] as? String == "1")
        let settings = try #require(object["settings"] as? [String: Any])
        #expect(settings["min-papers"] as? Int == 1)
        #expect(settings["networks"] as? [String] == ["coauthorship"])
        var back = AnalysisSettings()
        try AnalysisSettings.read(configAt: out.appendingPathComponent("manifest.json").path, into: &back)
        #expect(back.networks == [.coauthorship] && back.out == out.path && back.inputs == [smallFixture])
    }
}
