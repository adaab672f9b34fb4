struct TypeCase: CommitRule {
    static let info = RuleInfo(
        id: "commit/type-case",
        summary: "the type is lower-case",
        rationale: """
            Tools that read the history (changelog generators, `lockstep next-version`) match types \
            exactly; `Feat:` and `feat:` must not be two different things.
            """,
        configKeys: ["commit.types"],
        passing: [Example("feat: x"), Example("fix(API): scopes keep their case")],
        failing: [Example("↓Feat: add x"), Example("↓FIX(api): x"), Example("↓Docs!: y")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        guard let parsed = message.conventionalHeader else { return [] }
        let lowered = parsed.type.lowercased()
        // An unknown type is commit/type-enum's finding; one diagnostic per mistake.
        guard parsed.type != lowered, config.commit.types.contains(lowered) else { return [] }
        let fixed = Self.header(header.text, withType: lowered, parsed)
        var diagnostic = Diagnostic(Self.info, "type `\(parsed.type)` must be lower-case", fix: "write `\(lowered)`: `\(fixed)`",
                                    at: header, column: parsed.typeColumn, width: parsed.type.count)
        diagnostic.replacement = fixed
        return [diagnostic]
    }

    /// The header with its type replaced, everything else as written.
    static func header(_ text: String, withType type: String, _ parsed: ConventionalHeader) -> String {
        String(text.prefix(parsed.typeColumn - 1)) + type + String(text.dropFirst(parsed.typeColumn - 1 + parsed.type.count))
    }
}
