// TOML 1.0 §String: basic, literal, multi-line basic and multi-line literal strings.
//
// Text without escapes is copied straight from the (already validated) input bytes; a
// buffer is only built once an escape or a newline to normalize turns up.

extension TOMLParser {
    /// `"..."`, with escapes; the cursor is on the opening quote. Not `materializing`: checked
    /// alike, but "" is returned instead of the text.
    mutating func parseBasicString(materializing: Bool = true) throws(TOMLError) -> String {
        index += 1
        var buffer: [UInt8] = []
        var usesBuffer = false
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case ASCII.quote:
                let text: String
                if !materializing {
                    text = ""
                } else if usesBuffer {
                    buffer.append(contentsOf: bytes[runStart..<index])
                    text = String(decoding: buffer, as: UTF8.self)
                } else {
                    text = String(decoding: bytes[runStart..<index], as: UTF8.self)
                }
                index += 1
                return text
            case ASCII.backslash:
                buffer.append(contentsOf: bytes[runStart..<index])
                usesBuffer = true
                try parseEscape(into: &buffer)
                runStart = index
            case ASCII.lf, ASCII.cr:
                throw error("unterminated string: a single-line string cannot span lines", at: index)
            default:
                if ASCII.isControl(byte) { throw controlCharacterError(at: index) }
                index += 1
            }
        }
        throw error("unterminated string: expected '\"' before the end of the file", at: index)
    }

    /// `'...'`: no escapes at all; the cursor is on the opening apostrophe.
    mutating func parseLiteralString(materializing: Bool = true) throws(TOMLError) -> String {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case ASCII.apostrophe:
                let text = materializing ? String(decoding: bytes[start..<index], as: UTF8.self) : ""
                index += 1
                return text
            case ASCII.lf, ASCII.cr:
                throw error("unterminated string: a single-line string cannot span lines", at: index)
            default:
                if ASCII.isControl(byte) { throw controlCharacterError(at: index) }
                index += 1
            }
        }
        throw error("unterminated string: expected \"'\" before the end of the file", at: index)
    }

    /// `"""..."""`; the cursor is on the first of the opening quotes.
    mutating func parseMultilineBasicString(materializing: Bool = true) throws(TOMLError) -> String {
        let text = try parseMultiline(delimiter: ASCII.quote)
        return materializing ? text : ""
    }

    /// `'''...'''`; the cursor is on the first of the opening apostrophes.
    mutating func parseMultilineLiteralString(materializing: Bool = true) throws(TOMLError) -> String {
        let text = try parseMultiline(delimiter: ASCII.apostrophe)
        return materializing ? text : ""
    }

    /// Both multi-line forms. Newlines (LF or CRLF) are kept as LF.
    private mutating func parseMultiline(delimiter: UInt8) throws(TOMLError) -> String {
        let escapes = delimiter == ASCII.quote
        index += 3
        // TOML 1.0 §String: "A newline immediately following the opening delimiter will be trimmed."
        _ = consumeNewline()
        var buffer: [UInt8] = []
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case delimiter:
                // TOML 1.0 §String: one or two delimiter characters may appear anywhere,
                // including right before the closing delimiter (`""""x"""""`): the first
                // three in a row close the string, and up to two more still belong to it.
                var run = 1
                while run < 5, index + run < bytes.count, bytes[index + run] == delimiter { run += 1 }
                if run < 3 {
                    index += run
                    continue
                }
                let kept = run - 3
                buffer.append(contentsOf: bytes[runStart..<(index + kept)])
                index += run
                return String(decoding: buffer, as: UTF8.self)
            case ASCII.backslash where escapes:
                buffer.append(contentsOf: bytes[runStart..<index])
                try parseMultilineEscape(into: &buffer)
                runStart = index
            case ASCII.lf:
                index += 1
                startLine()
            case ASCII.cr:
                guard index + 1 < bytes.count, bytes[index + 1] == ASCII.lf else {
                    throw error("a carriage return must be followed by a line feed", at: index)
                }
                buffer.append(contentsOf: bytes[runStart..<index])
                buffer.append(ASCII.lf)
                index += 2
                startLine()
                runStart = index
            default:
                if ASCII.isControl(byte) { throw controlCharacterError(at: index) }
                index += 1
            }
        }
        let closing = escapes ? "'\"\"\"'" : "\"'''\""
        throw error("unterminated multi-line string: expected \(closing) before the end of the file", at: index)
    }

    /// An escape in a multi-line basic string, which may also be a line-ending backslash.
    private mutating func parseMultilineEscape(into buffer: inout [UInt8]) throws(TOMLError) {
        // TOML 1.0 §String: "When the last non-whitespace character on a line is an
        // unescaped \, it will be trimmed along with all whitespace (including newlines) up
        // to the next non-whitespace character or closing delimiter."
        var after = index + 1
        while after < bytes.count, bytes[after] == ASCII.space || bytes[after] == ASCII.tab { after += 1 }
        let atLineEnd =
            after < bytes.count
            && (bytes[after] == ASCII.lf
                || (bytes[after] == ASCII.cr && after + 1 < bytes.count && bytes[after + 1] == ASCII.lf))
        if atLineEnd {
            index = after
            while consumeNewline() { skipWhitespace() }
            return
        }
        if after > index + 1 {
            throw error(
                "a line-ending backslash must be followed only by whitespace up to the end of the line, "
                    + "found \(describeCharacter(at: after))",
                at: after)
        }
        try parseEscape(into: &buffer)
    }

    /// `\b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX` (TOML 1.0 §String: all other escapes are
    /// reserved and must be rejected). The cursor is on the backslash.
    mutating func parseEscape(into buffer: inout [UInt8]) throws(TOMLError) {
        let start = index
        index += 1
        guard index < bytes.count else {
            throw error("unterminated string: expected an escape after '\\'", at: index)
        }
        let code = bytes[index]
        index += 1
        switch code {
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case ASCII.quote: buffer.append(ASCII.quote)
        case ASCII.backslash: buffer.append(ASCII.backslash)
        case UInt8(ascii: "u"): try parseUnicodeEscape(digits: 4, start: start, into: &buffer)
        case UInt8(ascii: "U"): try parseUnicodeEscape(digits: 8, start: start, into: &buffer)
        default:
            if code > 0x20 && code < 0x7F {
                throw error("invalid escape \\\(Character(Unicode.Scalar(code)))", at: start)
            }
            throw error("invalid escape: '\\' followed by \(describeCharacter(at: start + 1))", at: start)
        }
    }

    /// The hexadecimal digits of `\u` (4) or `\U` (8); they must name a Unicode scalar value
    /// (not a surrogate, not above U+10FFFF).
    private mutating func parseUnicodeEscape(
        digits: Int, start: Int, into buffer: inout [UInt8]
    ) throws(TOMLError) {
        let letter = digits == 4 ? "u" : "U"
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard index < bytes.count, let digit = Self.hexValue(bytes[index]) else {
                throw error("\\\(letter) escape needs exactly \(digits) hexadecimal digits", at: start)
            }
            value = value << 4 | digit
            index += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            let written = String(decoding: bytes[start..<index], as: UTF8.self)
            throw error("\(written) is not a unicode scalar value (surrogates and values above 10FFFF are not allowed)", at: start)
        }
        buffer.append(contentsOf: scalar.utf8)
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case ASCII.zero...ASCII.nine: UInt32(byte - ASCII.zero)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    mutating func controlCharacterError(at target: Int) -> TOMLError {
        error(
            "control character \(Self.scalarName(UInt32(bytes[target]))) is not allowed in a string (use an escape)",
            at: target)
    }
}
