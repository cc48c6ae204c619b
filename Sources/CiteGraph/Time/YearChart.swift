import Foundation

/// A small bar chart of a count per year as an inline SVG (drawn by CiteGraph, no graphviz): one bar per year,
/// the first and last year under the axis, the largest value beside it, a `<title>` per bar with its numbers.
/// Every text goes through `XMLText`; the output is a pure function of its input.
enum YearChart {
    static let width = 360.0
    static let height = 120.0
    static let margin = (left: 34.0, right: 6.0, top: 8.0, bottom: 18.0)

    static func svg(title: String, points: [(year: Int, value: Int)], color: String = "#21918C") -> String {
        let e = XMLText.escape
        let plotW = width - margin.left - margin.right
        let plotH = height - margin.top - margin.bottom
        let top = max(1, points.map(\.value).max() ?? 1)
        let slot = points.isEmpty ? plotW : plotW / Double(points.count)
        var out =
            "<svg class=\"yearchart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(e(title))\">"
        out += "<title>\(e(title))</title>"
        let baseY = margin.top + plotH
        out +=
            "<line x1=\"\(n(margin.left))\" y1=\"\(n(baseY))\" x2=\"\(n(width - margin.right))\" y2=\"\(n(baseY))\" stroke=\"#888\" stroke-width=\"1\"/>"
        for (i, p) in points.enumerated() {
            let h = plotH * Double(p.value) / Double(top)
            let x = margin.left + Double(i) * slot + slot * 0.1
            out +=
                "<rect x=\"\(n(x))\" y=\"\(n(baseY - h))\" width=\"\(n(max(0.5, slot * 0.8)))\" height=\"\(n(h))\" fill=\"\(color)\"><title>\(p.year): \(p.value)</title></rect>"
        }
        let font = "font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\" fill=\"#444\""
        out += "<text x=\"\(n(margin.left - 4))\" y=\"\(n(margin.top + 8))\" text-anchor=\"end\" \(font)>\(top)</text>"
        out += "<text x=\"\(n(margin.left - 4))\" y=\"\(n(baseY))\" text-anchor=\"end\" \(font)>0</text>"
        if let first = points.first, let last = points.last {
            out += "<text x=\"\(n(margin.left))\" y=\"\(n(height - 4))\" \(font)>\(first.year)</text>"
            out +=
                "<text x=\"\(n(width - margin.right))\" y=\"\(n(height - 4))\" text-anchor=\"end\" \(font)>\(last.year)</text>"
        }
        return out + "</svg>"
    }

    static func n(_ x: Double) -> String { String(format: "%.1f", x) }
}
