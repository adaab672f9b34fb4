// TOML 1.0 §Spec: "A TOML file must be a valid UTF-8 encoded Unicode document."
// The whole input is checked once up front, so the rest of the parser can decode slices
// without further checks and count columns by UTF-8 lead bytes.

extension TOMLParser {
    /// The index of the first byte that does not start a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and values above U+10FFFF are malformed), or nil.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // Per the Unicode "well-formed UTF-8 byte sequences" table: the second byte's
            // range depends on the lead; later bytes are plain continuation bytes.
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
            default: return index
            }
            var next = index + 1
            while trailing > 0 {
                guard next < count else { return index }
                let byte = bytes[next]
                guard byte >= low, byte <= high else { return index }
                low = 0x80
                high = 0xBF
                next += 1
                trailing -= 1
            }
            index = next
        }
        return nil
    }
}
