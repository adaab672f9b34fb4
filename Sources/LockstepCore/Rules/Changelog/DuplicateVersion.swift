struct DuplicateVersion: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/duplicate-version",
        summary: "no version has two sections",
        rationale: """
            RELEASE_PROCESS.md step 3 gives each release one `## [X.Y.Z] - YYYY-MM-DD` section, and step 6 \
            publishes it; with two, `lockstep release notes` and readers see only one of them. Versions \
            are compared by SemVer precedence, so `1.2.0+build.1` repeats `1.2.0`.
            """,
        configKeys: ["changelog.path"],
        passing: [Example("-- CHANGELOG.md --\n## [Unreleased]\n## [1.2.0] - 2025-11-10\n## [1.2.0-rc.1] - 2025-11-01\n## [1.1.0] - 2025-10-01\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\r\n```\r\n## [1.2.0] - 2025-11-10\r\n```\r\n"),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n### Added\n- Élément\n## [↓1.2.0] - 2025-11-11\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\r\n## [↓v1.2.0] - 2025-11-10\r\n## [↓1.2.0+build.7] - 2025-11-10\r\n"),
                  Example("-- CHANGELOG.md --\n## [1.2] - 2025-11-10\n## [↓1.2] - 2025-11-10\n")])

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        var seen = Set<String>()
        var found: [Diagnostic] = []
        for section in changelog.sections where section.kind(config.changelog) == .release {
            let heading = section.heading
            // The same release however it is written: without a `v`, and without build metadata (§10).
            let key: String
            if case .success(var version)? = heading.semver {
                // A valid version reads as it is written: only build metadata has to go.
                if version.build.isEmpty {
                    key = heading.versionWithoutPrefix
                } else {
                    version.build = []
                    key = version.description
                }
            } else {
                key = heading.version
            }
            if !seen.insert(key).inserted {
                found.append(Diagnostic(Self.info, "a second section for \(key)",
                                        fix: "merge its entries into the first `## [\(key)]` section and remove this one",
                                        at: section.line, column: heading.versionColumn, width: heading.version.count,
                                        config: config))
            }
        }
        return found
    }
}
