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
        if text.hasPrefix("BREAKING CHANGE: ") {
            return Footer(token: "BREAKING CHANGE", value: String(text.dropFirst(17)), line: line.number)
        }
        guard let first = text.first, first.isASCII, first.isLetter || first.isNumber else { return nil }
        let token = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        let rest = text[token.endIndex...]
        if rest.hasPrefix(": ") || rest.hasPrefix(" #") {
            return Footer(token: String(token), value: String(rest.dropFirst(rest.hasPrefix(": ") ? 2 : 1)),
                          line: line.number)
        }
        return nil
    }

    func appending(_ continuation: String) -> Footer {
        Footer(token: token, value: value + "\n" + continuation, line: line)
    }
}
