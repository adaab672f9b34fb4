// Values: the dispatch on the first character, arrays and inline tables.

extension TOMLParser {
    /// A value at nesting level `depth` (a value of a top-level key is at level 1).
    mutating func parseValue(depth: Int) throws(TOMLError) -> TOMLNode {
        let start = position(at: index)
        guard index < bytes.count else {
            throw error("expected a value, found end of file", at: index)
        }
        let value: TOMLValue
        switch bytes[index] {
        case ASCII.quote:
            if startsTriple(ASCII.quote) {
                value = .string(try parseMultilineBasicString(materializing: materializesStrings))
            } else {
                value = .string(try parseBasicString(materializing: materializesStrings))
            }
        case ASCII.apostrophe:
            if startsTriple(ASCII.apostrophe) {
                value = .string(try parseMultilineLiteralString(materializing: materializesStrings))
            } else {
                value = .string(try parseLiteralString(materializing: materializesStrings))
            }
        case ASCII.leftBracket:
            value = try parseArray(depth: depth)
        case ASCII.leftBrace:
            value = try parseInlineTable(depth: depth)
        default:
            value = try parseBareValue()
        }
        return TOMLNode(value, at: start)
    }

    func startsTriple(_ delimiter: UInt8) -> Bool {
        index + 2 < bytes.count && bytes[index] == delimiter && bytes[index + 1] == delimiter
            && bytes[index + 2] == delimiter
    }

    // MARK: Arrays

    /// TOML 1.0 §Array: `[ v, v, ]` — values of any types (mixing is allowed in 1.0), a
    /// trailing comma, and newlines and comments between the brackets.
    mutating func parseArray(depth: Int) throws(TOMLError) -> TOMLValue {
        try checkDepth(depth)
        index += 1
        var elements: [TOMLNode] = []
        while true {
            try skipArraySpace()
            guard index < bytes.count else {
                throw error("unterminated array: expected ']' before the end of the file", at: index)
            }
            if bytes[index] == ASCII.rightBracket {
                index += 1
                return .array(elements)
            }
            let element = try parseValue(depth: depth + 1)
            // An array whose strings are not kept keeps no scalar either (its kind is what
            // later errors name); nested arrays and inline tables stay, for their shape.
            if materializesStrings || element.value.isContainer { elements.append(element) }
            try skipArraySpace()
            guard index < bytes.count else {
                throw error("unterminated array: expected ']' before the end of the file", at: index)
            }
            switch bytes[index] {
            case ASCII.comma:
                index += 1
            case ASCII.rightBracket:
                index += 1
                return .array(elements)
            default:
                throw error(
                    "expected ',' or ']' after an array element, found \(describeCharacter(at: index))", at: index)
            }
        }
    }

    /// Whitespace, newlines and comments, as allowed between array elements.
    private mutating func skipArraySpace() throws(TOMLError) {
        while true {
            skipWhitespace()
            if consumeNewline() { continue }
            if index < bytes.count, bytes[index] == ASCII.hash {
                try skipComment()
                continue
            }
            return
        }
    }

    // MARK: Inline tables

    /// TOML 1.0 §Inline Table: `{ k = v, k.k = v }` on one line, no trailing comma. The
    /// result is a complete value: nothing can be added to it afterwards.
    mutating func parseInlineTable(depth: Int) throws(TOMLError) -> TOMLValue {
        try checkDepth(depth)
        let table = TableBuilder(kind: .explicit, position: position(at: index), depth: depth)
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == ASCII.rightBrace {
            index += 1
            return .table(table.build())
        }
        while true {
            guard index < bytes.count else {
                throw error("unterminated inline table: expected '}' before the end of the file", at: index)
            }
            let byte = bytes[index]
            if byte == ASCII.rightBrace {
                throw error("a trailing comma is not allowed in an inline table", at: index)
            }
            if byte == ASCII.lf || byte == ASCII.cr {
                throw error("an inline table must be on a single line", at: index)
            }
            try parseKeyValue(into: table)
            skipWhitespace()
            guard index < bytes.count else {
                throw error("unterminated inline table: expected '}' before the end of the file", at: index)
            }
            switch bytes[index] {
            case ASCII.comma:
                index += 1
                skipWhitespace()
            case ASCII.rightBrace:
                index += 1
                return .table(table.build())
            case ASCII.lf, ASCII.cr:
                throw error("an inline table must be on a single line", at: index)
            default:
                throw error(
                    "expected ',' or '}' after an inline table entry, found \(describeCharacter(at: index))",
                    at: index)
            }
        }
    }

