import Foundation

/// Lays out and renders a map's DOT text. The command line hands the pipeline a graphviz renderer
/// (`GraphvizMaps`); the library itself never touches C, so it builds and tests without libgraphviz.
public protocol MapRenderer: Sendable {
    /// The renderer's name and version, recorded in the manifest (`"graphviz": "2.43.0"`).
    var name: String { get }
    var version: String { get }
    /// The image of `dot` laid out with `layout`, in `format`.
    func render(dot: String, layout: MapLayout, format: ImageFormat) throws -> Data
    /// Every format of one layout, and where the layout put each node (by DOT node name). The default renders each
    /// format on its own and knows no positions.
    func renderMap(dot: String, layout: MapLayout, formats: [ImageFormat]) throws -> RenderedMap
}

extension MapRenderer {
    public func renderMap(dot: String, layout: MapLayout, formats: [ImageFormat]) throws -> RenderedMap {
        var images: [ImageFormat: Data] = [:]
        for format in formats { images[format] = try render(dot: dot, layout: layout, format: format) }
        return RenderedMap(images: images, positions: [:])
    }
}

/// A point of a map's layout, in points (1/72 inch), y growing upwards as in graphviz.
public struct MapPoint: Sendable, Equatable {
    public let x: Double
    public let y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// What a renderer made of one map: the images by format and the node positions by DOT node name.
public struct RenderedMap: Sendable {
    public let images: [ImageFormat: Data]
    public let positions: [String: MapPoint]

    public init(images: [ImageFormat: Data], positions: [String: MapPoint]) {
        self.images = images
        self.positions = positions
    }
}
