struct ScopeFormat: CommitRule {
    static let info = RuleInfo(
        id: "commit/scope-format",
        summary: "a scope is one non-empty parenthesised group without whitespace",
        rationale: """
            Conventional Commits 1.0.0 §4: a scope is a noun in one pair of parentheses. Tools split \
            `feat(api): x` on the first `)`; `(a b)`, `()` or dependabot's `chore(deps)(deps):` confuse them.
            """,
        passing: [Example("feat(api): x"), Example("fix(api,web): x"), Example("feat(a(b)): x"),
                  Example("feat(ü): x")],
        failing: [Example("feat↓(): x"), Example("feat(my↓ scope): x"), Example("chore(deps)↓(deps): bump"),
                  Example("feat↓(api: x"), Example("feat(backend,↓ frontend): x"), Example("fix(↓ api )!: x")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        guard let parsed = message.conventionalHeader, let problem = parsed.scopeProblem,
              let scopeColumn = parsed.scopeColumn else { return [] }
        let scope = parsed.scope ?? ""
        // The whole header rewritten, so the fix can be pasted: `(backend, frontend)` → `(backend,frontend)`.
        let fixed = HeaderSuggestion.render(type: parsed.type, scope: problem == .empty ? nil : scope, bang: parsed.hasBang,
                                            description: parsed.description, config: config.commit)
        var diagnostic: Diagnostic
        switch problem {
        case .empty:
            diagnostic = Diagnostic(Self.info, "the scope is empty", fix: "name a scope or drop the parentheses: `\(fixed)`",
                                    at: header, column: scopeColumn, width: 2)
        case .whitespace(let column):
            diagnostic = Diagnostic(Self.info, "the scope `\(scope)` contains whitespace",
                                    fix: "drop the whitespace: `\(fixed)`", at: header, column: column, width: 1)
        case .severalGroups(let column):
            diagnostic = Diagnostic(Self.info, "the header has more than one scope group",
                                    fix: "keep one group: `\(fixed)`", at: header, column: column, width: 1)
        case .unbalanced:
            diagnostic = Diagnostic(Self.info, "the scope's `(` is never closed", fix: "close it: `\(fixed)`",
                                    at: header, column: scopeColumn, width: 1)
        }
        diagnostic.replacement = fixed
        return [diagnostic]
    }
}
