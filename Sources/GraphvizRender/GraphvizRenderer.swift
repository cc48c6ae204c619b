import CGraphviz
import Foundation

/// Renders DOT text to SVG, PNG, PDF or laid-out DOT bytes with the graphviz C library.
///
/// This is the only Swift code in the package that calls the graphviz C API.
/// Each call creates its own graphviz context (`gvContext`, which loads the
/// layout and render plugins listed in graphviz's installed `config6a`),
/// and releases every C resource it acquired before returning or throwing.
///
/// Thread safety: graphviz keeps global, unsynchronized state (the DOT
/// lexer and parser, the error log, plugin tables), so every call into it is
/// serialized through one process-wide lock. Calling from many threads or
/// tasks at once is safe; the calls simply run one after another.
public enum GraphvizRenderer {
    /// Serializes every use of the graphviz C library in this process.
    private static let lock = NSLock()

    /// The version of the linked graphviz library, e.g. `"2.43.0"`.
    ///
    /// Read from `gvcVersion` on a short-lived context, which is freed again
    /// with `gvFreeContext`. Computed once, under the graphviz lock.
    public static var version: String { cachedVersion }

    private static let cachedVersion: String = lock.withLock {
        guard let gvc = gvContext() else { return "unknown" }
        defer { _ = gvFreeContext(gvc) }
        guard let raw = gvcVersion(gvc) else { return "unknown" }
        return String(cString: raw)
    }

    /// Parses `dot`, lays it out with `engine`, and returns the rendered bytes in `format`.
    ///
    /// - Parameters:
    ///   - dot: a complete DOT graph (`graph { … }` or `digraph { … }`); only
    ///     the first graph in the text is used.
    ///   - engine: the layout algorithm; `.sfdp` by default.
    ///   - format: the output format; `.svg` by default.
    /// - Returns: the rendered document, copied out of graphviz's buffer.
    /// - Throws: ``GraphvizError`` of kind `.parse` when the DOT text is
    ///   rejected (carrying graphviz's own message, such as
    ///   `syntax error in line 1 near '}'`), `.layout` when the layout fails,
    ///   or `.render` when rendering fails or the format's plugin is missing.
    ///
    /// Frees, on every path: the render buffer (`gvFreeRenderData`), the
    /// layout (`gvFreeLayout`), the parsed graph (`agclose`) and the context
    /// (`gvFreeContext`); graphviz's error-reporting level is restored too.
    ///
    /// Thread safety: safe to call concurrently; calls are serialized on a
    /// process-wide lock because graphviz's global state is not thread-safe.
    public static func render(
        dot: String,
        engine: LayoutEngine = .sfdp,
        format: RenderFormat = .svg
    ) throws -> Data {
        try render(dot: dot, engine: engine, formats: [format])[0]
    }

    /// Like ``render(dot:engine:format:)`` for several formats from one layout: the layout (the costly part) is
    /// computed once and every format draws the same positions. Returns the documents in the order of `formats`.
    public static func render(dot: String, engine: LayoutEngine = .sfdp, formats: [RenderFormat]) throws -> [Data] {
        try lock.withLock {
            return try renderHoldingLock(dot: dot, engine: engine, formats: formats)
        }
    }

    /// The body of ``render(dot:engine:formats:)``; the caller must hold `lock`.
    private static func renderHoldingLock(
        dot: String,
        engine: LayoutEngine,
        formats: [RenderFormat]
    ) throws -> [Data] {
        // AGMAX: log messages to graphviz's internal buffer (read back with
        // aglasterr) instead of printing them to stderr. agseterrf's callback
        // path is avoided on purpose: in graphviz 2.4x it reformats messages of
        // 1024 bytes or more from a consumed va_list into a stale buffer.
        let previousErrorLevel = agseterr(AGMAX)
        defer { _ = agseterr(previousErrorLevel) }

        guard let gvc = gvContext() else {
            throw GraphvizError(kind: .render, message: "could not create a graphviz context")
        }
        defer { _ = gvFreeContext(gvc) }

        _ = agreseterrors()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError(
                kind: .parse,
                message: lastGraphvizError(or: "no graph found in the DOT text")
            )
        }
        defer { _ = agclose(graph) }

        _ = agreseterrors()
        let layoutStatus = gvLayout(gvc, graph, engine.rawValue)
        // gvFreeLayout is a no-op on a graph that was never laid out and
        // cleans up a partial layout, so it is safe on the failure path too.
        defer { _ = gvFreeLayout(gvc, graph) }
        guard layoutStatus == 0 else {
            throw GraphvizError(
                kind: .layout,
                message: lastGraphvizError(or: "layout engine '\(engine.rawValue)' failed")
            )
        }

        return try formats.map { try renderLaidOut(gvc, graph, format: $0) }
    }

    /// Renders a laid-out graph in `format`; the caller holds `lock`.
    private static func renderLaidOut(
        _ gvc: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, format: RenderFormat
    ) throws -> Data {
        _ = agreseterrors()
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let renderStatus = gvRenderData(gvc, graph, format.rawValue, &buffer, &length)
        // On failure graphviz may still have allocated the buffer; free it either way.
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard renderStatus == 0, let buffer else {
            throw GraphvizError(
                kind: .render,
                message: lastGraphvizError(or: "rendering to '\(format.rawValue)' failed")
            )
        }
        let data = Data(bytes: buffer, count: Int(length))
        return format == .pdf ? PDFCreationDate.normalized(data) : data
    }

    /// Graphviz's most recent error-level message since the last
    /// `agreseterrors()`, or `fallback` when there is none. Caller holds `lock`.
    private static func lastGraphvizError(or fallback: String) -> String {
        guard agerrors() >= Int32(AGERR.rawValue), let raw = aglasterr() else {
            return fallback
        }
        defer { free(raw) }
        let text = String(cString: raw).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? fallback : text
    }
}
