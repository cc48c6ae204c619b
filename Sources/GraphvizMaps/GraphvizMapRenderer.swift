import CiteGraph
import Foundation
import GraphvizRender

/// The `MapRenderer` the command line uses: libgraphviz through `GraphvizRender`. It lives in its own target so
/// that `CiteGraph` and its tests build without libgraphviz.
public struct GraphvizMapRenderer: MapRenderer {
    public init() {}

    public var name: String { "graphviz" }
    public var version: String { GraphvizRenderer.version }

    public func render(dot: String, layout: MapLayout, format: ImageFormat) throws -> Data {
        try GraphvizRenderer.render(dot: dot, engine: LayoutEngine(layout), format: RenderFormat(format))
    }

    /// One layout for every format, plus graphviz's `plain` output for the node positions.
    public func renderMap(dot: String, layout: MapLayout, formats: [ImageFormat]) throws -> RenderedMap {
        let documents = try GraphvizRenderer.render(
            dot: dot, engine: LayoutEngine(layout), formats: formats.map(RenderFormat.init) + [.plain])
        var images: [ImageFormat: Data] = [:]
        for (format, data) in zip(formats, documents) { images[format] = data }
        let plain = String(decoding: documents[formats.count], as: UTF8.self)
        return RenderedMap(images: images, positions: PlainLayout.positions(plain))
    }
}

extension LayoutEngine {
    /// Every map layout has a graphviz engine of the same name.
    init(_ layout: MapLayout) {
        switch layout {
        case .sfdp: self = .sfdp
        case .neato: self = .neato
        case .fdp: self = .fdp
        case .dot: self = .dot
        case .circo: self = .circo
        }
    }
}

extension RenderFormat {
    init(_ format: ImageFormat) {
        switch format {
        case .svg: self = .svg
        case .png: self = .png
        case .pdf: self = .pdf
        }
    }
}
