struct VersionSemVer: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/version-semver",
        summary: "each release heading's version is strict SemVer 2.0.0",
        rationale: """
            RELEASE_PROCESS.md "Release Types" are SemVer's, and Keep a Changelog 1.1.0 follows Semantic \
            Versioning. `## [1.2] - …` or `## [1.02.0] - …` matches no tag `v1.2.0`, no manifest version, \
            and cannot be ordered against the other releases.
            """,
        configKeys: ["changelog.path"],
        passing: [Example("-- CHANGELOG.md --\n## [Unreleased]\n## [2.0.0-rc.1+build.5] - 2025-11-10\n## [1.2.0] - 2025-11-10\n"),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\r\n## [10.20.30] - 2025-11-10\r\n"),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("-- CHANGELOG.md --\n## [↓1.2] - 2025-11-10\n"),
                  Example("-- CHANGELOG.md --\n## [↓1.02.0] - 2025-11-10\r\n"),
                  Example("-- CHANGELOG.md --\n## [↓v1.2.0-é] - 2025-11-10\n"),
                  Example("-- CHANGELOG.md --\n## ↓1.2.0.1 - 2025-11-10\n")])

    package static let judgesSectionsAlone = true

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        changelog.sections.compactMap { section -> Diagnostic? in
            guard section.kind(config.changelog) == .release,
                  case .failure(let error)? = section.heading.semver else { return nil }
            return Diagnostic(Self.info, "`\(section.heading.version)` is not SemVer: \(error.reason)",
                              fix: "write MAJOR.MINOR.PATCH, e.g. `## [1.2.0] - 2025-11-10`", at: section.line,
                              column: section.heading.versionColumn, width: section.heading.version.count, config: config)
        }
    }
}
