struct DescriptionEmpty: CommitRule {
    static let info = RuleInfo(
        id: "commit/description-empty",
        summary: "the header has a description after `: `",
        rationale: """
            Conventional Commits 1.0.0 §5: a description MUST immediately follow the colon and space. \
            It becomes the CHANGELOG line.
            """,
        passing: [Example("fix: x"), Example("feat(api)!: drop v0")],
        failing: [Example("fix:↓"), Example("feat(api): ↓"), Example("feat!: ↓  ")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        guard let parsed = message.conventionalHeader, parsed.description.isGitBlank else { return [] }
        return [Diagnostic(Self.info, "the description is empty",
                           fix: "say what the change does: `\(parsed.type): add buildings endpoint`",
                           at: header, column: parsed.descriptionColumn)]
    }
}
