struct HeaderFormat: CommitRule {
    static let info = RuleInfo(
        id: "commit/header-format",
        summary: "the header reads `type(scope)!: description`",
        rationale: """
            RELEASE_PROCESS.md writes commits as Conventional Commits (`chore: prepare release v1.2.0`); \
            the type decides the next version and the CHANGELOG section, so it must be machine-readable.
            """,
        passing: [Example("feat: add buildings endpoint"), Example("fix(api)!: drop v0 routes"),
                  Example("chore(deps,ci): bump"), Example("feat(a(b)): nested scope")],
        failing: [Example("↓Add buildings endpoint"), Example("↓Fix login bug: handle expiry"),
                  Example("↓feat add x"), Example("feat:↓add x"), Example("fix:↓\thandle expiry"), Example("feat(api)↓x: y"),
                  Example("↓Squashed commit of the following:\n\ncommit 1234\n")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        guard case .failure(let problem) = message.header else { return [] }
        let example: String
        if header.text.hasPrefix(GitGeneratedMessage.squashHeader) {
            example = "this is git's `merge --squash` text: put a header such as `feat(api): add buildings` above it"
        } else if let spaced = Self.spacedAfterColon(header.text) {
            example = "put one space after the colon: `\(spaced)`"
        } else {
            example = "write `<type>: <description>`, for example `\(Self.suggestion(for: header.text))`"
        }
        return [Diagnostic(Self.info, problem.message, fix: example, at: header, column: problem.column,
                           width: header.text.count - problem.column + 1)]
    }

    /// `fix:\thandle expiry` → `fix: handle expiry`: the header with the blanks after its first colon
    /// made one space, when that makes it a header with a description.
    static func spacedAfterColon(_ header: String) -> String? {
        let text = header.drop(while: \.isGitSpace)
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let description = text[text.index(after: colon)...].drop(while: \.isGitSpace)
        let spaced = String(text[...colon]) + " " + String(description)
        guard case .success(let parsed) = ConventionalHeader.parse(spaced), !parsed.description.isGitBlank else { return nil }
        return String(spaced)
    }

    /// A conventional header built from a plain one: `Fix login bug` → `fix: login bug`.
    static func suggestion(for header: String) -> String {
        let text = header.drop(while: \.isGitSpace)
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        let first = words.first?.lowercased().filter(\.isLetter) ?? ""
        let rest = words.count > 1 ? words[1] : ""
        let lowered = text.prefix(1).lowercased() + text.dropFirst()
        switch first {
        case "fix", "fixed", "fixes", "fixing": return "fix: \(rest.isEmpty ? lowered : rest)"
        case "refactor", "refactored", "refactoring": return "refactor: \(rest.isEmpty ? lowered : rest)"
        case "doc", "docs", "document", "documented": return "docs: \(rest.isEmpty ? lowered : rest)"
        case "test", "tests", "tested": return "test: \(rest.isEmpty ? lowered : rest)"
        case "bump", "update", "updated", "upgrade", "upgraded", "release", "prepare": return "chore: \(lowered)"
        default: return "feat: \(lowered)"
        }
    }
}
