struct EmptyCategory: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/empty-category",
        summary: "a release's `###` categories each hold an entry",
        rationale: """
            RELEASE_PROCESS.md step 6 publishes the release's section as its notes; an empty \
            `### Security` there reads as "nothing was said" rather than "nothing changed". Unreleased \
            may keep empty categories as a template until release day. A category holding text that is \
            not a list item is not empty: `changelog/entry-format` reports that text.
            """,
        configKeys: ["changelog.path"],
        passing: [Example("-- CHANGELOG.md --\n## [Unreleased]\n### Added\n### Fixed\n\n## [1.2.0] - 2025-11-10\n### Fixed\n- Correction du calcul Z (#126)\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\r\n### Added\r\n- X\r\n  continued\r\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n### Changed\n#### Theme file format\nThe theme file is now TOML.\n"),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n### Added\n- X\n### ↓Security\n\n## [1.1.0] - 2025-10-01\n### Fixed\n- Y\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\r\n### ↓Changed\r\n-\r\n### ↓Fixed\r\n<!-- - rien -->\r\n")])

    package static let judgesSectionsAlone = true

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for section in changelog.sections where section.kind(config.changelog) == .release {
            for category in section.categories where !category.hasContent {
                found.append(Diagnostic(Self.info, "`### \(category.name)` in \(section.name) has no entries",
                                        fix: "add `- ` entries under it, or remove the heading",
                                        at: category.line, column: category.nameColumn, width: category.name.count,
                                        config: config))
            }
        }
        return found
    }
}
