struct EmptyMessage: Rule {
    static let info = RuleInfo(
        id: "commit/empty-message",
        summary: "the message is not empty",
        rationale: """
            An empty message (`git commit --allow-empty-message`) says nothing in `git log` and gives \
            the CHANGELOG nothing to draw from; the release process asks for conventional messages.
            """,
        passing: [Example("chore: prepare release v1.2.0")],
        failing: [Example("↓"), Example("↓\n\n\n"), Example("↓   \n\t\n")])

    func check(_ message: CommitMessage, config: Config) -> [Diagnostic] {
        guard message.lines.allSatisfy(\.isBlank) else { return [] }
        return [Diagnostic(Self.info.id, "the commit message is empty",
                           fix: "write a header such as `fix(api): reject expired tokens`",
                           line: 1, column: 1)]
    }
}
