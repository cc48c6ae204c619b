/// The bounds every read respects, so that no input can make a run take unbounded memory or time. Each bound is
/// far above what a real export needs and is reported with a clear message when an input crosses it.
public struct InputLimits: Sendable, Equatable {
    /// A file larger than this is not read (`InputError.tooLarge`). Reading takes a small multiple of the file
    /// size in memory (see README, "Limits"), so 1 GiB keeps a run within a few gigabytes.
    public var maxFileBytes: Int
    /// Once this many records have been read, the remaining files are not read (`InputError.recordLimit`).
    public var maxRecords: Int
    /// A record listing more authors keeps the first this many (the list is marked truncated, as after
    /// "et al.", with a warning). The longest author lists in print have about 5,000 names (the 2015 ATLAS/CMS
    /// Higgs mass paper: 5,154); every step is linear in the author slots, so the bound is 20 times that.
    public var maxAuthorsPerRecord: Int
    /// Bytes examined for NUL bytes before a file is read (the test `metrics` uses for graph files).
    public var binaryProbeBytes: Int

    public init(
        maxFileBytes: Int = 1 << 30, maxRecords: Int = 10_000_000, maxAuthorsPerRecord: Int = 100_000,
        binaryProbeBytes: Int = 1 << 16
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxRecords = maxRecords
        self.maxAuthorsPerRecord = maxAuthorsPerRecord
        self.binaryProbeBytes = binaryProbeBytes
    }

    /// The bounds of a normal run.
    public static let standard = InputLimits()
}
