struct ChangelogSectionForVersion: Rule {
    static let info = RuleInfo(
        id: "version/changelog-section",
        summary: "a version change comes with its `## [X.Y.Z] - YYYY-MM-DD` CHANGELOG section",
        rationale: """
            RELEASE_PROCESS.md steps 2 and 3: update the version, then CHANGELOG.md with `## [1.2.0] - \
            2025-11-10`; `gh release create --notes-file CHANGELOG.md` publishes that section.
            """,
        configKeys: ["version.source", "changelog.path"],
        passing: [Example("""
                      -- backend/Cargo.toml --
                      [package]
                      version = "1.3.0"
                      -- HEAD:backend/Cargo.toml --
                      [package]
                      version = "1.2.0"
                      -- CHANGELOG.md --
                      # Changelog
                      ## [Unreleased]
                      ## [1.3.0] - 2025-12-01
                      ### Added
                      - X
                      """),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n-- HEAD:backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n"),
                  // Not SemVer: version/source-semver says so; no `## [v1.3.0]` heading is asked for.
                  Example("-- backend/Cargo.toml --\n[package]\nversion = \"v1.3.0\"\n-- HEAD:backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n-- CHANGELOG.md --\n## [Unreleased]\n")],
        failing: [Example("""
                      -- backend/Cargo.toml --
                      [package]
                      version = ↓"1.3.0"
                      -- HEAD:backend/Cargo.toml --
                      [package]
                      version = "1.2.0"
                      -- CHANGELOG.md --
                      ## [Unreleased]
                      ### Added
                      - X
                      """),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.3.0\"\n-- HEAD:backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        guard let source = input.current.semVerSource, let previous = input.previous?.source, previous.text != source.text else { return [] }
        let path = config.changelog.path
        // A changelog that is there but unreadable (a link, too large) is changelog/readable's finding.
        guard input.current.changelogProblem == nil else { return [] }
        guard let changelog = input.current.changelog else {
            return [source.diagnostic(Self.info, "the version changes to \(source.text) but \(path) is missing",
                                      fix: "add \(path) with a `## [\(source.text)] - YYYY-MM-DD` section")]
        }
        let wanted: Set<String> = {
            guard case .success(let version) = SemVer.parse(source.text), version.isPrerelease else { return [source.text] }
            return [source.text, "\(version.major).\(version.minor).\(version.patch)"]
        }()
        guard !changelog.sections.contains(where: { wanted.contains($0.heading.version) }) else { return [] }
        return [source.diagnostic(Self.info, "the version changes to \(source.text) but \(path) has no section for it",
                                  fix: "move the Unreleased entries under `## [\(source.text)] - YYYY-MM-DD` in \(path)")]
    }
}
