struct EntryFormat: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/entry-format",
        summary: "a section holds only `###` categories, and a category only `- ` entries",
        rationale: """
            RELEASE_PROCESS.md step 3 lists each change as a `- ` item under its category (`- New feature X \
            (#123)`), as Keep a Changelog 1.1.0 does. Other Markdown list markers (`*`, `+`, `1.`) are \
            refused with the line rewritten to `- `: tools that cut release notes or count entries by \
            pattern miss them, and a mixed list renders as several lists. Entries already in the file \
            when Lockstep is adopted are carried by the hooks, which judge only what a change adds. Lists \
            nested under an entry keep any marker. Prose between the entries, or text before the first \
            category, belongs to no category and is lost by tools that read entries. A line indented under \
            an entry continues it. Prose is reported once per paragraph. `changelog.section-summaries` \
            allows a summary under the heading, as does a file that follows Keep a Changelog 2.0.0 (its \
            preamble names the version).
            """,
        configKeys: ["changelog.path", "changelog.section-summaries"],
        passing: [Example("""
                      -- CHANGELOG.md --
                      ## [1.2.0] - 2025-11-10

                      ### Added
                      - New feature X (#123)
                      - New endpoint `/api/v1/feature-x` (#124),
                        documented in the API guide:

                        ```
                        ## not a heading
                        ```
                        - nested detail

                        * nested detail, any marker

                      - Fonctionnalité « Y »
                      ---
                      ### Fixed
                      - Bug in Z causing incorrect calculation (#126)
                      <!--
                      Prose in a comment.
                      -->
                      [1.2.0]: https://github.com/gilmry/koprogo/releases/tag/v1.2.0
                      """),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\r\nCette version accélère Y.\r\n### Changed\r\n- Improved performance of Y by 30% (#125)\r\nlazy continuation\r\n",
                          config: "[changelog]\nsection-summaries = true"),
                  Example("""
                      -- CHANGELOG.md --
                      # Changelog
                      The format is based on [Keep a Changelog](https://keepachangelog.com/en/2.0.0/).
                      ## [2.0.0] - 2025-11-10
                      The API moves to v2; read the migration guide first.
                      ### Removed
                      - **Breaking:** the v1 endpoints (#130)
                      """),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n↓This release speeds up Y.\n### Changed\n- Y\n\n↓Note : redémarrer le service\navant la migration.\n![capture](assets/y.gif)\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n### Added\n↓* Fonctionnalité « Y » (#124)\n  continued here\n- New endpoint\n"),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\n### Fixed\n ↓+ Bug in Z (#126)\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n### Fixed\n↓1. Crash in W\n\n### Security\n- Z\n"),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\r\n↓- Sans catégorie\r\n### Added\r\n↓-\r\n↓#### Backend\r\n- X\r\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10\n↓- Y\n### Fixed\n- Z\n",
                          config: "[changelog]\nsection-summaries = true"),
                  Example("""
                      -- CHANGELOG.md --
                      # Changelog
                      The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.0.0/).
                      ## [1.0.0] - 2017-06-20
                      ↓A summary is no part of Keep a Changelog 1.0.0.
                      ### Added
                      - New visual identity
                      """)])

    package static let judgesSectionsAlone = true

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let allowsSummaries = config.changelog.sectionSummaries || changelog.keepAChangelogVersion.allowsSummaries
        func report(_ line: ChangelogLine, _ message: String, _ fix: String) {
            // A merge conflict's marker lines are `changelog/conflict-marker`'s, with the right fix.
            guard !ConflictMarker.isAnyMarker(line.text) else { return }
            let column = line.contentColumn
            found.append(Diagnostic(Self.info, message, fix: fix, at: line, column: column,
                                    width: line.text.count - column + 1, config: config))
        }
        for section in changelog.sections where section.kind(config.changelog).holdsCategories {
            var paragraph = Paragraph()
            for line in section.looseLines {
                let text = line.text.dropFirst(line.contentColumn - 1)
                if ChangelogMarkdown.listItem(text) != nil {
                    report(line, "an entry outside any `###` category",
                           "move it under `### Added`, `### Changed`, `### Fixed`… of the section")
                } else if text.first == "#" {
                    report(line, "a heading in a section that is no `###` category",
                           "make it a `###` category, or an entry")
                } else if !allowsSummaries, paragraph.starts(at: line) {
                    report(line, "text before the section's first `###` category",
                           "make it an entry of a category, or allow summaries with `section-summaries = true` under [changelog]")
                }
            }
            for category in section.categories {
                let place = "`### \(category.name)`"
                for line in category.entries {
                    guard let fixed = Self.dashed(line.text) else { continue }
                    let column = line.contentColumn
                    let marker = line.text.dropFirst(column - 1).prefix { !($0 == " " || $0 == "\t") }
                    var diagnostic = Diagnostic(Self.info, "an entry in \(place) marked `\(marker)`, not `- `",
                                                fix: "write it `\(fixed)`", at: line, column: column, width: marker.count, config: config)
                    diagnostic.replacement = fixed
                    found.append(diagnostic)
                }
                var paragraph = Paragraph()
                for line in category.strayLines where paragraph.starts(at: line) {
                    report(line, "text in \(place) that is no list item",
                           "start it with `- `, or indent it under the entry it continues")
                }
                for line in category.subheadings {
                    report(line, "a heading inside \(place)", "write the changes as `- ` entries directly under the category")
                }
                for line in category.emptyItems {
                    report(line, "an empty list item in \(place)", "write the change after `- `, or remove the line")
                }
            }
        }
        return found.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
    }

    /// The entry line with `- ` for its `*`, `+`, `1.` or `1)` marker (indentation and text kept);
    /// nil when it is a `- ` entry already.
    static func dashed(_ text: String) -> String? {
        // Most entries are `- ` entries: one look at the first byte after the indentation.
        if text.utf8.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) == UInt8(ascii: "-") { return nil }
        let indent = text.prefix { $0 == " " || $0 == "\t" }
        let rest = text.dropFirst(indent.count)
        guard rest.first != "-", let item = ChangelogMarkdown.listItem(rest), !item.isEmpty else { return nil }
        return indent + "- " + rest.dropFirst(item.contentOffset)
    }

    /// Prose is reported once per paragraph (lines that follow one another), at its first line:
    /// a summary of ten lines is one finding, not ten.
    private struct Paragraph {
        private var lastLine = -1

        mutating func starts(at line: ChangelogLine) -> Bool {
            defer { lastLine = line.number }
            return line.number != lastLine + 1
        }
    }
}
