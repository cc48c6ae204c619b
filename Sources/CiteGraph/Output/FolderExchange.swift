import Foundation

/// Exchanges two folders atomically with Linux's `renameat2(RENAME_EXCHANGE)` (looked up at run time: the Swift
/// Glibc module does not export it).
enum FolderExchange {
    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32)
        -> Int32
    private static let renameExchange: UInt32 = 2  // RENAME_EXCHANGE in <linux/fs.h>

    private static let function: RenameAt2? = {
        guard ProcessInfo.processInfo.environment["CITEGRAPH_TEST_NO_EXCHANGE"] == nil,
            let symbol = dlsym(nil, "renameat2")
        else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// True when `a` and `b` were exchanged; false when the system or the file system cannot (the caller then
    /// renames).
    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let function else { return false }
        return function(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }
}