    private mutating func checkDepth(_ depth: Int) throws(TOMLError) {
        guard depth <= TOML.maximumDepth else {
            throw error("values are nested too deeply (more than \(TOML.maximumDepth) levels)", at: index)
        }
    }

    // MARK: Unquoted values

    /// Booleans, numbers, `inf`/`nan` and dates/times: read the run of characters those can
    /// be made of, then decide what it is.
    mutating func parseBareValue() throws(TOMLError) -> TOMLValue {
        let start = index
        var end = start
        while end < bytes.count, Self.isBareValueByte(bytes[end]) { end += 1 }
        guard end > start else {
            throw error("expected a value, found \(describeCharacter(at: index))", at: index)
        }
        // TOML 1.0 §Local Date-Time: the `T` may be a space ("1979-05-27 07:32:00"). Only
        // a date followed by a space and `HH:` continues into a time.
        if end - start == 10, Self.looksLikeDate(bytes, at: start), end + 3 < bytes.count,
            bytes[end] == ASCII.space, ASCII.isDigit(bytes[end + 1]), ASCII.isDigit(bytes[end + 2]),
            bytes[end + 3] == ASCII.colon
        {
            end += 1
            while end < bytes.count, Self.isBareValueByte(bytes[end]) { end += 1 }
        }
        let value: TOMLValue
        if matches(start, end, "true") {
            value = .boolean(true)
        } else if matches(start, end, "false") {
            value = .boolean(false)
        } else if Self.looksLikeDate(bytes, at: start) || Self.looksLikeTime(bytes, at: start, end: end) {
            value = try parseDateTime(start, end)
        } else if ASCII.isDigit(bytes[start]) || bytes[start] == ASCII.plus || bytes[start] == ASCII.minus
            || matches(start, end, "inf") || matches(start, end, "nan")
        {
            value = try parseNumber(start, end)
        } else {
            let hint = ASCII.isLetter(bytes[start]) ? " (strings must be quoted)" : ""
            throw error("invalid value \(excerpt(start, end))\(hint)", at: start)
        }
        index = end
        return value
    }

    static func isBareValueByte(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == ASCII.underscore || byte == ASCII.plus
            || byte == ASCII.minus || byte == ASCII.dot || byte == ASCII.colon
    }

    /// `DDDD-`: the start of a full date.
    static func looksLikeDate(_ bytes: [UInt8], at start: Int) -> Bool {
        start + 4 < bytes.count && ASCII.isDigit(bytes[start]) && ASCII.isDigit(bytes[start + 1])
            && ASCII.isDigit(bytes[start + 2]) && ASCII.isDigit(bytes[start + 3]) && bytes[start + 4] == ASCII.minus
    }

    /// `DD:`: the start of a local time.
    static func looksLikeTime(_ bytes: [UInt8], at start: Int, end: Int) -> Bool {
        start + 2 < end && ASCII.isDigit(bytes[start]) && ASCII.isDigit(bytes[start + 1])
            && bytes[start + 2] == ASCII.colon
    }

    /// Whether `bytes[start..<end]` is exactly `word` (ASCII).
    func matches(_ start: Int, _ end: Int, _ word: StaticString) -> Bool {
        guard end - start == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            var offset = 0
            while offset < expected.count {
                if bytes[start + offset] != expected[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    /// The text of `bytes[start..<end]` in quotes, shortened if long.
    func excerpt(_ start: Int, _ end: Int) -> String {
        let limit = 64
        let shown = String(decoding: bytes[start..<min(end, start + limit)], as: UTF8.self)
        return "\"" + shown + (end - start > limit ? "…" : "") + "\""
    }
}
