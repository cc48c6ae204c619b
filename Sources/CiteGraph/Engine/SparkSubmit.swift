import Foundation

/// Runs `spark-submit` on the PySpark job (`spark/citegraph_job.py`) with a parameters file, capturing its output
/// into a log file, ending it after a timeout.
public struct SparkSubmit: Sendable {
    /// The `spark-submit` program and the job script.
    public let program: URL
    public let job: URL
    public let master: String
    /// `key=value` settings, the user's first, then defaults for local masters that the user did not set.
    public let conf: [String]

    /// Why the Spark job did not give results.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let message: String
        public var description: String { message }
    }

    /// Defaults for `local[...]` masters (a laptop or CI machine): few shuffle partitions, no adaptive re-planning
    /// (each of the job's many small iterations would pay for it), no web UI, a 4 GB driver.
    static let localDefaults = [
        "spark.sql.shuffle.partitions=4", "spark.sql.adaptive.enabled=false", "spark.ui.enabled=false",
        "spark.driver.memory=4g",
    ]

    /// Finds `spark-submit` and the job: `CITEGRAPH_SPARK_SUBMIT` / `CITEGRAPH_SPARK_JOB`, else `.venv-spark/bin/`
    /// and `spark/` in a folder above the executable or the working directory, else `spark-submit` on PATH.
    public init(master: String, conf: [String], environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(Failure)
    {
        let roots = Self.searchRoots()
        let submit =
            environment["CITEGRAPH_SPARK_SUBMIT"].map { URL(fileURLWithPath: $0) }
            ?? Self.find(".venv-spark/bin/spark-submit", under: roots)
            ?? Self.onPath("spark-submit", environment["PATH"] ?? "")
        guard let submit else {
            throw Failure(message: "spark-submit not found: run `make spark-deps` or set CITEGRAPH_SPARK_SUBMIT")
        }
        let job =
            environment["CITEGRAPH_SPARK_JOB"].map { URL(fileURLWithPath: $0) }
            ?? Self.find("spark/citegraph_job.py", under: roots)
        guard let job else {
            throw Failure(message: "spark/citegraph_job.py not found: set CITEGRAPH_SPARK_JOB to its path")
        }
        program = submit
        self.job = job
        self.master = master
        var settings = conf
        if master.hasPrefix("local") {
            let given = Set(conf.map { $0.split(separator: "=", maxSplits: 1)[0] })
            settings += Self.localDefaults.filter { !given.contains($0.split(separator: "=", maxSplits: 1)[0]) }
        }
        self.conf = settings
    }

    /// The command line, for the log and the error message.
    public func arguments(parameters: URL) -> [String] {
        ["--master", master] + conf.flatMap { ["--conf", $0] } + [job.path, parameters.path]
    }

    /// Runs the job; its output goes to `log`. Throws when it exits non-zero, is killed or outlives `timeout`.
    public func run(parameters: URL, log: URL, timeout: Double) throws(Failure) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments(parameters: parameters)
        var environment = ProcessInfo.processInfo.environment
        let python = program.deletingLastPathComponent().appendingPathComponent("python")
        if FileManager.default.isExecutableFile(atPath: python.path) {
            // A pip-installed pyspark: its scripts find Spark through the venv's python, first on PATH.
            let bin = program.deletingLastPathComponent().path
            environment["PATH"] = bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            if environment["PYSPARK_PYTHON"] == nil { environment["PYSPARK_PYTHON"] = python.path }
        }
        process.environment = environment
        do {
            FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            defer { try? handle.close() }
            process.standardOutput = handle
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            try process.run()
        } catch {
            throw Failure(message: "cannot start \(program.path): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(
                message: "the Spark job took more than \(Int(timeout)) s and was stopped; Spark's log: \(log.path)")
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let how = process.terminationReason == .exit ? "exited with status" : "was ended by signal"
            throw Failure(
                message:
                    "the Spark job failed (spark-submit \(how) \(process.terminationStatus)); Spark's log: \(log.path)")
        }
    }

    static func searchRoots() -> [URL] {
        var roots: [URL] = []
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            roots.append(dir)
            dir.deleteLastPathComponent()
        }
        roots.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return roots
    }

    static func find(_ relative: String, under roots: [URL]) -> URL? {
        roots.map { $0.appendingPathComponent(relative) }.first {
            FileManager.default.fileExists(atPath: $0.path)
        }
    }

    static func onPath(_ name: String, _ path: String) -> URL? {
        path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }
    }
}
