// RFC 8259 §6: numbers; §3: the literal names; and how characters are named in messages.

extension JSONParser {
    /// `number = [ minus ] int [ frac ] [ exp ]`, `int = zero / ( digit1-9 *DIGIT )`,
    /// `frac = "." 1*DIGIT`, `exp = ( "e" / "E" ) [ "-" / "+" ] 1*DIGIT`. The cursor is on
    /// the minus sign or the first digit. Whatever follows the number is left to the caller
    /// (`1x` fails there, as "expected ',' ...").
    mutating func parseNumber() throws(JSONError) -> JSONNumber {
        let start = index
        if bytes[index] == ASCII.minus {
            index += 1
            guard index < bytes.count, ASCII.isDigit(bytes[index]) else {
                throw unexpected(expected: "a digit after '-'")
            }
        }
        if bytes[index] == ASCII.zero {
            index += 1
            if index < bytes.count, ASCII.isDigit(bytes[index]) {
                throw error("leading zeros are not allowed in numbers", at: index - 1)
            }
        } else {
            skipDigits()
        }
        if index < bytes.count, bytes[index] == ASCII.dot {
            index += 1
            guard index < bytes.count, ASCII.isDigit(bytes[index]) else {
                throw unexpected(expected: "a digit after the decimal point")
            }
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == ASCII.plus || bytes[index] == ASCII.minus {
                index += 1
            }
            guard index < bytes.count, ASCII.isDigit(bytes[index]) else {
                throw unexpected(expected: "a digit in the exponent")
            }
            skipDigits()
        }
        return JSONNumber(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func skipDigits() {
        while index < bytes.count, ASCII.isDigit(bytes[index]) { index += 1 }
    }

    /// `true`, `false` or `null` (§3: "The literal names MUST be lowercase"). The cursor is
    /// on a letter; the whole word is read so that `nul`, `True` or `NaN` are named as such.
    mutating func parseLiteral() throws(JSONError) -> JSONValue {
        let start = index
        while index < bytes.count, ASCII.isLetter(bytes[index]) || ASCII.isDigit(bytes[index])
            || bytes[index] == ASCII.underscore
        {
            index += 1
        }
        let word = bytes[start..<index]
        if word.elementsEqual("true".utf8) { return .bool(true) }
        if word.elementsEqual("false".utf8) { return .bool(false) }
        if word.elementsEqual("null".utf8) { return .null }
        var shown = String(decoding: word.prefix(40), as: UTF8.self)
        if word.count > 40 { shown += "..." }
        let lowered = shown.lowercased()
        let hint =
            if lowered == "true" || lowered == "false" || lowered == "null" {
                " (literals are lower-case: '\(lowered)')"
            } else if lowered == "nan" || lowered == "infinity" || lowered == "inf" {
                " (json has no nan or infinity)"
            } else if lowered == "undefined" || lowered == "none" || lowered == "nil" {
                " (did you mean 'null'?)"
            } else {
                ""
            }
        throw error("invalid literal '\(shown)'\(hint)", at: start)
    }

    // MARK: Messages

    /// How a character is named in a message: `'x'`, `end of file`, `a tab`,
    /// `control character U+0001`, `'é' (U+00E9)`.
    func describeCharacter(at target: Int) -> String {
        guard target < bytes.count else { return "end of file" }
        let byte = bytes[target]
        switch byte {
        case ASCII.lf: return "a line feed"
        case ASCII.cr: return "a carriage return"
        case ASCII.tab: return "a tab"
        case ASCII.space: return "a space"
        case 0x21..<0x7F: return "'\(Character(Unicode.Scalar(byte)))'"
        case 0..<0x20, ASCII.delete: return "control character \(Self.scalarName(UInt32(byte)))"
        default:
            guard let length = utf8Length(at: target) else {
                return "byte \(Self.hex(byte, digits: 2, prefix: "0x")) (invalid utf-8)"
            }
            let text = String(decoding: bytes[target..<(target + length)], as: UTF8.self)
            let value = text.unicodeScalars.first?.value ?? 0xFFFD
            if value == 0xFEFF { return "a byte order mark (U+FEFF)" }
            return "'\(text)' (\(Self.scalarName(value)))"
        }
    }

    /// `U+00E9`.
    static func scalarName(_ value: UInt32) -> String {
        "U+" + hex(value, digits: 4, prefix: "")
    }

    static func hex<Value: BinaryInteger>(_ value: Value, digits: Int, prefix: String) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return prefix + String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
