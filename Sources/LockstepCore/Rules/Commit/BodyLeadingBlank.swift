struct BodyLeadingBlank: CommitRule {
    static let info = RuleInfo(
        id: "commit/body-leading-blank",
        summary: "a blank line separates the header from the body",
        rationale: """
            Conventional Commits 1.0.0 §6 and git itself (`git log --oneline`, `format-patch`) take the \
            first paragraph as the subject; without the blank line the body becomes part of the header.
            """,
        passing: [Example("feat: x\n\nbody"), Example("feat: x\n   \nwhitespace-only separator"),
                  Example("feat: x"), Example("feat: x\r\n\r\nCRLF body")],
        failing: [Example("feat: x\n↓body right below"), Example("fix: y\n↓Refs: #12")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        guard message.lines.count > 1, !message.lines[1].isBlank else { return [] }
        return [Diagnostic(Self.info, "no blank line between the header and the body",
                           fix: "insert an empty line after the header", at: message.lines[1],
                           width: message.lines[1].text.count)]
    }
}
