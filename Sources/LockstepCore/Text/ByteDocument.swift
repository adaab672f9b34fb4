/// A parser that reads a document's bytes front to back and reports 1-based positions in lines
/// and Unicode scalars: the TOML and JSON parsers share this bookkeeping.
protocol ByteDocument {
    var bytes: [UInt8] { get }
    /// The current line and the offset where it starts (the parser advances both at each LF).
    var line: Int { get }
    var lineStart: Int { get }
    /// Where the last column was computed, so positions along one line cost linear time.
    var columnCacheIndex: Int { get set }
    var columnCacheValue: Int { get set }
}

extension ByteDocument {
    /// The line and column (in Unicode scalars) of byte `target`.
    mutating func position(at target: Int) -> Position {
        guard target >= lineStart else { return slowPosition(of: target, in: bytes) }
        if columnCacheIndex < lineStart || columnCacheIndex > target {
            columnCacheIndex = lineStart
            columnCacheValue = 1
        }
        var column = columnCacheValue
        var cursor = columnCacheIndex
        while cursor < target {
            // Every byte but a UTF-8 continuation byte starts a scalar.
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        columnCacheIndex = target
        columnCacheValue = column
        return Position(line: line, column: column)
    }
}

/// Position of any byte, counted from the start, a leading byte order mark skipped (error paths only).
func slowPosition(of target: Int, in bytes: [UInt8]) -> Position {
    var line = 1
    var column = 1
    var cursor = bytes.starts(with: [0xEF, 0xBB, 0xBF]) && target >= 3 ? 3 : 0
    while cursor < target, cursor < bytes.count {
        if bytes[cursor] == 0x0A {
            line += 1
            column = 1
        } else if bytes[cursor] & 0xC0 != 0x80 {
            column += 1
        }
        cursor += 1
    }
    return Position(line: line, column: column)
}

/// The length of the well-formed UTF-8 sequence starting at `start`, nil when the bytes there
/// are not one (overlong forms, encoded surrogates, values above U+10FFFF, stray continuation
/// bytes and truncated sequences are all malformed): the Unicode "well-formed UTF-8 byte
/// sequences" table, where the second byte's range depends on the lead.
func wellFormedUTF8Length<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at start: Int) -> Int? where Bytes.Index == Int {
    let lead = bytes[start]
    if lead < 0x80 { return 1 }
    var trailing: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: trailing = 1
    case 0xE0: trailing = 2; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: trailing = 2
    case 0xED: trailing = 2; high = 0x9F
    case 0xF0: trailing = 3; low = 0x90
    case 0xF1...0xF3: trailing = 3
    case 0xF4: trailing = 3; high = 0x8F
    default: return nil
    }
    let length = trailing + 1
    var next = start + 1
    while trailing > 0 {
        guard next < bytes.endIndex else { return nil }
        let byte = bytes[next]
        guard byte >= low, byte <= high else { return nil }
        low = 0x80
        high = 0xBF
        next += 1
        trailing -= 1
    }
    return length
}
