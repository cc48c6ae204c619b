/// A file's lines joined with `\n` into one byte buffer, with the offset of each line's start, so that byte
/// offsets found by a scanner can be turned back into 1-based line numbers.
struct JoinedText {
    let bytes: [UInt8]
    /// Offset of the first byte of each line; `lineStarts[0] == 0`.
    let lineStarts: [Int]

    init(_ file: TextFile) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(file.lines.reduce(0) { $0 + $1.utf8.count + 1 })
        var starts: [Int] = []
        starts.reserveCapacity(file.lines.count)
        for (index, line) in file.lines.enumerated() {
            if index > 0 { bytes.append(0x0A) }
            starts.append(bytes.count)
            bytes.append(contentsOf: line.utf8)
        }
        if starts.isEmpty { starts = [0] }
        self.bytes = bytes
        self.lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The 1-based line holding byte `offset` (an offset at the end counts as the last line).
    func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The bytes of 1-based `line`, without its line break.
    func range(ofLine line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return start..<end
    }

    /// Up to `limit` bytes from `offset` to the end of its line, as text (for issue excerpts).
    func excerpt(at offset: Int, limit: Int = 120) -> String {
        let lineEnd = range(ofLine: line(of: offset)).upperBound
        let end = min(lineEnd, offset + limit * 4)
        guard offset < end else { return "" }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }
}
