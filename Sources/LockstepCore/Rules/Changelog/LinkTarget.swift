struct LinkTarget: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/link-target",
        summary: "a version's link compares the previous release with it, and `[Unreleased]` starts at the newest release",
        rationale: """
            Keep a Changelog links `[1.3.0]` to the diff `…/compare/v1.2.0...v1.3.0`, the first release to \
            its tag, and `[Unreleased]` to `…/compare/v1.3.0...HEAD`. A definition copied from the line \
            above and not edited, or an `[Unreleased]` left at an older tag, sends readers to the wrong \
            changes. `[Unreleased]` may end at a branch instead of `HEAD` (`…/compare/v1.3.0...main`). \
            The previous release is the next older section (a release may also compare from \
            the previous final one, past pre-releases: a final release lists everything since then, and \
            so does a release candidate that copies Unreleased, as `release prepare` does by default). GitHub, GitLab (`/-/compare/`), Gitea \
            and Bitbucket (`/branches/compare/`) forms are read; other URLs are not judged.
            """,
        configKeys: ["changelog.path", "version.tag-prefix"],
        passing: [Example("""
                      -- CHANGELOG.md --
                      ## [Unreleased]
                      ## [1.3.0] - 2025-12-01
                      ### Added
                      - Fonctionnalité X
                      ## [1.3.0-rc.1] - 2025-11-20
                      ### Added
                      - Fonctionnalité X
                      ## [1.2.0] - 2025-11-10
                      ### Added
                      - First release

                      [Unreleased]: https://github.com/gilmry/koprogo/compare/v1.3.0...HEAD
                      [1.3.0]: https://github.com/gilmry/koprogo/compare/v1.2.0...v1.3.0
                      [1.3.0-rc.1]: https://github.com/gilmry/koprogo/compare/v1.2.0...v1.3.0-rc.1
                      [1.2.0]: https://github.com/gilmry/koprogo/releases/tag/v1.2.0
                      [docs]: https://docs.koprogo.com
                      """),
                  Example("""
                      -- CHANGELOG.md --
                      ## [Unreleased]
                      ## [1.3.0-rc.2] - 2025-11-25
                      ### Added
                      - X
                      ## [1.3.0-rc.1] - 2025-11-20
                      ### Added
                      - X
                      ## [1.2.0] - 2025-11-10
                      ### Added
                      - Y

                      [Unreleased]: https://github.com/gilmry/koprogo/compare/v1.3.0-rc.2...HEAD
                      [1.3.0-rc.2]: https://github.com/gilmry/koprogo/compare/v1.2.0...v1.3.0-rc.2
                      [1.3.0-rc.1]: https://github.com/gilmry/koprogo/compare/v1.2.0...v1.3.0-rc.1
                      [1.2.0]: https://github.com/gilmry/koprogo/releases/tag/v1.2.0
                      """),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\r\n## [1.1.0] - 2025-12-01\r\n### Fixed\r\n- X\r\n## [1.0.0] - 2025-11-10\r\n### Added\r\n- Y\r\n\r\n[unreleased]: https://gitlab.com/g/p/-/compare/v1.1.0...HEAD\r\n[1.1.0]: https://gitlab.com/g/p/-/compare/v1.0.0...v1.1.0\r\n[1.0.0]: https://gitlab.com/g/p/-/tags/v1.0.0\r\n"),
                  Example("-- CHANGELOG.md --\n## [1.1.0] - 2025-12-01\n### Fixed\n- X\n## [1.0.0] - 2025-11-10\n### Added\n- Y\n\n[1.1.0]: https://bitbucket.org/o/r/branches/compare/1.1.0%0D1.0.0\n[1.0.0]: https://exemple.fr/notes/1.0.0\n",
                          config: "[version]\ntag-prefix = \"\""),
                  Example("-- CHANGELOG.md --\n"),
                  Example("-- CHANGELOG.md --\n## [1.1.0] - 2025-12-01\n### Fixed\n- X\n## [1.0.0] - 2025-11-10\n### Added\n- Y\n\n[1.1.0]: https://github.com/o/r/compare/v1.0.0...v1.1.0#files\n[1.0.0]: https://github.com/o/r/releases/tag/v1.0.0/\n"),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\n## [1.0.0] - 2025-11-10\n### Added\n- Y\n\n[unreleased]: https://gitlab.com/g/p/-/compare/v1.0.0...main\n[1.0.0]: https://gitlab.com/g/p/-/tags/v1.0.0\n")],
        failing: [Example("""
                      -- CHANGELOG.md --
                      ## [Unreleased]
                      ## [1.3.0] - 2025-12-01
                      ### Added
                      - X
                      ## [1.2.0] - 2025-11-10
                      ### Added
                      - Y
                      ## [1.1.0] - 2025-10-01
                      ### Added
                      - Z

                      [Unreleased]: ↓https://github.com/gilmry/koprogo/compare/v1.2.0...HEAD
                      [1.3.0]: ↓https://github.com/gilmry/koprogo/compare/v1.1.0...v1.2.0
                      [1.2.0]: https://github.com/gilmry/koprogo/compare/v1.1.0...v1.2.0
                      [1.1.0]: https://github.com/gilmry/koprogo/releases/tag/v1.1.0
                      """),
                  Example("-- CHANGELOG.md --\n## [1.1.0] - 2025-12-01\r\n### Fixed\r\n- X\r\n## [1.0.0] - 2025-11-10\r\n### Added\r\n- Y\r\n\r\n[1.1.0]: ↓https://gitea.com/o/r/releases/tag/v1.1.0\r\n[1.0.0]: https://gitea.com/o/r/releases/tag/v1.0.0\r\n")])

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        let expected = ExpectedLink.all(in: changelog, config: config)
        guard !expected.isEmpty, !changelog.links.isEmpty else { return [] }
        var seen = Set<String>()
        var found: [Diagnostic] = []
        for link in changelog.links {
            let label = link.normalizedLabel
            // A second definition is dead (Markdown uses the first): changelog/link-references says so.
            guard seen.insert(label).inserted, let want = expected[label],
                  let (form, target) = ReleaseLinkForm.parse(link.target), !want.accepts(target) else { continue }
            let line = changelog.line(link.line)
            let url = form.url(want.preferred)
            let targetColumn = Self.column(of: link.target, in: line.text)
            let column = targetColumn ?? link.column
            var diagnostic = Diagnostic(Self.info, Self.describe(link.label, target, want), fix: "make it `[\(link.label)]: \(url)`",
                                        at: line, column: column, width: link.target.count, config: config)
            // The definition line with the URL swapped, everything around it kept.
            diagnostic.replacement = targetColumn.map {
                String(line.text.prefix($0 - 1)) + url + String(line.text.dropFirst($0 - 1 + link.target.count))
            }
            found.append(diagnostic)
        }
        return found
    }

    private static func describe(_ label: String, _ target: ReleaseLinkForm.Target, _ want: ExpectedLink) -> String {
        switch target {
        case .tag(let tag):
            return tag == want.to ? "`[\(label)]` links to the tag's page; a release after the first compares with the previous release (\(want.from.first ?? "?"))"
                                  : "`[\(label)]` links to the page of \(tag), not of \(want.to)"
        case .compare(let from, let to):
            if to != want.to { return "`[\(label)]` compares \(from)...\(to): it ends at \(to), not \(want.to) (copied from another line?)" }
            return "`[\(label)]` compares from \(from), but the release before it is \(want.from.first ?? "?")"
        }
    }

    /// The 1-based column where `target` starts on its definition line.
    private static func column(of target: String, in text: String) -> Int? {
        guard let colon = text.range(of: "]:"), let range = text.range(of: target, from: colon.upperBound) else { return nil }
        return text.distance(from: text.startIndex, to: range.lowerBound) + 1
    }
}
