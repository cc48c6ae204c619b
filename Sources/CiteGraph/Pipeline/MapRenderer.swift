import Foundation

/// Lays out and renders a map's DOT text. The command line hands the pipeline a graphviz renderer
/// (`GraphvizMaps`); the library itself never touches C, so it builds and tests without libgraphviz.
public protocol MapRenderer: Sendable {
    /// The renderer's name and version, recorded in the manifest (`"graphviz": "2.43.0"`).
    var name: String { get }
    var version: String { get }
    /// The image of `dot` laid out with `layout`, in `format`.
    func render(dot: String, layout: MapLayout, format: ImageFormat) throws -> Data
}
