struct Unreleased: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/unreleased",
        summary: "one `## [Unreleased]` section comes before every release",
        rationale: """
            Keep a Changelog 1.1.0 keeps an Unreleased section at the top to collect changes as they land; \
            RELEASE_PROCESS.md step 3 turns it into `## [1.2.0] - 2025-11-10` on release day \
            (`lockstep release prepare` moves it). Without it, or below a release, changes land in the wrong place.
            """,
        configKeys: ["changelog.path", "changelog.extra-sections"],
        passing: [Example("-- CHANGELOG.md --\n# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2025-11-10\n### Added\n- Nouvelle fonctionnalité X (#123)\n"),
                  Example("-- CHANGELOG.md --\n# Changelog\r\n## Notes\r\nRead me first.\r\n## [Unreleased]\r\n",
                          config: "[changelog]\nextra-sections = [\"Notes\"]"),
                  Example("-- CHANGELOG.md --\n# Changelog\n```\n## [1.0.0] - 2025-01-01\n```\n## [Unreleased]\n")],
        failing: [Example("-- CHANGELOG.md --\n↓# Changelog\n\n## [1.2.0] - 2025-11-10\n### Added\n- X\n"),
                  Example("-- CHANGELOG.md --\n# Changelog\n## [1.2.0] - 2025-11-10\n### Added\n- X\n## ↓[Unreleased]\n"),
                  Example("-- CHANGELOG.md --\n# Changelog\r\n## [Unreleased]\r\n## ↓Unreleased\r\n"),
                  Example("-- CHANGELOG.md --\n↓\n"),
                  Example("-- CHANGELOG.md --\n# Changelog\n\n↓Unreleased\n----------\n\n1.0.0 - 2025-01-01\n------------------\n")])

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var firstRelease: ChangelogSection?
        var sawUnreleased = false
        for section in changelog.sections {
            switch section.kind(config.changelog) {
            case .release:
                firstRelease = firstRelease ?? section
            case .unreleased:
                let column = section.heading.column
                if sawUnreleased {
                    found.append(Diagnostic(Self.info, "a second Unreleased section", fix: "merge its entries into the first one",
                                            at: section.line, column: column, width: section.heading.text.count, config: config))
                } else if let release = firstRelease {
                    found.append(Diagnostic(Self.info, "Unreleased comes after a release",
                                            fix: "move this section above `\(release.line.text)`, the first release",
                                            at: section.line, column: column, width: section.heading.text.count, config: config))
                }
                sawUnreleased = true
            case .extra, .unknown:
                continue
            }
        }
        guard !sawUnreleased else { return found }
        // Anchored to the title (or line 1), not to the first release: a new release on top must
        // not make an old finding look new to the hook.
        let line = changelog.title ?? changelog.line(1)
        // `Unreleased` underlined with `---` (a setext heading) reads as text before any section.
        let preamble = changelog.preamble
        for (above, below) in zip(preamble, preamble.dropFirst()) where below.number == above.number + 1 {
            let underline = below.text.filter { $0 != " " && $0 != "\t" }
            let name = above.text.filter { !" \t[]".contains($0) }.lowercased()
            guard name == "unreleased", !underline.isEmpty, underline.allSatisfy({ $0 == "-" || $0 == "=" }) else { continue }
            return [Diagnostic(Self.info, "`\(above.text)` is an underlined (setext) heading, which Keep a Changelog does not use: it starts no section",
                               fix: "write `## [Unreleased]` in its place (and each release `## [X.Y.Z] - YYYY-MM-DD`), without the underline",
                               at: above, column: 1, width: above.text.count, config: config)]
        }
        return [Diagnostic(Self.info, "\(config.changelog.path) has no `## [Unreleased]` section",
                           fix: "add `## [Unreleased]` above the first release, to collect changes until the next one",
                           at: line, column: 1, config: config)]
    }
}
