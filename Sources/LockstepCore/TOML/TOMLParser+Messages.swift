// How keys, values and characters are named in error messages.

extension TOMLParser {
    /// `a.b."c d"`: the key as it could be written.
    static func dotted(_ keys: ArraySlice<KeySegment>) -> String {
        var text = ""
        for (offset, key) in keys.enumerated() {
            if offset > 0 { text += "." }
            if !key.name.isEmpty, key.name.utf8.allSatisfy(ASCII.isBareKey) {
                text += key.name
            } else {
                text += "\"" + escaped(key.name) + "\""
            }
        }
        return text
    }

    /// `[a.b]` or `[[a.b]]`.
    static func headerText(_ keys: [KeySegment], isArray: Bool) -> String {
        isArray ? "[[\(dotted(keys[...]))]]" : "[\(dotted(keys[...]))]"
    }

    /// `"a.b"`: the key quoted for a message.
    static func quoted(_ keys: ArraySlice<KeySegment>) -> String {
        "\"\(dotted(keys))\""
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u" + hex(scalar.value, digits: 4, prefix: "")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    static func kindName(_ value: TOMLValue) -> String {
        switch value {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a float"
        case .boolean: "a boolean"
        case .dateTime: "a date-time"
        case .array: "an array"
        case .table: "an inline table"
        }
    }

    /// How a character is named in a message: `'x'`, `end of line`, `control character U+0001`.
    func describeCharacter(at target: Int) -> String {
        guard target < bytes.count else { return "end of file" }
        let byte = bytes[target]
        switch byte {
        case ASCII.lf:
            return "end of line"
        case ASCII.cr:
            let crlf = target + 1 < bytes.count && bytes[target + 1] == ASCII.lf
            return crlf ? "end of line" : "a carriage return"
        case ASCII.tab:
            return "a tab"
        case ASCII.space:
            return "a space"
        case 0x21..<0x7F:
            return "'\(Character(Unicode.Scalar(byte)))'"
        case 0..<0x20, ASCII.delete:
            return "control character \(Self.scalarName(UInt32(byte)))"
        default:
            let length =
                switch byte {
                case 0xF0...: 4
                case 0xE0...: 3
                default: 2
                }
            let scalarBytes = bytes[target..<min(target + length, bytes.count)]
            let text = String(decoding: scalarBytes, as: UTF8.self)
            let value = text.unicodeScalars.first?.value ?? 0xFFFD
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
