struct TagChangelogSection: Rule {
    static let info = RuleInfo(
        id: "tag/changelog-section",
        summary: "the tagged commit's CHANGELOG.md has the tag's `## [X.Y.Z]` section",
        rationale: """
            RELEASE_PROCESS.md steps 3 and 6: CHANGELOG.md gets `## [1.2.0] - 2025-11-10` before the tag, \
            and the GitHub release is made from it. A pre-release may use its own section or its release's.
            """,
        configKeys: ["changelog.path", "version.tag-prefix"],
        passing: [Example("-- tag --\nv1.2.0\n-- annotation --\nR\n-- CHANGELOG.md --\n## [Unreleased]\n## [1.2.0] - 2025-11-10\n### Fixed\n- X\n"),
                  Example("-- tag --\nv1.3.0-rc.1\n-- annotation --\nR\n-- CHANGELOG.md --\n## [1.3.0] - 2025-12-01\n### Added\n- X\n")],
        failing: [Example("-- tag --\n↓v1.2.0\n-- annotation --\nR\n-- CHANGELOG.md --\n## [Unreleased]\n### Fixed\n- X\n"),
                  Example("-- tag --\n↓v1.2.0\n-- annotation --\nR\n-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n")])

    func check(_ input: TagInput, config: Config) -> [Diagnostic] {
        guard let release = input.release(prefix: config.version.tagPrefix), let tree = input.tree,
              tree.current.changelogProblem == nil else { return [] }
        let path = config.changelog.path
        let version = release.version
        let heading = "## [\(version)] - YYYY-MM-DD"
        guard let changelog = tree.current.changelog else {
            // Nothing of the release process is in this tree (no manifest either): not a release of it.
            guard tree.current.source != nil else { return [] }
            return [input.nameDiagnostic(Self.info, "the commit \(input.name) tags has no \(path)",
                                         fix: "add \(path) with a `\(heading)` section, commit, and tag that commit")]
        }
        let core = "\(version.major).\(version.minor).\(version.patch)"
        let wanted: Set<String> = version.isPrerelease ? [version.description, core] : [version.description]
        guard !changelog.sections.contains(where: { wanted.contains($0.heading.version) }) else { return [] }
        return [input.nameDiagnostic(Self.info, "\(path) at the commit \(input.name) tags has no section for \(version)",
                                     fix: "move the Unreleased entries under `\(heading)`, commit, and tag that commit")]
    }
}
