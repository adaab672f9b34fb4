struct ReleaseOrder: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/order",
        summary: "releases are listed newest first, in descending SemVer precedence",
        rationale: """
            Keep a Changelog 1.1.0: "the latest version comes first". Readers, `lockstep release notes` \
            and RELEASE_PROCESS.md step 6's `--notes-file CHANGELOG.md` read from the top; a release \
            listed below an older one is missed. Precedence is SemVer 2.0.0's: 1.10.0 is above 1.9.0, \
            and 2.0.0 above 2.0.0-rc.1.
            """,
        configKeys: ["changelog.path"],
        passing: [Example("""
                      -- CHANGELOG.md --
                      ## [Unreleased]
                      ## [1.10.0] - 2025-11-10
                      ### Ajouté
                      - Fonctionnalité X ✨
                      ## [1.9.0] - 2025-10-01
                      ## [1.9.0-rc.10] - 2025-09-21
                      ## [1.9.0-rc.2] - 2025-09-20
                      ## [0.1.0] - 2024-01-01
                      """),
                  Example("-- CHANGELOG.md --\n## [2.0.0] - 2025-11-10\r\n## [1.0.0] - 2025-01-01\r\n"),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("-- CHANGELOG.md --\n## [Unreleased]\n## [1.9.0] - 2025-10-01\n## [↓1.10.0] - 2025-11-10\n"),
                  Example("-- CHANGELOG.md --\n## [2.0.0-rc.1] - 2025-10-01\r\n## [↓2.0.0] - 2025-11-10\r\n"),
                  Example("-- CHANGELOG.md --\n## [3.0.0] - 2025-11-10\n## [1.0.0] - 2024-01-01\n## [↓2.0.0] - 2025-01-01\n## [0.9.0] - 2023-01-01\n")])

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var previous: SemVer?
        // Each release against the one listed just above it: one misplaced section is one finding.
        for section in changelog.sections where section.kind(config.changelog) == .release {
            guard case .success(let version)? = section.heading.semver else { continue }
            if let above = previous, version.isHigher(than: above) {
                found.append(Diagnostic(Self.info, "\(version) is listed below \(above), a lower version",
                                        fix: "move `\(section.line.text)` above the releases it is newer than: newest first",
                                        at: section.line, column: section.heading.versionColumn,
                                        width: section.heading.version.count, config: config))
            }
            previous = version
        }
        return found
    }
}
