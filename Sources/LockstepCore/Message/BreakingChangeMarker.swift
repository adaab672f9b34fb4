/// A line that marks a breaking change: `BREAKING CHANGE: text` or `BREAKING-CHANGE: text` at its
/// start (Conventional Commits 1.0.0 §12, §16: upper-case only).
///
/// §12 puts it in the footer block, but an author who wrote it and then a paragraph of prose
/// clearly marked a breaking change: it counts wherever it stands after the header. A value that
/// says there is none (`BREAKING CHANGE: none`, PR templates' `N/A`) marks nothing.
package enum BreakingChangeMarker {
    /// The text after the exact token, when `line` starts with one (a space or the end follows the colon).
    package static func value(in line: String) -> Substring? {
        for token in ["BREAKING CHANGE:", "BREAKING-CHANGE:"] where line.hasPrefix(token) {
            let rest = line.dropFirst(token.count)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            return rest.drop(while: \.isGitSpace)
        }
        return nil
    }

    /// Whether `line` marks a breaking change: the exact token, and not a value saying "none".
    package static func marks(_ line: String) -> Bool {
        guard let value = value(in: line) else { return false }
        return !saysNone(value)
    }

    /// `none`, `None.`, `N/A`, `no`, `-`, `no breaking changes`: the author says nothing breaks.
    package static func saysNone(_ value: Substring) -> Bool {
        var text = value.lowercased()
        while let last = text.last, last == "." || last == "!" || last.isWhitespace { text.removeLast() }
        return noneWords.contains(text)
    }

    private static let noneWords: Set<String> = [
        "none", "no", "n/a", "na", "n.a", "nil", "nothing", "-", "--", "—", "–", "not applicable",
        "no breaking change", "no breaking changes", "none so far", "nope", "0",
    ]
}
