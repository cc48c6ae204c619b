import Bibliography
import Foundation

/// `manifest.json`: tool and renderer (graphviz) versions, inputs with SHA-256 and size, every resolved setting
/// under its `citegraph.toml` name (so `--config manifest.json` reproduces the run), the seed, each step's wall
/// time, how each network's path measures were computed (exact, or sampled with the bound), and every output
/// file with its SHA-256.
public enum Manifest {
    public static func value(
        settings: AnalysisSettings, batch: InputReader.Batch, renderer: any MapRenderer,
        timings: [(step: String, seconds: Double)], outputs: [OutputFolder.Written], pathMeasures: JSONValue = .null,
        engine: JSONValue = .null
    ) -> JSONValue {
        var inputs: [JSONValue] = []
        for result in batch.results {
            // The byte count and checksum of the bytes the reader parsed (hashed as they were read).
            inputs.append(
                .object([
                    "path": .string(result.file), "bytes": .int(result.bytes), "sha256": .string(result.sha256),
                    "format": .string(result.format.rawValue), "records": .int(result.recordsRead),
                ]))
        }
        for error in batch.errors { inputs.append(.object(["error": .string(error.description)])) }
        let total = timings.reduce(0) { $0 + $1.seconds }
        var value: [String: JSONValue] = [
            "tool": .object([
                "name": .string("citegraph"), "version": .string(CiteGraphInfo.version),
                renderer.name: .string(renderer.version),
            ]),
            "inputs": .array(inputs),
            "settings": settings.json,
            "pathMeasures": pathMeasures,
            "seed": .int(Int(truncatingIfNeeded: settings.seed)),
            "steps": .array(
                timings.map {
                    .object(["step": .string($0.step), "seconds": .double(($0.seconds * 1e4).rounded() / 1e4)])
                }),
            "totalSeconds": .double((total * 1e4).rounded() / 1e4),
            "outputs": .array(
                outputs.map {
                    .object(["file": .string($0.name), "bytes": .int($0.bytes), "sha256": .string($0.sha256)])
                }),
        ]
        // The Spark engine's master, settings, versions and algorithm parameters (absent for the in-process one).
        if engine != .null { value["engine"] = engine }
        return .object(value)
    }

    /// Per network: exact or sampled, the predicted exact time and, when sampled, the samples and the bound.
    public static func pathMeasures(_ analysis: Analysis) -> JSONValue {
        .object(Dictionary(uniqueKeysWithValues: analysis.networks.map { ($0.name, PathReport.json($0.measures)) }))
    }
}
