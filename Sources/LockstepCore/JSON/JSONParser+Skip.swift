// A fast path for the values a selection skips: the 1,200 packages of a package-lock.json are
// checked by one tight loop over the bytes instead of value by value.
//
// It accepts only what the parser accepts (RFC 8259 with this parser's limits), and gives up on
// the first byte it is not sure of; the caller then reads the same value the ordinary way, so
// an error is found, worded and placed exactly as before.

extension JSONParser {
    /// Skips the array or object at the cursor, opened with `depth` containers already open.
    /// False, with nothing moved, when the plain loop cannot vouch for it.
    mutating func skipContainer(depth: Int) -> Bool {
        let start = index
        let found = bytes.withUnsafeBufferPointer { buffer in
            Self.containerEnd(in: buffer, from: start, depthLeft: JSON.maximumDepth - depth)
        }
        guard let found else { return false }
        index = found.end
        if let lastLineFeed = found.lastLineFeed {
            line += found.lineFeeds
            lineStart = lastLineFeed + 1
            columnCacheIndex = lineStart
            columnCacheValue = 1
        }
        return true
    }

    /// Where the container at `start` ends, and the line feeds inside it; nil when unsure.
    /// One loop with its state in locals: this runs over every byte of a lock file.
    private static func containerEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, depthLeft: Int)
        -> (end: Int, lineFeeds: Int, lastLineFeed: Int?)?
    {
        var index = start
        var lineFeeds = 0
        var lastLineFeed = -1
        // Open containers as bits, innermost lowest: 1 for an object. A lock file nests a few
        // levels; deeper than 64 is left to the parser.
        var open: UInt64 = 0
        var depth = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        // What the cursor is on: a value, an object key, or what follows a value.
        var expecting = Expecting.value
        while true {
            // Whitespace between tokens (mostly the indentation of the next line), eight spaces at a time.
            while index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 {
                index += 8
            }
            while index < count {
                let byte = bytes[index]
                if byte == ASCII.space || byte == ASCII.tab || byte == ASCII.cr {
                    index += 1
                } else if byte == ASCII.lf {
                    lineFeeds += 1
                    lastLineFeed = index
                    index += 1
                } else {
                    break
                }
            }
            guard index < count else { return nil }
            let byte = bytes[index]
            switch expecting {
            case .key:
                guard byte == ASCII.quote, skipString(bytes, &index) else { return nil }
                expecting = .colon
            case .colon:
                guard byte == ASCII.colon else { return nil }
                index += 1
                expecting = .value
            case .value:
                if byte == ASCII.leftBrace || byte == ASCII.leftBracket {
                    guard depth < min(depthLeft, 64) else { return nil }
                    open = open << 1 | (byte == ASCII.leftBrace ? 1 : 0)
                    depth += 1
                    index += 1
                    expecting = byte == ASCII.leftBrace ? .keyOrClose : .valueOrClose
                    continue
                }
                if byte == ASCII.quote {
                    guard skipString(bytes, &index) else { return nil }
                } else if byte == ASCII.minus || ASCII.isDigit(byte) {
                    guard skipNumber(bytes, &index) else { return nil }
                } else {
                    guard skipLiteral(bytes, &index) else { return nil }
                }
                expecting = .next
            case .keyOrClose, .valueOrClose:
                if byte == (expecting == .keyOrClose ? ASCII.rightBrace : ASCII.rightBracket) {
                    index += 1
                    open >>= 1
                    depth -= 1
                    if depth == 0 { return (index, lineFeeds, lastLineFeed < 0 ? nil : lastLineFeed) }
                    expecting = .next
                } else {
                    expecting = expecting == .keyOrClose ? .key : .value
                }
            case .next:
                guard depth > 0 else { return nil }
                let isObject = open & 1 == 1
                if byte == ASCII.comma {
                    index += 1
                    expecting = isObject ? .key : .value
                } else if byte == (isObject ? ASCII.rightBrace : ASCII.rightBracket) {
                    index += 1
                    open >>= 1
                    depth -= 1
                    if depth == 0 { return (index, lineFeeds, lastLineFeed < 0 ? nil : lastLineFeed) }
                } else {
                    return nil
                }
            }
        }
    }

    private enum Expecting { case value, key, colon, keyOrClose, valueOrClose, next }

    /// Skips the string at the cursor when it holds no escape and nothing the parser must judge;
    /// false, with nothing moved, otherwise. The bytes between its quotes are then a key's name.
    mutating func skipPlainString() -> Bool {
        var end = index
        let plain = bytes.withUnsafeBufferPointer { buffer in Self.skipString(buffer, &end) }
        guard plain, !bytes[index..<end].contains(ASCII.backslash) else { return false }
        index = end
        return true
    }

    /// A string with its quotes; false when it holds anything the parser must judge.
    private static func skipString(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Bool {
        var at = index + 1
        let count = bytes.count
        defer { index = at }
        guard let base = bytes.baseAddress else { return false }
        while at < count {
            // Eight plain bytes at a time: none at or above 0x80, below 0x20, a quote or a backslash
            // (the "has a byte less than n / equal to c" word tricks, exact for the whole word).
            // Byte 0 lowest, so the lowest flag is the first byte to look at: each test flags
            // falsely only above a byte it flags rightly.
            while at + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self))
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                let quotes = word ^ (ones &* UInt64(ASCII.quote)), backslashes = word ^ (ones &* UInt64(ASCII.backslash))
                let flagged = (word | ((word &- ones &* 0x20) & ~word)
                    | ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)) & highs
                guard flagged == 0 else {
                    at += flagged.trailingZeroBitCount >> 3
                    break
                }
                at += 8
            }
            guard at < count else { break }
            let byte = bytes[at]
            // The common case first: printable ASCII other than the quote and the backslash.
            if byte >= ASCII.space, byte < 0x80, byte != ASCII.quote, byte != ASCII.backslash {
                at += 1
            } else if byte == ASCII.quote {
                at += 1
                return true
            } else if byte == ASCII.backslash {
                guard at + 1 < count else { return false }
                switch bytes[at + 1] {
                case ASCII.quote, ASCII.backslash, UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    at += 2
                case UInt8(ascii: "u"):
                    // Surrogates need their pair checked: left to the parser.
                    guard at + 5 < count, let a = hexValue(bytes[at + 2]), let b = hexValue(bytes[at + 3]),
                          hexValue(bytes[at + 4]) != nil, hexValue(bytes[at + 5]) != nil,
                          (a << 4 | b) & 0xF8 != 0xD8 else { return false }
                    at += 6
                default:
                    return false
                }
            } else if byte < 0x20 {
                return false
            } else {
                guard let length = wellFormedUTF8Length(in: bytes, at: at) else { return false }
                at += length
            }
        }
        return false
    }

    private static func skipDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Bool {
        let first = index
        while index < bytes.count, ASCII.isDigit(bytes[index]) { index += 1 }
        return index > first
    }

    /// `[ minus ] int [ frac ] [ exp ]` (what follows is judged by the caller, as the parser does).
    private static func skipNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Bool {
        if bytes[index] == ASCII.minus { index += 1 }
        guard index < bytes.count else { return false }
        if bytes[index] == ASCII.zero {
            index += 1
            if index < bytes.count, ASCII.isDigit(bytes[index]) { return false }
        } else if !skipDigits(bytes, &index) {
            return false
        }
        if index < bytes.count, bytes[index] == ASCII.dot {
            index += 1
            guard skipDigits(bytes, &index) else { return false }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == ASCII.plus || bytes[index] == ASCII.minus { index += 1 }
            guard skipDigits(bytes, &index) else { return false }
        }
        return true
    }

    /// `true`, `false` or `null`, not followed by what the parser would read as part of the word.
    private static func skipLiteral(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Bool {
        for word in ["true", "false", "null"] where bytes.count - index >= word.utf8.count {
            guard word.utf8.elementsEqual(bytes[index..<(index + word.utf8.count)]) else { continue }
            let end = index + word.utf8.count
            if end < bytes.count, ASCII.isLetter(bytes[end]) || ASCII.isDigit(bytes[end]) || bytes[end] == ASCII.underscore {
                return false
            }
            index = end
            return true
        }
        return false
    }
}
