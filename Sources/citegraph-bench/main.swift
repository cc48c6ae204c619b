// citegraph-bench: times CiteGraph's corpus projection and every measure on a gen_coauthor.py corpus, with op
// names matching ../shared/bench/bench.py so the driver (scripts/bench/run_bench.py) can print ratios against the
// peers measured in the same run. Output: one JSON object per op per line on stdout.
import Bibliography
import CiteGraph
import Foundation
import GraphAlgorithms

#if canImport(Glibc)
    import Glibc
#endif

struct Arguments {
    var data = ""
    var ops = [
        "build_tsv", "components", "degree", "wdegree", "pagerank", "eigenvector", "kcore", "clustering",
        "transitivity", "louvain", "leiden",
    ]
    var reps = 3
    var threads = 2

    init() {
        var args = CommandLine.arguments.dropFirst()
        while let a = args.popFirst() {
            switch a {
            case "--ops": ops = (args.popFirst() ?? "").split(separator: ",").map(String.init)
            case "--reps": reps = Int(args.popFirst() ?? "3") ?? 3
            case "--threads": threads = Int(args.popFirst() ?? "2") ?? 2
            default: data = a
            }
        }
        if data.isEmpty {
            FileHandle.standardError.write(
                Data("usage: citegraph-bench DATA_DIR [--ops a,b] [--reps N] [--threads N]\n".utf8))
            exit(64)
        }
    }
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func seconds(_ body: () -> Void) -> Double {
    let start = ContinuousClock.now
    body()
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

/// papers.tsv → corpus → co-authorship graph (full counting), as a user's `analyze` would do it.
func project(_ data: String) -> (CSRGraph, Corpus) {
    let file = try! TextFile.read(path: data + "/papers.tsv")
    let batch = InputReader.Batch(results: [TableRecordReader.read(file)], errors: [])
    let corpus = CorpusBuilder.build(batch, options: CorpusOptions(inferProfileOwner: false, mergeInitials: false))
    let network = CoauthorshipNetwork.build(corpus, options: CoauthorshipOptions(maxAuthorsPerPaper: 1_000_000))
    return (network.network.graph, corpus)
}

/// The projected graph, made once on first use.
final class GraphCache: @unchecked Sendable {
    let data: String
    lazy var graph: CSRGraph = project(data).0
    init(data: String) { self.data = data }
}

let args = Arguments()
let cache = GraphCache(data: args.data)
func g() -> CSRGraph { cache.graph }

for op in args.ops {
    var times: [Double] = []
    var result: [String: JSONValue] = [:]
    for _ in 0..<max(1, args.reps) {
        var sink: [String: JSONValue] = [:]
        let t: Double
        switch op {
        case "build_tsv":
            t = seconds {
                let (gr, c) = project(args.data)
                sink = ["n": .int(gr.nodeCount), "m": .int(gr.edgeCount), "papers": .int(c.papers.count)]
            }
        case "build_stages":
            var stage: [String: JSONValue] = [:]
            var file: TextFile?
            var result: ParseResult?
            var corpus: Corpus?
            t = seconds {
                stage["read"] = .double(seconds { file = try! TextFile.read(path: args.data + "/papers.tsv") })
                stage["parse"] = .double(seconds { result = TableRecordReader.read(file!) })
                stage["corpus"] = .double(
                    seconds {
                        corpus = CorpusBuilder.build(
                            InputReader.Batch(results: [result!], errors: []),
                            options: CorpusOptions(inferProfileOwner: false, mergeInitials: false))
                    })
                stage["project"] = .double(
                    seconds {
                        _ = CoauthorshipNetwork.build(
                            corpus!, options: CoauthorshipOptions(maxAuthorsPerPaper: 1_000_000))
                    })
            }
            sink = stage
        case "components":
            let gr = g()
            t = seconds { sink = ["ncomp": .int(Components(gr).count)] }
        case "degree":
            let gr = g()
            t = seconds { sink = ["maxdeg": .int((0..<gr.nodeCount).map(gr.degree).max() ?? 0)] }
        case "wdegree":
            let gr = g()
            t = seconds { sink = ["maxwdeg": .double(Degrees(gr).strength.max() ?? 0)] }
        case "pagerank":
            let gr = g()
            t = seconds {
                let r = PageRank.compute(gr, tolerance: 1e-10)
                sink = ["iterations": .int(r.iterations)]
            }
        case "eigenvector":
            let gr = g()
            t = seconds {
                let r = Eigenvector.compute(gr, tolerance: 1e-9)
                sink = ["iterations": .int(r.iterations), "converged": .bool(r.converged)]
            }
        case "kcore":
            let gr = g()
            t = seconds { sink = ["maxcore": .int(CoreNumber.coreness(gr).max() ?? 0)] }
        case "clustering":
            let gr = g()
            t = seconds {
                let c = Clustering(gr)
                sink = ["avg_local_cc": .double(c.coefficients.reduce(0, +) / Double(gr.nodeCount))]
            }
        case "transitivity":
            let gr = g()
            t = seconds { sink = ["transitivity": .double(Clustering(gr).transitivity)] }
        case "louvain":
            let gr = g()
            t = seconds {
                let p = Louvain.run(gr, seed: 1)
                sink = ["Q": .double(p.modularity), "ncomm": .int(p.count)]
            }
        case "leiden":
            let gr = g()
            t = seconds {
                let p = Leiden.run(gr, seed: 1, iterations: MeasureOptions.defaultLeidenIterations)
                sink = ["Q": .double(p.modularity), "ncomm": .int(p.count)]
            }
        case "leiden_stable":
            let gr = g()
            t = seconds {
                let p = Leiden.run(gr, seed: 1)
                sink = ["Q": .double(p.modularity), "ncomm": .int(p.count)]
            }
        case "betw":
            let gr = g()
            t = seconds { _ = Betweenness.exact(gr, weighted: false, threads: args.threads) }
        case "betw_w":
            let gr = g()
            t = seconds { _ = Betweenness.exact(gr, weighted: true, threads: args.threads) }
        case "closeness":
            let gr = g()
            t = seconds { _ = Closeness.closeness(gr, weighted: false, threads: args.threads) }
        case "harmonic":
            let gr = g()
            t = seconds { _ = Closeness.harmonic(gr, weighted: false, threads: args.threads) }
        case "closeness_w":
            let gr = g()
            t = seconds { _ = Closeness.closeness(gr, weighted: true, threads: args.threads) }
        case "betw_approx":
            let gr = g()
            t = seconds {
                let e = Betweenness.estimate(gr, weighted: false, epsilon: 0.01, delta: 0.1, seed: 1)
                sink = ["samples": .int(e.samples)]
            }
        default:
            FileHandle.standardError.write(Data("citegraph-bench: unknown op \(op)\n".utf8))
            t = .nan
        }
        times.append(t)
        result = sink
    }
    times.sort()
    let line = JSONValue.object([
        "lib": .string("citegraph"), "op": .string(op), "seconds": .double(times[times.count / 2]),
        "reps": .int(times.count), "threads": .int(args.threads), "result": .object(result),
        "peakRSSMB": .double((peakRSSMegabytes() * 10).rounded() / 10),
    ])
    FileHandle.standardOutput.write(Data((line.rendered() + "\n").utf8))
}
