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
                  Example("feat↓(api: x")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        guard let parsed = message.conventionalHeader, let problem = parsed.scopeProblem,
              let scopeColumn = parsed.scopeColumn else { return [] }
        let scope = parsed.scope ?? ""
        switch problem {
        case .empty:
            return [Diagnostic(Self.info, "the scope is empty", fix: "name a scope or drop the parentheses: `\(parsed.type):`",
                               at: header, column: scopeColumn, width: 2)]
        case .whitespace(let column):
            return [Diagnostic(Self.info, "the scope `\(scope)` contains whitespace",
                               fix: "use `-` instead: `(\(scope.split(whereSeparator: \.isWhitespace).joined(separator: "-")))`",
                               at: header, column: column, width: 1)]
        case .severalGroups(let column):
            return [Diagnostic(Self.info, "the header has more than one scope group",
                               fix: "keep one group: `\(parsed.type)(\(scope))`", at: header, column: column, width: 1)]
        case .unbalanced:
            return [Diagnostic(Self.info, "the scope's `(` is never closed", fix: "close it: `\(parsed.type)(\(scope))`",
                               at: header, column: scopeColumn, width: 1)]
        }
    }
}
