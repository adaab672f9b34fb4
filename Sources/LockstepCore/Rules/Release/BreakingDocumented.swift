struct BreakingDocumented: Rule {
    static let info = RuleInfo(
        id: "release/breaking-documented",
        summary: "a breaking commit since the previous release comes with a major bump, a `**Breaking:**` entry or a migration guide change",
        rationale: """
            RELEASE_PROCESS.md: major releases are for breaking changes, and the pre-release checklist \
            asks for a "Migration guide if breaking changes". Users learn of a break from the version \
            (a major bump; a minor one under 0.x with `tag.zero-major-breaking = "minor"`), from a \
            Keep a Changelog 2.0.0 `**Breaking:**` entry in the release's section, or from a change to a \
            migration guide (`checklist.migration-guides`). Any one of them will do.
            """,
        configKeys: ["checklist.migration-guides", "tag.zero-major-breaking", "version.tag-prefix"],
        passing: [Example("-- version --\n2.0.0\n-- tags --\nv1.2.0\n-- commits --\nfeat!: drop the v1 API\n-- CHANGELOG.md --\n## [2.0.0] - 2025-11-10\n### Removed\n- The v1 API\n"),
                  Example("-- version --\n1.3.0\n-- tags --\nv1.2.0\n-- commits --\nfeat!: drop the v1 API\n-- CHANGELOG.md --\n## [1.3.0] - 2025-11-10\n### Removed\n- **Breaking:** the v1 API\n"),
                  Example("-- version --\n1.3.0\n-- tags --\nv1.2.0\n-- commits --\nfix: x\\n\\nBREAKING CHANGE: totals are rounded\n-- changed --\ndocs/migration/1.3.md\n"),
                  Example("-- version --\n0.4.0\n-- tags --\nv0.3.0\n-- commits --\nfeat!: new API\n", config: "[tag]\nzero-major-breaking = \"minor\""),
                  Example("-- version --\n0.1.0\n-- commits --\nfeat!: anything goes before the first release\n")],
        failing: [Example("""
                      -- version --
                      1.3.0
                      -- tags --
                      v1.2.0
                      -- commits --
                      feat: add X
                      ↓feat!: drop the v1 API
                      fix: y\\n\\n↓BREAKING CHANGE: totals are rounded
                      -- changed --
                      docs/api.md
                      -- CHANGELOG.md --
                      ## [1.3.0] - 2025-11-10
                      ### Removed
                      - The v1 API
                      """),
                  Example("-- tags --\nv0.3.0\n-- commits --\n↓refactor!: rename the config keys\n-- CHANGELOG.md --\n## [Unreleased]\n### Changed\n- Config keys renamed\n")])

    func check(_ input: PreReleaseInput, config: Config) -> [Diagnostic] {
        let breaking = input.commits.filter(\.message.hasBreakingChange)
        guard !breaking.isEmpty, let previous = input.previous else { return [] }
        if let version = input.version, Self.bumpAnnouncesBreak(from: previous.version, to: version, config: config) { return [] }
        if input.notes?.entries.contains(where: \.isBreaking) == true { return [] }
        if input.changedPaths.contains(where: config.checklist.migrationGuides.anyPatternMatches) { return [] }
        let guides = config.checklist.migrationGuides.map { "`\($0)`" }.joined(separator: " or ")
        let major = SemVer(major: String((Int(previous.version.major) ?? 0) + 1), minor: "0", patch: "0")
        return breaking.map { commit in
            commit.diagnostic(Self.info, "breaking change \(input.since) without a major release, a `**Breaking:**` entry or a migration guide",
                              fix: "mark its entry in \(input.sectionName) `- **Breaking:** …`, update \(guides.isEmpty ? "a migration guide" : guides), or release \(major)",
                              ref: nil)
        }
    }

    /// A major bump, or a minor one while the major is 0 under the 0.x convention.
    private static func bumpAnnouncesBreak(from previous: SemVer, to version: SemVer, config: Config) -> Bool {
        let core = { (v: SemVer) in SemVer(major: v.major, minor: v.minor, patch: v.patch) }
        guard let bump = BumpKind.between(core(previous), core(version)) else { return false }
        return bump == .major || (bump == .minor && previous.major == "0" && config.tag.zeroMajorBreaking == .minor)
    }
}
