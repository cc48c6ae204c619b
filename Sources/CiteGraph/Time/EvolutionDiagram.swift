import Foundation

/// The evolution of a network's communities across periods as a Sankey-like SVG drawn by CiteGraph: one column
/// per period, a bar per colored community (height ∝ members, labeled with its top members), and a band between
/// consecutive columns for each flow (`CommunityMatching`), its thickness ∝ shared members, its tooltip giving the
/// inclusion indices. Every text goes through `XMLText`; the output is a pure function of its input.
enum EvolutionDiagram {
    struct Column {
        let title: String
        /// Community id, size, label, color (largest first).
        let communities: [(id: Int, size: Int, label: String, color: String)]
    }

    static let columnWidth = 230.0
    static let barWidth = 14.0
    static let gap = 10.0
    static let plotHeight = 420.0
    static let top = 40.0

    static func svg(title: String, columns: [Column], flows: [[CommunityMatching.Flow]]) -> String {
        let e = XMLText.escape
        let totals = columns.map { c in Double(c.communities.map(\.size).reduce(0, +)) }
        let maxBars = Double(columns.map(\.communities.count).max() ?? 0)
        let unit = (plotHeight - gap * max(0, maxBars - 1)) / max(1, totals.max() ?? 1)
        let width = 20 + columnWidth * Double(max(1, columns.count))
        let height = top + plotHeight + 20
        var out =
            "<svg class=\"evolution\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(e(title))\"><title>\(e(title))</title>"
        let font = "font-family=\"DejaVu Sans, sans-serif\""
        // Each bar's top y and the running offsets where its outgoing/incoming bands attach.
        var barY: [[Int: Double]] = []
        for (i, column) in columns.enumerated() {
            var y = top
            var ys: [Int: Double] = [:]
            for c in column.communities {
                ys[c.id] = y
                y += Double(c.size) * unit + gap
            }
            barY.append(ys)
            let x = 10 + columnWidth * Double(i)
            out +=
                "<text x=\"\(n(x))\" y=\"20\" \(font) font-size=\"13\" font-weight=\"bold\">\(e(column.title))</text>"
        }
        out += bands(columns: columns, flows: flows, barY: barY, unit: unit)
        for (i, column) in columns.enumerated() {
            let x = 10 + columnWidth * Double(i)
            for c in column.communities {
                let y = barY[i][c.id]!
                let h = max(1, Double(c.size) * unit)
                out +=
                    "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(barWidth))\" height=\"\(n(h))\" fill=\"\(c.color)\"><title>\(e(column.title)) · community \(c.id) · \(c.size) members: \(e(c.label))</title></rect>"
                out +=
                    "<text x=\"\(n(x + barWidth + 4))\" y=\"\(n(y + min(h, 24) / 2 + 4))\" \(font) font-size=\"10\" fill=\"#222\">\(e(String(c.label.prefix(34))))</text>"
            }
        }
        return out + "</svg>"
    }

    static func bands(
        columns: [Column], flows: [[CommunityMatching.Flow]], barY: [[Int: Double]], unit: Double
    ) -> String {
        var out = ""
        for (i, stepFlows) in flows.enumerated() where i + 1 < columns.count {
            var outOffset: [Int: Double] = [:]
            var inOffset: [Int: Double] = [:]
            let x0 = 10 + columnWidth * Double(i) + barWidth
            let x1 = 10 + columnWidth * Double(i + 1)
            let mid = (x0 + x1) / 2
            for f in stepFlows {
                guard let ya = barY[i][f.from], let yb = barY[i + 1][f.to] else { continue }
                let t = max(1, Double(f.shared) * unit)
                let y0 = ya + (outOffset[f.from] ?? 0) + t / 2
                let y1 = yb + (inOffset[f.to] ?? 0) + t / 2
                outOffset[f.from, default: 0] += t
                inOffset[f.to, default: 0] += t
                let color = columns[i].communities.first { $0.id == f.from }?.color ?? Palette.other
                out +=
                    "<path d=\"M\(n(x0)),\(n(y0)) C\(n(mid)),\(n(y0)) \(n(mid)),\(n(y1)) \(n(x1)),\(n(y1))\" fill=\"none\" stroke=\"\(color)\" stroke-opacity=\"0.45\" stroke-width=\"\(n(t))\"><title>community \(f.from) → \(f.to): \(f.shared) shared, inclusion \(Report.format(f.inclusion, digits: 3)), weighted \(Report.format(f.weightedInclusion, digits: 3))</title></path>"
            }
        }
        return out
    }

    static func n(_ x: Double) -> String { String(format: "%.1f", x) }

    /// The diagram of network `kind` over the periods, nil when fewer than two periods have it.
    static func of(_ periods: PeriodAnalysis, kind: NetworkKind) -> String? {
        let slices = periods.slices.filter { $0.network(kind) != nil }
        guard slices.count >= 2 else { return nil }
        let columns = slices.map { slice -> Column in
            let net = slice.network(kind)!
            let colored = net.communities.prefix(Palette.colors.count).filter { $0.size >= 2 }
            return Column(
                title: slice.period.label,
                communities: colored.map { c in
                    let names = c.members.prefix(3).map { net.shortLabels[$0] }.joined(separator: ", ")
                    return (c.id, c.size, names, net.color(community: c.id))
                })
        }
        let flows = zip(slices, slices.dropFirst()).map { a, b in
            periods.comparisons.first { $0.kind == kind && $0.from == a.period && $0.to == b.period }?.flows ?? []
        }
        return svg(title: "\(kind.title): communities across periods", columns: columns, flows: flows)
    }
}
