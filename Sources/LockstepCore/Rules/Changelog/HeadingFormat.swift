struct HeadingFormat: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/heading-format",
        summary: "section headings are `## [X.Y.Z] - YYYY-MM-DD` (optionally ` [YANKED]`) or `## [Unreleased]`",
        rationale: """
            RELEASE_PROCESS.md step 3 writes `## [1.2.0] - 2025-11-10`, as Keep a Changelog 1.1.0 does. \
            Release tooling (`lockstep release notes`, python-kacl, GitHub's rendering of `[1.2.0]` links) \
            finds a version by that exact shape; `## v1.2.0 (10/11/2025)` is found by none of them. \
            Other `## ` headings can be allowed with `changelog.extra-sections`.
            """,
        configKeys: ["changelog.path", "changelog.extra-sections"],
        passing: [Example("""
                      -- CHANGELOG.md --
                      # Changelog
                      ## [Unreleased]
                      ## [1.2.0] - 2025-11-10
                      ## [1.1.1] - 2025-10-02 [YANKED]
                      ## [1.0.0-rc.1] - 2025-09-01 ##
                      """),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\r\n## Migration guide\r\nÉtapes…\r\n",
                          config: "[changelog]\nextra-sections = [\"Migration guide\"]"),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("-- CHANGELOG.md --\n## ↓1.2.0 - 2025-11-10\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0]↓ – 2025-11-10\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0]↓ (2025-11-10)\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0]↓\n"),
                  Example("-- CHANGELOG.md --\n## [↓v1.2.0] - 2025-11-10\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0]↓(https://example.com/compare/v1.1.0...v1.2.0) - 2025-11-10\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0]↓ - 10 novembre 2025\r\n"),
                  Example("-- CHANGELOG.md --\n## [1.2.0] - 2025-11-10↓ — « Fonctionnalité X »\n"),
                  Example("-- CHANGELOG.md --\n## [1.1.1] - 2025-10-02 ↓[yanked]\n"),
                  Example("-- CHANGELOG.md --\n## [↓unreleased]\n## ↓Unreleased\n## [Unreleased]↓ - 2025-11-10\n"),
                  Example("-- CHANGELOG.md --\n## ↓Notes\nLire d'abord.\n")])

    package static let judgesSectionsAlone = true

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        changelog.sections.compactMap { section -> Diagnostic? in
            let problem: Problem?
            switch section.kind(config.changelog) {
            case .extra: problem = nil
            case .unknown: problem = unknown(section.heading)
            case .unreleased: problem = unreleased(section.heading)
            case .release: problem = release(section.heading)
            }
            return problem.map {
                var diagnostic = Diagnostic(Self.info, $0.message, fix: $0.fix, at: section.line, column: $0.column, width: $0.width,
                                            config: config)
                diagnostic.replacement = $0.replacement
                return diagnostic
            }
        }
    }

    private struct Problem {
        let message: String, fix: String, column: Int, width: Int
        /// The heading line written right, when the fix is that line alone (not when text would
        /// be lost or a link definition is also needed).
        var replacement: String?
    }

    private func unknown(_ heading: ChangelogHeading) -> Problem {
        guard !heading.text.isEmpty else {
            return Problem(message: "an empty `##` heading", fix: "write `## [X.Y.Z] - YYYY-MM-DD` or remove it",
                           column: heading.column, width: 1)
        }
        let tomlEscaped = heading.text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
        return Problem(message: "`## \(heading.text)` is neither a release (`## [X.Y.Z] - YYYY-MM-DD`) nor Unreleased",
                       fix: "make it a `###` category of a release, or allow it with `extra-sections = [\"\(tomlEscaped)\"]` under [changelog]",
                       column: heading.column, width: heading.text.count)
    }

    private func unreleased(_ heading: ChangelogHeading) -> Problem? {
        let line = "## [Unreleased]"
        let fix = "write `\(line)`"
        if !heading.isBracketed {
            return Problem(message: "Unreleased is not in brackets", fix: fix, column: heading.versionColumn, width: heading.version.count,
                           replacement: line)
        }
        if heading.version != "Unreleased" {
            return Problem(message: "`\(heading.version)` is written `Unreleased`", fix: fix, column: heading.versionColumn,
                           width: heading.version.count, replacement: line)
        }
        guard !heading.remainder.isEmpty else { return nil }
        return Problem(message: "text after `[Unreleased]`", fix: fix + " alone; the date comes when it becomes a release",
                       column: heading.remainderColumn, width: heading.remainder.count, replacement: line)
    }

    private func release(_ heading: ChangelogHeading) -> Problem? {
        // Nearly every release heading: nothing to explain, and no fix to write.
        if heading.isCanonical, heading.versionWithoutPrefix == heading.version { return nil }
        let version = heading.versionWithoutPrefix
        let line = "## [\(version)] - \(heading.date ?? "YYYY-MM-DD")\(heading.isYanked ? " [YANKED]" : "")"
        let fix = "write `\(line)`"
        // Without its date the line is a pattern to fill in, not a replacement.
        let replacement = heading.date == nil ? nil : line
        if !heading.isBracketed {
            return Problem(message: "the version is not in brackets", fix: fix, column: heading.versionColumn, width: heading.version.count,
                           replacement: replacement)
        }
        if version != heading.version {
            return Problem(message: "the version has a `v` prefix (tags have it, headings do not)", fix: fix,
                           column: heading.versionColumn, width: 1, replacement: replacement)
        }
        let remainder = Array(heading.remainder)
        if heading.hasInlineLink {
            let width = (remainder.firstIndex(of: ")") ?? remainder.count - 1) + 1
            return Problem(message: "the version is an inline link",
                           fix: "\(fix), and define the link at the end of the file: `[\(version)]: URL`",
                           column: heading.remainderColumn, width: width)
        }
        guard let date = heading.date, let dateColumn = heading.dateColumn else {
            let undated = remainder.isEmpty || String(remainder.drop { $0 == " " }).uppercased() == "[YANKED]"
            return Problem(message: undated ? "the release has no date" : "the date is not written YYYY-MM-DD",
                           fix: "\(fix), with the release day", column: heading.remainderColumn, width: max(1, remainder.count))
        }
        let separator = String(remainder[..<(dateColumn - heading.remainderColumn)])
        if separator != " - " {
            let message: String
            if separator.contains("–") {
                message = "an en dash (–) stands between version and date, not ` - `"
            } else if separator.contains("—") {
                message = "an em dash (—) stands between version and date, not ` - `"
            } else if separator.contains("(") {
                message = "the date is in parentheses"
            } else if separator.allSatisfy(\.isWhitespace) {
                message = "no ` - ` between version and date"
            } else {
                message = "`\(separator)` stands between version and date, not ` - `"
            }
            return Problem(message: message, fix: fix, column: heading.remainderColumn, width: max(1, separator.count),
                           replacement: replacement)
        }
        let after = String(remainder[(separator.count + date.count)...])
        guard !after.isEmpty, after != " [YANKED]" else { return nil }
        let column = dateColumn + date.count
        if after.uppercased() == " [YANKED]" {
            return Problem(message: "`[YANKED]` is written in capitals", fix: fix, column: column + 1, width: after.count - 1,
                           replacement: replacement)
        }
        return Problem(message: "text after the date", fix: "\(fix); only ` [YANKED]` may follow the date, the rest goes in entries",
                       column: column, width: after.count)
    }
}
