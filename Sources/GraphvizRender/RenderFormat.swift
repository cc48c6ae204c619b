/// An output format that ``GraphvizRenderer`` can produce.
///
/// The raw value is the graphviz device name passed to `gvRenderData`.
public enum RenderFormat: String, CaseIterable, Sendable {
    /// Scalable Vector Graphics, from graphviz's core SVG renderer.
    case svg
    /// Portable Network Graphics, through the cairo plugin.
    case png
    /// Portable Document Format, through the cairo plugin.
    case pdf
    /// Laid-out DOT: the input graph annotated with positions (`pos`, `bb`, …).
    case dot
    /// graphviz's plain text layout: `node NAME X Y W H …` lines, in inches (https://graphviz.org/docs/outputs/plain/).
    case plain
}

/// A graphviz layout algorithm.
///
/// The raw value is the engine name passed to `gvLayout`.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Hierarchical layout for directed graphs.
    case dot
    /// Spring model (stress majorization).
    case neato
    /// Force-directed placement.
    case fdp
    /// Scalable multilevel force-directed placement, suited to large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout.
    case twopi
}
