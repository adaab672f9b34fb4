// TOML 1.0 §Spec: "A TOML file must be a valid UTF-8 encoded Unicode document."
// The whole input is checked once up front, so the rest of the parser can decode slices
// without further checks and count columns by UTF-8 lead bytes.

extension TOMLParser {
    /// The index of the first byte that does not start a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and values above U+10FFFF are malformed), or nil.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let length = wellFormedUTF8Length(in: bytes, at: index) else { return index }
            index += length
        }
        return nil
    }
}
