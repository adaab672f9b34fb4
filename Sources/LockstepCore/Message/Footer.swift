/// A footer (Conventional Commits 1.0.0 §8–10): `Token: value` or `Token #value`; the value
/// runs on until the next footer starts.
package struct Footer: Sendable, Equatable {
    package let token: String
    package let value: String
    package let line: Int

    /// `BREAKING CHANGE` and `BREAKING-CHANGE` (§11, §16): upper-case only.
    package var isBreakingChange: Bool { token == "BREAKING CHANGE" || token == "BREAKING-CHANGE" }

    /// Reads a line that starts a footer: a word token (`-` for spaces, §9) or `BREAKING CHANGE`,
    /// then `: ` or ` #`.
    package static func start(of line: MessageLine) -> Footer? {
        let text = line.text
        let bytes = text.utf8
        guard let first = bytes.first, first < 0x80, isTokenByte(first), first != UInt8(ascii: "-") else { return nil }
        if first == UInt8(ascii: "B"), text.hasPrefix("BREAKING CHANGE: ") {
            return Footer(token: "BREAKING CHANGE", value: String(text.dropFirst(17)), line: line.number)
        }
        let tokenEnd = bytes.firstIndex { !isTokenByte($0) } ?? bytes.endIndex
        let rest = bytes[tokenEnd...]
        let separator: Int
        if rest.starts(with: [UInt8(ascii: ":"), 0x20]) {
            separator = 2
        } else if rest.starts(with: [0x20, UInt8(ascii: "#")]) {
            separator = 1
        } else {
            return nil
        }
        let token = String(text[..<tokenEnd])
        let value = String(text[tokenEnd...].dropFirst(separator))
        return Footer(token: token, value: value, line: line.number)
    }

    /// A word token's bytes (§9): ASCII letters, digits and `-`.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-")
    }

    func appending(_ continuation: String) -> Footer {
        Footer(token: token, value: value + "\n" + continuation, line: line)
    }
}
