import Foundation

#if CITEGRAPH_FUZZ
    // Built by scripts/fuzz/build.sh with SanitizerCoverage and libFuzzer's driver (libclang_rt.fuzzer_no_main):
    // SwiftPM names this executable's entry point `citegraph_fuzz_main`, which starts libFuzzer on the target
    // named by CITEGRAPH_FUZZ_TARGET.

    /// The target libFuzzer's callback runs (set once, before the driver starts).
    nonisolated(unsafe) var selectedTarget = FuzzTarget.detect

    typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: FuzzCallback
    ) -> CInt

    @_cdecl("citegraph_fuzz_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        let name = ProcessInfo.processInfo.environment["CITEGRAPH_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: " ")
            FileHandle.standardError.write(Data("citegraph-fuzz: set CITEGRAPH_FUZZ_TARGET to one of: \(names)\n".utf8))
            return 64
        }
        selectedTarget = target
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments) { bytes, size in
            let data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
            selectedTarget.run(data)
            return 0
        }
    }
#else
    /// Without the fuzzing build this executable only says how to build and run it (`make fuzz`); it can still
    /// replay inputs: `citegraph-fuzz TARGET FILE…` runs the target on each file (what a regression test does).
    @main
    struct FuzzUsage {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
                let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: " ")
                print("usage: citegraph-fuzz TARGET FILE…  (targets: \(names)); `make fuzz` runs them under libFuzzer")
                exit(64)
            }
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("citegraph-fuzz: cannot read \(path)")
                    exit(1)
                }
                target.run(data)
                print("\(name) \(path): ok")
            }
        }
    }
#endif
