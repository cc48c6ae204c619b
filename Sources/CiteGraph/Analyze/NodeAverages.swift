/// Per-node averages over a node's papers: the average publication year (VOSviewer's overlay score) and the average
/// number of citations the papers received inside the corpus.
///
/// A paper without the value (no year) is left out of its node's average; a node none of whose papers has it gets
/// NaN (written `NaN` in GraphML/GEXF/CSV, `null` in JSON, grey on an overlay map) — a year is never invented.
enum NodeAverages {
    /// The mean of `value` over the papers of each of `nodes` nodes, skipping papers where it is nil.
    static func mean(nodes: Int, papersOf: (Int) -> [Int], value: (Int) -> Double?) -> [Double] {
        (0..<nodes).map { node in
            var sum = 0.0
            var count = 0
            for paper in papersOf(node) {
                guard let v = value(paper) else { continue }
                sum += v
                count += 1
            }
            return count > 0 ? sum / Double(count) : .nan
        }
    }
}
