struct Encoding: Rule {
    static let info = RuleInfo(
        id: "commit/encoding",
        summary: "the message is UTF-8, or in the encoding `i18n.commitEncoding` names",
        rationale: """
            git stores a message's bytes as given; bytes that are not UTF-8 (and not declared with \
            `i18n.commitEncoding`) show as garbage in `git log`, on GitHub and in generated release notes.
            """,
        passing: [Example("fix: accept café in building names"), Example("docs: 日本語のガイド")],
        failing: [Example("fix: accept caf↓\u{FFFD}\n"), Example("feat: x\n\nbad ↓\u{FFFD} byte"),
                  Example("fix: é↓\u{FFFD}\u{FFFD}")])

    func check(_ message: CommitMessage, config: Config) -> [Diagnostic] {
        guard let line = message.firstUndecodableLine else { return [] }
        let excerpt = message.lines.first { $0.number == line }?.text
        // Undecodable bytes read as U+FFFD: the caret goes under the first of them.
        let column = excerpt.flatMap { text in text.firstIndex { $0.unicodeScalars.contains("\u{FFFD}") }
            .map { text.distance(from: text.startIndex, to: $0) + 1 } } ?? 1
        return [Diagnostic(Self.info.id, "the message is not valid UTF-8",
                           fix: "save the message as UTF-8, or declare its encoding with `git config i18n.commitEncoding`",
                           line: line, column: column, excerpt: excerpt)]
    }
}
