struct EmptyRelease: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/empty-release",
        summary: "each release section holds at least one entry",
        rationale: """
            RELEASE_PROCESS.md: "CHANGELOG.md updated with all changes", and step 6 publishes the section \
            as the release notes. A release without entries says nothing about what shipped. An empty \
            Unreleased section is fine: nothing has landed since the last release. A section whose only \
            text sits outside a category is not empty: `changelog/entry-format` says where that text belongs.
            """,
        configKeys: ["changelog.path"],
        passing: [Example("-- CHANGELOG.md --\n## [Unreleased]\n\n## [1.2.0] - 2025-11-10\n### Security\n- Dépendance A mise à jour (CVE-2025-XXXX)\n"),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\r\n## [1.2.0] - 2025-11-10\r\n### Fixed\r\n- X\r\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n- No changes from 1.2.0-rc.2\n"),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("-- CHANGELOG.md --\n## [Unreleased]\n## [↓1.2.0] - 2025-11-10\n\n## [1.1.0] - 2025-10-01\n### Fixed\n- X\n"),
                  Example("-- CHANGELOG.md --\n## [↓1.2.0] - 2025-11-10\r\n### Added\r\n### Fixed\r\n"),
                  Example("-- CHANGELOG.md --\n## [↓1.2.0] - 2025-11-10\n### Added\n-\n<!-- rien -->\n")])

    package static let judgesSectionsAlone = true

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        changelog.sections.compactMap { section -> Diagnostic? in
            guard section.kind(config.changelog) == .release, !section.hasContent else { return nil }
            return Diagnostic(Self.info, "release \(section.name) has no entries",
                              fix: "list what changed under `### Added`, `### Changed`, `### Fixed`…, or remove the section",
                              at: section.line, column: section.heading.versionColumn,
                              width: section.heading.version.count, config: config)
        }
    }
}
