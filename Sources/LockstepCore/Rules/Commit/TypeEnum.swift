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
                  Example("↓feat: x", config: "[commit]\ntypes = [\"fix\"]"), Example("↓\u{FEFF}feat(ü): ajouter la connexion")])

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
            // A spelling close for its length only: `wip` is no misspelt `ci`.
            ?? Suggestion.closest(to: type, in: config.commit.types).flatMap { Suggestion.distance(type, $0) * 2 <= type.count ? $0 : nil }
        var fixed = closest.map { TypeCase.header(header.text, withType: $0, parsed) }
        var fix = fixed.map { "use `\(closest ?? "")`: `\($0)` (allowed: \(allowed))" } ?? "use one of: \(allowed)"
        var text = "`\(parsed.type)` is not an allowed type"
        // An editor that saves UTF-8 "with signature" puts an invisible U+FEFF first; git keeps it.
        if parsed.type.hasPrefix("\u{FEFF}"), config.commit.types.contains(String(type.dropFirst())) {
            text = "an invisible byte order mark (U+FEFF) stands before `\(parsed.type.dropFirst())`: git keeps it in the message"
            fixed = TypeCase.header(header.text, withType: String(parsed.type.dropFirst()), parsed)
            fix = "save the message as UTF-8 without a byte order mark (\"without signature\" in the editor's encoding settings): "
                + "`\(fixed ?? "")`"
        }
        var diagnostic = Diagnostic(Self.info, text, fix: fix, at: header,
                                    column: parsed.typeColumn, width: parsed.type.count)
        diagnostic.replacement = fixed
        return [diagnostic]
    }
}
