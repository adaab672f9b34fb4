/// One replacement in a file's bytes: `range` (byte offsets) becomes `replacement`. The release
/// edits are all of this kind, so every byte outside the ranges is kept as it was.
package struct ByteEdit: Sendable, Equatable {
    package var range: Range<Int>
    package var replacement: [UInt8]

    package init(_ range: Range<Int>, _ replacement: [UInt8]) {
        self.range = range
        self.replacement = replacement
    }

    /// `bytes` with `edits` applied; edits must not overlap (they are applied back to front).
    package static func apply(_ edits: [ByteEdit], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: edit.replacement)
        }
        return result
    }
}

/// Byte offsets of the positions the TOML and JSON parsers report (1-based line, column in
/// Unicode scalars, a leading byte order mark not counted).
package struct ByteLines: Sendable {
    package let bytes: [UInt8]
    /// The offset where each line starts, found only as far as asked: a lock file's version is
    /// near its top, and its 20,000 lines need not all be indexed.
    private var starts: [Int]
    /// How far the bytes have been searched for line feeds.
    private var scanned = 0

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
    }

    /// Finds line starts until there are `count` of them, or the file ends.
    private mutating func reach(_ count: Int) {
        guard starts.count < count, scanned < bytes.count else { return }
        var index = scanned
        bytes.withUnsafeBufferPointer { buffer in
            while index < buffer.count, starts.count < count {
                if buffer[index] == 0x0A { starts.append(index + 1) }
                index += 1
            }
        }
        scanned = index
    }

    /// The offset of `position`, nil past the end.
    package mutating func offset(of position: Position) -> Int? {
        reach(position.line)
        guard position.line >= 1, position.line <= starts.count else { return nil }
        var cursor = starts[position.line - 1]
        var column = 1
        while column < position.column {
            guard cursor < bytes.count, bytes[cursor] != 0x0A else { return nil }
            cursor += 1
            // Every byte but a UTF-8 continuation byte starts a scalar.
            while cursor < bytes.count, bytes[cursor] & 0xC0 == 0x80 { cursor += 1 }
            column += 1
        }
        return cursor
    }

    /// The offset of the `characters`-th character (0-based) of line `line`, as `String` counts them.
    package mutating func offset(line: Int, characters: Int) -> Int? {
        reach(line + 1)
        guard line >= 1, line <= starts.count else { return nil }
        let start = starts[line - 1]
        let end = line < starts.count ? starts[line] : bytes.count
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        guard characters <= text.count else { return nil }
        return start + text.prefix(characters).utf8.count
    }

    /// The line ending the file uses: CRLF when its first line ends so, else LF.
    package mutating func lineEnding() -> [UInt8] {
        reach(2)
        guard starts.count > 1, starts[1] >= 2, bytes[starts[1] - 2] == 0x0D else { return [0x0A] }
        return [0x0D, 0x0A]
    }
}
