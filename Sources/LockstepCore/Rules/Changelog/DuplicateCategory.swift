struct DuplicateCategory: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/duplicate-category",
        summary: "a section has each `###` category at most once",
        rationale: """
            Keep a Changelog 1.1.0 groups a release's changes by type; RELEASE_PROCESS.md step 3 has one \
            `### Added`, one `### Fixed`… per release. A second `### Fixed` splits the list, and readers \
            stop at the first. With `changelog.category-suffixes`, `### Added (backend)` and \
            `### Added (frontend)` are different categories.
            """,
        configKeys: ["changelog.path", "changelog.category-suffixes"],
        passing: [Example("-- CHANGELOG.md --\n## [Unreleased]\n### Added\n- X\n## [1.2.0] - 2025-11-10\n### Added\n- Y\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\r\n### Added (backend)\r\n- X\r\n### Added (frontend)\r\n- Y\r\n",
                          config: "[changelog]\ncategory-suffixes = true"),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n### Fixed\n- X\n### Added\n- Y\n### ↓Fixed\n- Z\n"),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\r\n### Sécurité\r\n- X\r\n### ↓Sécurité\r\n- Y\r\n")])

    package static let judgesSectionsAlone = true

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for section in changelog.sections where section.kind(config.changelog).holdsCategories {
            // A section has a handful of categories: looking back costs less than hashing.
            for (index, category) in section.categories.enumerated()
            where section.categories[..<index].contains(where: { $0.name == category.name }) {
                found.append(Diagnostic(Self.info, "a second `### \(category.name)` in the same section",
                                        fix: "move its entries under the first `### \(category.name)` of the section",
                                        at: category.line, column: category.nameColumn, width: category.name.count,
                                        config: config))
            }
        }
        return found
    }
}
