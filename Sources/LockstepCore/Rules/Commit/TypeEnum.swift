struct TypeEnum: CommitRule {
    static let info = RuleInfo(
        id: "commit/type-enum",
        summary: "the type is one of the configured types",
        rationale: """
            The type decides the bump (feat → minor, fix → patch, RELEASE_PROCESS.md "Release Types") \
            and where a change goes in CHANGELOG.md; an unknown type is invisible to both.
            """,
        configKeys: ["commit.types"],
        passing: [Example("feat: x"), Example("chore: prepare release v1.2.0"), Example("Feat: x"),
                  Example("deploy: x", config: "[commit]\ntypes = [\"deploy\"]")],
        failing: [Example("↓feature: add login"), Example("↓bugfix(api): x"), Example("↓FEATURE: x"),
                  Example("↓feat: x", config: "[commit]\ntypes = [\"fix\"]")])

    /// Words people write for a type, and the type they mean.
    static let synonyms = ["feature": "feat", "bugfix": "fix", "hotfix": "fix", "bug": "fix",
                                   "doc": "docs", "tests": "test", "testing": "test", "chores": "chore",
                                   "performance": "perf", "refacto": "refactor", "styles": "style"]

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        guard let parsed = message.conventionalHeader else { return [] }
        let type = parsed.type.lowercased()
        guard !config.commit.types.contains(type) else { return [] }
        let allowed = config.commit.types.joined(separator: ", ")
        let closest = Self.synonyms[type].flatMap { config.commit.types.contains($0) ? $0 : nil }
            ?? Suggestion.closest(to: type, in: config.commit.types)
        let fixed = closest.map { TypeCase.header(header.text, withType: $0, parsed) }
        let fix = fixed.map { "use `\(closest ?? "")`: `\($0)` (allowed: \(allowed))" } ?? "use one of: \(allowed)"
        var diagnostic = Diagnostic(Self.info, "`\(parsed.type)` is not an allowed type", fix: fix, at: header,
                                    column: parsed.typeColumn, width: parsed.type.count)
        diagnostic.replacement = fixed
        return [diagnostic]
    }
}
