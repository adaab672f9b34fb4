struct ScopeEnum: CommitRule {
    static let info = RuleInfo(
        id: "commit/scope-enum",
        summary: "the scope is one of the configured scopes, when a list is configured",
        rationale: """
            A fixed list (`backend`, `frontend`, `infra`…) keeps scopes searchable and lets the changelog \
            group entries; a typo makes a change vanish from its group.
            """,
        configKeys: ["commit.scopes"],
        passing: [Example("feat(anything): x"),
                  Example("feat(api): x", config: "[commit]\nscopes = [\"api\", \"web\"]"),
                  Example("feat(api,web): x", config: "[commit]\nscopes = [\"api\", \"web\"]"),
                  Example("feat: no scope", config: "[commit]\nscopes = [\"api\"]")],
        failing: [Example("feat(↓apu): x", config: "[commit]\nscopes = [\"api\", \"web\"]"),
                  Example("feat(api,↓db): x", config: "[commit]\nscopes = [\"api\", \"web\"]")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        guard let allowed = config.commit.scopes, let parsed = message.conventionalHeader,
              parsed.scopeProblem == nil, let scope = parsed.scope, let scopeColumn = parsed.scopeColumn else { return [] }
        var diagnostics: [Diagnostic] = []
        var column = scopeColumn + 1
        for name in scope.split(separator: ",", omittingEmptySubsequences: false) {
            if !allowed.contains(String(name)) {
                let closest = Suggestion.closest(to: String(name), in: allowed)
                diagnostics.append(Diagnostic(
                    Self.info, "scope `\(name)` is not an allowed scope",
                    fix: (closest.map { "use `\($0)`; " } ?? "") + "allowed: \(allowed.joined(separator: ", "))",
                    at: header, column: column, width: name.count))
            }
            column += name.count + 1
        }
        return diagnostics
    }
}
