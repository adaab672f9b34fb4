struct Title: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/title",
        summary: "CHANGELOG.md starts with a `# Changelog` title",
        rationale: """
            Keep a Changelog 1.1.0 opens the file with `# Changelog`, so a reader (and \
            `gh release create --notes-file CHANGELOG.md`, RELEASE_PROCESS.md step 6) knows what the page is. \
            A warning: a missing title loses no release information.
            """,
        severity: .warning,
        configKeys: ["changelog.path"],
        passing: [Example("-- CHANGELOG.md --\n# Changelog\n\nAll notable changes to this project are documented here.\n\n## [Unreleased]\n"),
                  Example("-- CHANGELOG.md --\n\u{FEFF}# Changelog\r\n\r\n## [Unreleased]\r\n"),
                  Example("-- CHANGELOG.md --\n# KoproGo — CHANGELOG #\n"),
                  Example("-- CHANGELOG.md --\n<!-- generated -->\n# Change log\n"),
                  Example("-- CHANGELOG.md --\nChangelog\n=========\n\n## [Unreleased]\n")],
        failing: [Example("-- CHANGELOG.md --\n↓## [Unreleased]\n"),
                  Example("-- CHANGELOG.md --\n# ↓Journal des modifications\n\n## [Unreleased]\n"),
                  Example("-- CHANGELOG.md --\n↓\n")])

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        guard let title = changelog.title else {
            return [Diagnostic(Self.info, "\(config.changelog.path) has no `# Changelog` title",
                               fix: "start the file with a `# Changelog` line", at: changelog.line(1), column: 1, config: config)]
        }
        let text = title.text.filter { $0 != " " && $0 != "-" }.lowercased()
        guard !text.contains("changelog") else { return [] }
        let indent = title.contentColumn - 1
        let heading = ChangelogMarkdown.heading(title.text.dropFirst(indent), indent: indent)
        let column = heading?.column ?? title.contentColumn
        var diagnostic = Diagnostic(Self.info, "the title does not say Changelog", fix: "write `# Changelog`", at: title,
                                    column: column, width: title.text.count - column + 1, config: config)
        // A `# ` title line is replaced whole; a setext title (text over `===`) spans two lines.
        if heading != nil { diagnostic.replacement = "# Changelog" }
        return [diagnostic]
    }
}
