// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CiteGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "citegraph", targets: ["citegraph"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // The only C boundary: libgraphviz (libgvc + libcgraph), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Record model, input parsers, name normalization and resolution, deduplication.
        .target(name: "Bibliography"),
        // CSR graph storage and algorithms on integer node ids; knows nothing about papers.
        .target(name: "GraphAlgorithms"),
        // The only importer of CGraphviz: DOT text in, SVG/PNG/PDF bytes out.
        .target(name: "GraphvizRender", dependencies: ["CGraphviz"]),
        // Records → corpus → networks → measures → maps (DOT, rendered by an injected MapRenderer) → reports.
        // Builds and tests without libgraphviz.
        .target(name: "CiteGraph", dependencies: ["Bibliography", "GraphAlgorithms"]),
        // The MapRenderer the CLI injects: CiteGraph's map layouts and formats through GraphvizRender.
        .target(name: "GraphvizMaps", dependencies: ["CiteGraph", "GraphvizRender"]),
        // The command-line tool: options → library calls → exit code.
        .executableTarget(
            name: "citegraph",
            dependencies: [
                "CiteGraph", "Bibliography", "GraphAlgorithms", "GraphvizMaps",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark driver for `make bench` (times our projection and measures; see scripts/bench).
        .executableTarget(name: "citegraph-bench", dependencies: ["CiteGraph", "Bibliography", "GraphAlgorithms"]),
        // libFuzzer targets for every reader (`make fuzz`, scripts/fuzz); a replay tool in an ordinary build.
        .executableTarget(name: "citegraph-fuzz", dependencies: ["CiteGraph", "Bibliography", "GraphAlgorithms"]),
        .testTarget(
            name: "BibliographyTests",
            dependencies: ["Bibliography"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "GraphAlgorithmsTests", dependencies: ["GraphAlgorithms"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GraphvizRenderTests", dependencies: ["GraphvizRender"]),
        .testTarget(name: "CiteGraphTests", dependencies: ["CiteGraph", "Bibliography", "GraphAlgorithms"]),
        .testTarget(name: "GraphvizMapsTests", dependencies: ["GraphvizMaps", "CiteGraph"]),
        .testTarget(name: "CLITests", dependencies: ["citegraph", "citegraph-fuzz"], exclude: ["Fixtures", "Golden"]),
    ]
)
