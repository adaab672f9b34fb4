/// A strict TOML 1.0.0 reader (https://toml.io/en/v1.0.0).
///
/// Works directly on the bytes of the document, in one pass and in linear time: no
/// Foundation, no `[Character]`, no recursion deeper than `maximumDepth`.
package enum TOML {
    /// How deeply arrays, inline tables and tables may nest before the document is refused.
    /// Keeps hostile input from exhausting the stack (here and in whoever walks the result).
    package static let maximumDepth = 128

    /// Parses a TOML 1.0 document. Input is raw bytes (a file as read from disk or git).
    package static func parse(_ bytes: [UInt8]) throws(TOMLError) -> TOMLTable {
        var parser = TOMLParser(bytes: bytes)
        return try parser.parseDocument()
    }

    /// Parses the document as `parse` does (same errors, same positions, same tables and keys),
    /// but the values of keys not named in `keys` are checked, not copied: their strings read as
    /// "" and their arrays hold no scalar (a Cargo.lock's checksums and dependency lists).
    package static func parse(_ bytes: [UInt8], keepingValuesOf keys: Set<String>) throws(TOMLError) -> TOMLTable {
        if let plain = parsePlain(bytes, keepingValuesOf: keys) { return plain }
        var parser = TOMLParser(bytes: bytes, keepingValuesOf: keys)
        return try parser.parseDocument()
    }

    /// Parses a TOML 1.0 document held in a string.
    package static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        try parse(Array(text.utf8))
    }
}

/// Byte values the grammar is written in.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22  // "
    static let hash: UInt8 = 0x23  // #
    static let apostrophe: UInt8 = 0x27  // '
    static let plus: UInt8 = 0x2B  // +
    static let comma: UInt8 = 0x2C  // ,
    static let minus: UInt8 = 0x2D  // -
    static let dot: UInt8 = 0x2E  // .
    static let zero: UInt8 = 0x30  // 0
    static let nine: UInt8 = 0x39  // 9
    static let colon: UInt8 = 0x3A  // :
    static let equals: UInt8 = 0x3D  // =
    static let leftBracket: UInt8 = 0x5B  // [
    static let backslash: UInt8 = 0x5C  // \
    static let rightBracket: UInt8 = 0x5D  // ]
    static let underscore: UInt8 = 0x5F  // _
    static let leftBrace: UInt8 = 0x7B  // {
    static let rightBrace: UInt8 = 0x7D  // }
    static let delete: UInt8 = 0x7F

    static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// TOML 1.0 §Keys: bare keys are `A-Za-z0-9_-`.
    static func isBareKey(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == underscore || byte == minus
    }

    /// TOML 1.0 §Comment, §String: control characters other than tab (U+0000–U+0008,
    /// U+000A–U+001F, U+007F) may not appear literally. Newlines are handled by the callers.
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != tab) || byte == delete
    }
}

/// The parsing state: a cursor over the bytes plus the line bookkeeping positions need.
struct TOMLParser: ByteDocument {
    let bytes: [UInt8]
    /// The next byte to read.
    var index = 0
    /// The current line (1-based) and the index of its first byte.
    var line = 1
    var lineStart = 0
    /// The last column computed on the current line, so that computing positions in
    /// increasing order along a line (the usual case) stays linear overall.
    var columnCacheIndex = 0
    var columnCacheValue = 1
    /// The keys whose string values are made; nil: every key's.
    let keptValues: Set<String>?
    /// Whether the value being read keeps its strings' text.
    var materializesStrings = true

    init(bytes: [UInt8], keepingValuesOf keys: Set<String>? = nil) {
        self.bytes = bytes
        keptValues = keys
    }

    // MARK: Document

