// A fast path for the plain shape cargo writes Cargo.lock in: ASCII lines of comments, bare
// `key = value` pairs (a basic string without escapes, a decimal integer, or an array of such
// strings) and `[[name]]` headers of one array of tables.
//
// A hook reads a 180 KB Cargo.lock at every release commit for one entry's version; the full
// parser spends ~120 instructions a byte on it, this loop a few. It gives up (nil) at the
// first byte outside that shape, and the full parser then reads the document from the start:
// errors, and every other document, are read exactly as before. What it returns is what
// `TOML.parse(_:keepingValuesOf:)` returns (TOMLPlainTests compares the two).

extension TOML {
    /// The table `parse(bytes, keepingValuesOf: keys)` gives, when the document has the plain shape; nil otherwise.
    static func parsePlain(_ bytes: [UInt8], keepingValuesOf keys: Set<String>) -> TOMLTable? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = PlainTOMLReader(bytes: buffer, kept: keys.map { Array($0.utf8) })
            return reader.document()
        }
    }
}

private struct PlainTOMLReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The keys whose strings are kept, as bytes.
    let kept: [[UInt8]]
    var index = 0
    var line = 1
    var lineStart = 0

    init(bytes: UnsafeBufferPointer<UInt8>, kept: [[UInt8]]) {
        self.bytes = bytes
        self.kept = kept
    }

    /// Every byte is ASCII (anything else gives up), so a column is a byte offset.
    private func position(_ offset: Int) -> Position {
        Position(line: line, column: offset - lineStart + 1)
    }

    mutating func document() -> TOMLTable? {
        var root: [TOMLEntry] = []
        // The array of tables, once its first header is read.
        var arrayName: String?
        var arrayKeyPosition = Position(line: 1, column: 1)
        var arrayPosition = Position(line: 1, column: 1)
        var tables: [TOMLNode] = []
        // The table being filled after a header (nil: the root), and where its header is.
        var current: [TOMLEntry]?
        var currentPosition = Position(line: 1, column: 1)
        while true {
            skipWhitespace()
            guard index < bytes.count else { break }
            if consumeNewline() { continue }
            let byte = bytes[index]
            if byte == ASCII.hash {
                guard skipComment() else { return nil }
                continue
            }
            if byte == ASCII.leftBracket {
                let headerPosition = position(index)
                guard index + 1 < bytes.count, bytes[index + 1] == ASCII.leftBracket else { return nil }
                index += 2
                let keyPosition = position(index)
                guard let name = bareKey(), index + 1 < bytes.count, bytes[index] == ASCII.rightBracket,
                      bytes[index + 1] == ASCII.rightBracket else { return nil }
                index += 2
                if let entries = current {
                    tables.append(TOMLNode(.table(TOMLTable(entries: entries)), at: currentPosition))
                }
                if let arrayName {
                    guard name == arrayName else { return nil }
                } else {
                    guard !root.contains(where: { $0.key == name }) else { return nil }
                    arrayName = name
                    arrayKeyPosition = keyPosition
                    arrayPosition = headerPosition
                }
                // A lock file's entries have four or five keys: room for them up front.
                current = []
                current!.reserveCapacity(8)
                currentPosition = headerPosition
            } else {
                let keyPosition = position(index)
                let keyStart = index
                guard let key = bareKey() else { return nil }
                let keeps = kept.contains { $0.elementsEqual(bytes[keyStart..<index]) }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == ASCII.equals else { return nil }
                index += 1
                skipWhitespace()
                guard let node = value(keeping: keeps) else { return nil }
                let entry = TOMLEntry(key: key, keyPosition: keyPosition, node: node)
                if current != nil {
                    guard !current!.contains(where: { $0.key == key }) else { return nil }
                    current!.append(entry)
                } else {
                    guard !root.contains(where: { $0.key == key }) else { return nil }
                    root.append(entry)
                }
            }
            guard lineEnds() else { return nil }
        }
        if let entries = current {
            tables.append(TOMLNode(.table(TOMLTable(entries: entries)), at: currentPosition))
        }
        if let arrayName {
            root.append(TOMLEntry(key: arrayName, keyPosition: arrayKeyPosition, node: TOMLNode(.array(tables), at: arrayPosition)))
        }
        return TOMLTable(entries: root)
    }

    /// A bare key, and nothing that would make it dotted.
    private mutating func bareKey() -> String? {
        let start = index
        while index < bytes.count, ASCII.isBareKey(bytes[index]) { index += 1 }
        guard index > start else { return nil }
        var after = index
        while after < bytes.count, bytes[after] == ASCII.space || bytes[after] == ASCII.tab { after += 1 }
        if after < bytes.count, bytes[after] == ASCII.dot { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private mutating func value(keeping: Bool) -> TOMLNode? {
        guard index < bytes.count else { return nil }
        let start = position(index)
        switch bytes[index] {
        case ASCII.quote:
            return string(keeping: keeping).map { TOMLNode(.string($0), at: start) }
        case ASCII.leftBracket:
            index += 1
            var elements: [TOMLNode] = []
            while true {
                guard skipArraySpace(), index < bytes.count else { return nil }
                if bytes[index] == ASCII.rightBracket {
                    index += 1
                    return TOMLNode(.array(elements), at: start)
                }
                let elementStart = position(index)
                guard bytes[index] == ASCII.quote, let text = string(keeping: keeping) else { return nil }
                if keeping { elements.append(TOMLNode(.string(text), at: elementStart)) }
                guard skipArraySpace(), index < bytes.count else { return nil }
                if bytes[index] == ASCII.comma {
                    index += 1
                } else if bytes[index] != ASCII.rightBracket {
                    return nil
                }
            }
        case ASCII.zero...ASCII.nine:
            let first = index
            while index < bytes.count, ASCII.isDigit(bytes[index]) { index += 1 }
            let digits = index - first
            guard digits <= 18, bytes[first] != ASCII.zero || digits == 1 else { return nil }
            // Whatever follows must end the value (`1_000`, `0x1`, `1.5`, `1e3` are the full parser's).
            if index < bytes.count, ![ASCII.space, ASCII.tab, ASCII.hash, ASCII.lf, ASCII.cr].contains(bytes[index]) { return nil }
            var number: Int64 = 0
            for digit in bytes[first..<index] { number = number * 10 + Int64(digit - ASCII.zero) }
            return TOMLNode(.integer(number), at: start)
        default:
            return nil
        }
    }

    /// `"text"` without escapes or control characters; "" when not kept, as the full parser gives.
    private mutating func string(keeping: Bool) -> String? {
        // `"""` opens a multi-line string.
        if index + 2 < bytes.count, bytes[index + 1] == ASCII.quote, bytes[index + 2] == ASCII.quote { return nil }
        let start = index + 1
        var at = start
        guard let base = bytes.baseAddress else { return nil }
        while at < bytes.count {
            // Eight printable ASCII bytes at a time (none below 0x20, at or above 0x7F, a quote or a
            // backslash: each test is exact for the whole word); anything else, byte by byte.
            // Byte 0 lowest, so the lowest flag is the first byte to look at (each test flags
            // falsely only above a byte it flags rightly).
            while at + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self))
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                let quotes = word ^ (ones &* UInt64(ASCII.quote)), backslashes = word ^ (ones &* UInt64(ASCII.backslash))
                let flagged = (word | ((word & ~highs) &+ ones) | ((word &- ones &* 0x20) & ~word)
                    | ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)) & highs
                guard flagged == 0 else {
                    at += flagged.trailingZeroBitCount >> 3
                    break
                }
                at += 8
            }
            guard at < bytes.count else { break }
            let byte = bytes[at]
            if byte > ASCII.quote, byte < ASCII.delete, byte != ASCII.backslash {
                at += 1
                continue
            }
            if byte == ASCII.quote {
                index = at + 1
                return keeping ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self) : ""
            }
            guard byte == ASCII.space || byte == 0x21 || byte == ASCII.tab else { return nil }
            at += 1
        }
        return nil
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == ASCII.space || bytes[index] == ASCII.tab { index += 1 }
    }

    private mutating func consumeNewline() -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] == ASCII.lf {
            index += 1
        } else if bytes[index] == ASCII.cr, index + 1 < bytes.count, bytes[index + 1] == ASCII.lf {
            index += 2
        } else {
            return false
        }
        line += 1
        lineStart = index
        return true
    }

    /// `# text` up to the end of the line: no control character, no byte beyond ASCII.
    private mutating func skipComment() -> Bool {
        index += 1
        while index < bytes.count, bytes[index] != ASCII.lf {
            let byte = bytes[index]
            if byte == ASCII.cr { return index + 1 < bytes.count && bytes[index + 1] == ASCII.lf }
            guard byte < ASCII.delete, byte >= ASCII.space || byte == ASCII.tab else { return false }
            index += 1
        }
        return true
    }

    /// Whitespace, a comment, then a newline or the end of the file.
    private mutating func lineEnds() -> Bool {
        skipWhitespace()
        if index < bytes.count, bytes[index] == ASCII.hash, !skipComment() { return false }
        return index >= bytes.count || consumeNewline()
    }

    /// Inside an array: whitespace, newlines and comments.
    private mutating func skipArraySpace() -> Bool {
        while true {
            skipWhitespace()
            guard index < bytes.count else { return true }
            if consumeNewline() { continue }
            if bytes[index] == ASCII.hash {
                guard skipComment() else { return false }
                continue
            }
            return true
        }
    }
}
