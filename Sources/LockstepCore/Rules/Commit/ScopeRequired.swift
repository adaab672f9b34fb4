struct ScopeRequired: CommitRule {
    static let info = RuleInfo(
        id: "commit/scope-required",
        summary: "the header names a scope, when `commit.require-scope` is set",
        rationale: """
            In a repository with a Rust backend and a JavaScript frontend, the scope says which one a \
            change touches; teams that group release notes by component require it.
            """,
        configKeys: ["commit.require-scope"],
        passing: [Example("feat: x"), Example("feat(api): x", config: "[commit]\nrequire-scope = true")],
        failing: [Example("feat↓: x", config: "[commit]\nrequire-scope = true"),
                  Example("fix↓!: x", config: "[commit]\nrequire-scope = true")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        guard config.commit.requireScope, let parsed = message.conventionalHeader, parsed.scope == nil else { return [] }
        let column = parsed.typeColumn + parsed.type.count
        return [Diagnostic(Self.info, "the header names no scope",
                           fix: "add one after the type: `\(parsed.type)(backend): …`", at: header, column: column)]
    }
}
