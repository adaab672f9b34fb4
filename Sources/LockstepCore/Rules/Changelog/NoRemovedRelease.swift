struct NoRemovedRelease: Rule {
    static let info = RuleInfo(
        id: "changelog/no-removed-release",
        summary: "a commit keeps the section of every final release that HEAD's CHANGELOG.md has",
        rationale: """
            Merging a release branch into main after a hotfix (RELEASE_PROCESS.md, "Merge back") makes \
            both sides edit the top of CHANGELOG.md; resolving the conflict with one side (`git checkout \
            --theirs CHANGELOG.md`) silently drops the other side's release, `## [1.2.1]`, which was \
            published and tagged. Every other rule passes on what is left. Pre-release sections may go \
            (some teams fold them into the final release), and so may the newest section (a release not \
            yet tagged, renamed to its first release candidate); a version still listed anywhere, \
            renamed with `v` or build metadata, or marked `[YANKED]`, is kept.
            """,
        configKeys: ["changelog.path"],
        passing: [Example("""
                      -- CHANGELOG.md --
                      ## [Unreleased]
                      ## [1.3.0] - 2025-12-01
                      ### Added
                      - Export
                      ## [1.2.1] - 2025-11-20 [YANKED]
                      ### Fixed
                      - Crash
                      -- HEAD:CHANGELOG.md --
                      ## [Unreleased]
                      ## [1.3.0-rc.1] - 2025-11-25
                      ### Added
                      - Export
                      ## [1.2.1] - 2025-11-20
                      ### Fixed
                      - Crash
                      """),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\r\n## [v1.2.1] - 2025-11-20\r\n-- HEAD:CHANGELOG.md --\n## [Unreleased]\n## [1.2.1] - 2025-11-20\n"),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\n## [1.3.0-rc.1] - 2025-12-01\n## [1.2.0] - 2025-11-10\n-- HEAD:CHANGELOG.md --\n## [Unreleased]\n## [1.3.0] - 2025-12-01\n## [1.2.0] - 2025-11-10\n"),
                  Example("-- CHANGELOG.md --\n# Changelog\n")],
        failing: [Example("""
                      -- CHANGELOG.md --
                      ↓## [Unreleased]
                      ## [1.3.0] - 2025-12-01
                      ### Added
                      - Export
                      ## [1.2.0] - 2025-11-10
                      ### Added
                      - Première version
                      -- HEAD:CHANGELOG.md --
                      ## [Unreleased]
                      ## [1.2.1] - 2025-11-20
                      ### Fixed
                      - Crash on an empty token
                      ## [1.2.0] - 2025-11-10
                      ### Added
                      - Première version
                      """),
                  Example("-- CHANGELOG.md --\n↓## [2.0.0] - 2025-12-01\n-- HEAD:CHANGELOG.md --\n## [2.0.0] - 2025-12-01\n## [1.0.0] - 2025-11-10\n")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        guard let changelog = input.current.changelog, !changelog.isBinary,
              case .file(let bytes)? = input.baseline?[config.changelog.path],
              input.tree[config.changelog.path] != .file(bytes) else { return [] }
        let before = input.baselineChangelog?.whole ?? Changelog(bytes: bytes)
        guard !before.isBinary else { return [] }
        let kept = Set(changelog.sections.compactMap(Self.key))
        // Only a release below one still listed: the newest one renamed (1.3.0 made 1.3.0-rc.1 before
        // it was tagged) is a plan changed, not history lost.
        let newest = changelog.sections.compactMap { section -> SemVer? in
            guard !section.isUnreleased, case .success(let version)? = section.heading.semver else { return nil }
            return version
        }.max { $1.isHigher(than: $0) }
        guard let newest else { return [] }
        let place = changelog.sections.first?.line ?? changelog.line(1)
        return before.sections.compactMap { section -> Diagnostic? in
            guard let key = Self.key(section), case .success(let version)? = section.heading.semver, !version.isPrerelease,
                  version.isLower(than: newest), !kept.contains(key) else { return nil }
            return Diagnostic(Self.info, "the section of the release \(version) is gone: \(input.baselineName)'s \(config.changelog.path) has `\(section.line.text)`",
                              fix: "put it back with its entries (`git show \(input.baselineName):\(config.changelog.path)` has them), below the newer releases",
                              at: place, column: 1, width: place.text.count, config: config)
        }
    }

    /// A release section's version without `v` and build metadata; nil for Unreleased and headings
    /// that name no valid version.
    private static func key(_ section: ChangelogSection) -> String? {
        guard !section.isUnreleased, case .success(var version)? = section.heading.semver else { return nil }
        version.build = []
        return version.description
    }
}
