struct BreakingChangePlacement: CommitRule {
    static let info = RuleInfo(
        id: "commit/breaking-change-placement",
        summary: "a `BREAKING CHANGE:` line stands in the footer block and names what breaks",
        rationale: """
            Conventional Commits 1.0.0 §12 puts `BREAKING CHANGE:` in the footers, the last paragraphs \
            of the message; `git interpret-trailers` and changelog generators look nowhere else. Lockstep \
            counts the line wherever the author wrote it (next-version says major, `tag/bump-kind` wants \
            one), and warns so that other tools count it too. `BREAKING CHANGE: none` marks nothing and is \
            not counted. Neither warning's fix changes the release the commit calls for.
            """,
        severity: .warning,
        passing: [Example("feat!: x\n\nBREAKING CHANGE: the v0 routes are gone"),
                  Example("feat: x\n\nBody.\n\nBREAKING CHANGE: config keys renamed\nRefs: #12"),
                  Example("fix: x\n\nBreaking changes: none")],
        failing: [Example("feat: new auth\n\n↓BREAKING CHANGE: v1 tokens are rejected.\n\nRun `make migrate-tokens` after the upgrade.\n"),
                  Example("fix: x\n\n↓BREAKING CHANGE: none\n")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        let footerStart = message.footerBlockStart ?? Int.max
        return message.lines.dropFirst().compactMap { line -> Diagnostic? in
            guard let value = BreakingChangeMarker.value(in: line.text) else { return nil }
            let token = String(line.text.prefix(15))
            if BreakingChangeMarker.saysNone(value) {
                return Diagnostic(Self.info, "`\(line.text)` is not counted as a breaking change (other tools may count it)",
                                  fix: "delete the line: a commit without breaking changes needs no `\(token)` footer",
                                  at: line, width: line.text.count)
            }
            guard line.number < footerStart else { return nil }
            return Diagnostic(Self.info, "counted as a breaking change, but a paragraph follows it, so it is not in the footer block "
                                  + "where other tools look",
                              fix: "move the paragraphs after it above it, so that `\(token):` starts the last paragraph (still a major release)",
                              at: line, width: token.count)
        }
    }
}