    /// TOML 1.0 §Spec: a document is a sequence of lines, each empty, a comment, a
    /// `key = value`, or a `[table]` / `[[array]]` header, optionally followed by a comment.
    mutating func parseDocument() throws(TOMLError) -> TOMLTable {
        if let bad = Self.firstInvalidUTF8(in: bytes) {
            throw TOMLError(
                "invalid utf-8 (byte \(Self.hex(bytes[bad], digits: 2, prefix: "0x")))",
                at: slowPosition(of: bad, in: bytes))
        }
        // A UTF-8 byte order mark is not part of the document.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
            lineStart = 3
            columnCacheIndex = 3
        }
        let root = TableBuilder(kind: .explicit, position: Position(line: 1, column: 1), depth: 0)
        var current = root
        while true {
            skipWhitespace()
            guard index < bytes.count else { break }
            if consumeNewline() { continue }
            let byte = bytes[index]
            if byte == ASCII.hash {
                try skipComment()
            } else if byte == ASCII.leftBracket {
                current = try parseTableHeader(root: root)
                try expectLineEnd(after: "the table header")
            } else if ASCII.isBareKey(byte) || byte == ASCII.quote || byte == ASCII.apostrophe {
                try parseKeyValue(into: current)
                try expectLineEnd(after: "the value")
            } else {
                throw error(
                    "expected a key, a [table] header or a comment, found \(describeCharacter(at: index))",
                    at: index)
            }
        }
        return root.build()
    }

    /// After a key/value pair or a header only whitespace and a comment may follow on the line.
    mutating func expectLineEnd(after what: String) throws(TOMLError) {
        skipWhitespace()
        if index < bytes.count, bytes[index] == ASCII.hash {
            try skipComment()
        }
        guard index < bytes.count else { return }
        if consumeNewline() { return }
        throw error("expected the end of the line after \(what), found \(describeCharacter(at: index))", at: index)
    }

    // MARK: Whitespace, newlines and comments

    /// TOML 1.0 §Spec: whitespace is tab or space.
    mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == ASCII.space || bytes[index] == ASCII.tab {
            index += 1
        }
    }

    /// Consumes one newline (LF or CRLF) if there is one at the cursor.
    mutating func consumeNewline() -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] == ASCII.lf {
            index += 1
        } else if bytes[index] == ASCII.cr, index + 1 < bytes.count, bytes[index + 1] == ASCII.lf {
            index += 2
        } else {
            return false
        }
        startLine()
        return true
    }

    /// Records that the cursor is at the first byte of a new line.
    mutating func startLine() {
        line += 1
        lineStart = index
        columnCacheIndex = index
        columnCacheValue = 1
    }

    /// Skips a comment up to (not including) the end of its line. The cursor is on `#`.
    mutating func skipComment() throws(TOMLError) {
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.lf { return }
            if byte == ASCII.cr {
                if index + 1 < bytes.count, bytes[index + 1] == ASCII.lf { return }
                throw error("a carriage return must be followed by a line feed", at: index)
            }
            if ASCII.isControl(byte) {
                throw error("control character \(Self.scalarName(UInt32(byte))) is not allowed in a comment", at: index)
            }
            index += 1
        }
    }

    // MARK: Headers and key/value pairs

    /// `[key]` or `[[key]]`; returns the table the following key/value pairs go into.
    mutating func parseTableHeader(root: TableBuilder) throws(TOMLError) -> TableBuilder {
        let headerPosition = position(at: index)
        index += 1
        // TOML 1.0 §Array of Tables: `[[` and `]]` are single tokens (no space inside).
        let isArray = index < bytes.count && bytes[index] == ASCII.leftBracket
        if isArray { index += 1 }
        skipWhitespace()
        let keys = try parseKey()
        let closing = isArray ? "']]'" : "']'"
        guard index < bytes.count, bytes[index] == ASCII.rightBracket else {
            throw error("expected \(closing) after the table name, found \(describeCharacter(at: index))", at: index)
        }
        index += 1
        if isArray {
            guard index < bytes.count, bytes[index] == ASCII.rightBracket else {
                throw error("expected \(closing) after the table name, found \(describeCharacter(at: index))", at: index)
            }
            index += 1
            return try appendArrayTable(keys, headerPosition: headerPosition, root: root)
        }
        return try defineTable(keys, headerPosition: headerPosition, root: root)
    }

    /// `key = value` into `table` (the current section, or an inline table being read).
    mutating func parseKeyValue(into table: TableBuilder) throws(TOMLError) {
        let keys = try parseKey()
        guard index < bytes.count, bytes[index] == ASCII.equals else {
            throw error(
                "expected '=' after key \(Self.quoted(keys[...])), found \(describeCharacter(at: index))", at: index)
        }
        index += 1
        skipWhitespace()
        // Resolve the key before reading the value, so that errors come in document order.
        let parent = try resolveDottedKey(keys, in: table)
        let last = keys[keys.count - 1]
        if let existing = parent.slot(named: last.name) {
            throw TOMLError(
                "duplicate key \(Self.quoted(keys[...])) (first defined at line \(existing.slot.keyPosition.line))",
                at: last.position)
        }
        let outer = materializesStrings
        if let keptValues, !keptValues.contains(last.name) { materializesStrings = false }
        let node = try parseValue(depth: parent.depth + 1)
        materializesStrings = outer
        parent.append(key: last.name, at: last.position, item: .value(node))
    }

    /// A key, dotted or not: segments separated by `.` with optional whitespace around the
    /// dots (TOML 1.0 §Keys). Skips the whitespace that follows it.
    mutating func parseKey() throws(TOMLError) -> [KeySegment] {
        var segments: [KeySegment] = []
        while true {
            let start = index
            let segmentPosition = position(at: start)
            guard index < bytes.count else {
                throw error("expected a key, found end of file", at: index)
            }
            let name: String
            let byte = bytes[index]
            if byte == ASCII.quote || byte == ASCII.apostrophe {
                // TOML 1.0 §Keys: quoted keys follow the single-line string rules.
                if index + 2 < bytes.count, bytes[index + 1] == byte, bytes[index + 2] == byte {
                    throw error("a multi-line string cannot be used as a key", at: index)
                }
                if byte == ASCII.quote {
                    name = try parseBasicString()
                } else {
                    name = try parseLiteralString()
                }
            } else if ASCII.isBareKey(byte) {
                while index < bytes.count, ASCII.isBareKey(bytes[index]) { index += 1 }
                name = String(decoding: bytes[start..<index], as: UTF8.self)
            } else {
                throw error("expected a key, found \(describeCharacter(at: index))", at: index)
            }
            segments.append(KeySegment(name: name, position: segmentPosition))
            if segments.count > TOML.maximumDepth {
                throw TOMLError(
                    "key has too many parts (more than \(TOML.maximumDepth))", at: segmentPosition)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == ASCII.dot else { return segments }
            index += 1
            skipWhitespace()
        }
    }

    // MARK: Positions and errors

    mutating func error(_ message: String, at target: Int) -> TOMLError {
        TOMLError(message, at: position(at: target))
    }
}
