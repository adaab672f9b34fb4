// RFC 8259 §7: strings, escapes and surrogate pairs; §8.1: UTF-8.
//
// Text without escapes is copied straight from the input bytes; a buffer is only built once
// an escape turns up. UTF-8 is checked here, as it is read: outside strings only ASCII is
// allowed anyway, so every other byte ends up in `unexpected`, which names it.

extension JSONParser {
    /// `"..."`; the cursor is on the opening quote. Not `materializing`: the string is checked
    /// the same way but its text is not made ("" is returned).
    mutating func parseString(materializing: Bool = true) throws(JSONError) -> String {
        let open = index
        index += 1
        var buffer: [UInt8] = []
        var usesBuffer = false
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.quote {
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
            } else if byte == ASCII.backslash {
                buffer.append(contentsOf: bytes[runStart..<index])
                usesBuffer = true
                try parseEscape(into: &buffer, open: open)
                runStart = index
            } else if byte < 0x20 {
                // §7: "All Unicode characters may be placed within the quotation marks,
                // except for [...] the control characters (U+0000 through U+001F)."
                throw error("control character \(Self.scalarName(UInt32(byte))) in string", at: index)
            } else if byte < 0x80 {
                index += 1
            } else {
                guard let length = utf8Length(at: index) else { throw invalidUTF8(at: index) }
                index += length
            }
        }
        throw error("unterminated string", at: open)
    }

    /// `\" \\ \/ \b \f \n \r \t \uXXXX`; the cursor is on the backslash.
    private mutating func parseEscape(into buffer: inout [UInt8], open: Int) throws(JSONError) {
        let start = index
        index += 1
        guard index < bytes.count else { throw error("unterminated string", at: open) }
        let code = bytes[index]
        index += 1
        switch code {
        case ASCII.quote: buffer.append(ASCII.quote)
        case ASCII.backslash: buffer.append(ASCII.backslash)
        case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(ASCII.lf)
        case UInt8(ascii: "r"): buffer.append(ASCII.cr)
        case UInt8(ascii: "t"): buffer.append(ASCII.tab)
        case UInt8(ascii: "u"):
            let scalar = try parseUnicodeEscape(start: start)
            buffer.append(contentsOf: scalar.utf8)
        default:
            if code > 0x20 && code < 0x7F {
                throw error("invalid escape \\\(Character(Unicode.Scalar(code)))", at: start)
            }
            index = start + 1
            if code >= 0x80, utf8Length(at: index) == nil { throw invalidUTF8(at: index) }
            throw error("invalid escape: '\\' followed by \(describeCharacter(at: start + 1))", at: start)
        }
    }

    /// The four hexadecimal digits after `\u` (the cursor is after the `u`), and the low
    /// surrogate's escape when they are a high surrogate (§7: characters outside the Basic
    /// Multilingual Plane are written as a UTF-16 surrogate pair). A surrogate that is not
    /// half of a pair does not name a character and is refused.
    private mutating func parseUnicodeEscape(start: Int) throws(JSONError) -> Unicode.Scalar {
        let first = try parseHexDigits(start: start)
        switch first {
        case 0xD800...0xDBFF:
            let second = index
            guard index + 1 < bytes.count, bytes[index] == ASCII.backslash, bytes[index + 1] == UInt8(ascii: "u")
            else { throw loneSurrogate(at: start) }
            index += 2
            let low = try parseHexDigits(start: second)
            guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(at: start) }
            let value = 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
            guard let scalar = Unicode.Scalar(value) else { throw loneSurrogate(at: start) }
            return scalar
        case 0xDC00...0xDFFF:
            throw loneSurrogate(at: start)
        default:
            guard let scalar = Unicode.Scalar(first) else { throw loneSurrogate(at: start) }
            return scalar
        }
    }

    /// Exactly four hexadecimal digits, either case; `start` is the escape's backslash.
    private mutating func parseHexDigits(start: Int) throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = Self.hexValue(bytes[index]) else {
                if index < bytes.count, bytes[index] >= 0x80, utf8Length(at: index) == nil {
                    throw invalidUTF8(at: index)
                }
                throw error(
                    "invalid \\u escape: expected 4 hexadecimal digits, found \(describeCharacter(at: index))",
                    at: start)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func loneSurrogate(at start: Int) -> JSONError {
        let written = String(decoding: bytes[start..<min(start + 6, bytes.count)], as: UTF8.self)
        return error("lone surrogate \(written) in string (not part of a surrogate pair)", at: start)
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case ASCII.zero...ASCII.nine: UInt32(byte - ASCII.zero)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    // MARK: UTF-8

    /// The length of the well-formed UTF-8 sequence at `start`, nil when malformed.
    func utf8Length(at start: Int) -> Int? { wellFormedUTF8Length(in: bytes, at: start) }

    mutating func invalidUTF8(at target: Int) -> JSONError {
        error("invalid utf-8 (byte \(Self.hex(bytes[target], digits: 2, prefix: "0x")))", at: target)
    }
}
