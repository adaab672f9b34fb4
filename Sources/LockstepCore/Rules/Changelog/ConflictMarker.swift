struct ConflictMarker: ChangelogRule {
    static let info = RuleInfo(
        id: "changelog/conflict-marker",
        summary: "CHANGELOG.md holds no unresolved merge conflict (`<<<<<<<`, `=======`, `>>>>>>>`)",
        rationale: """
            Merging a hotfix back into develop (RELEASE_PROCESS.md, "Merge back") or a release into main \
            makes both sides edit the top of CHANGELOG.md, and git marks the conflict there. `git add` \
            accepts the markers, and a Keep a Changelog 2.0.0 file, which allows a summary under a heading, \
            would even read them as one: the next release notes would publish them. A conflict is three \
            marker lines in that order; one `=======` alone (a setext underline) is not one.
            """,
        configKeys: ["changelog.path"],
        passing: [Example("-- CHANGELOG.md --\nChangelog\n=======\n\n## [Unreleased]\n"),
                  Example("-- CHANGELOG.md --\n## [1.0.0] - 2025-11-10\n### Fixed\n- `<<<<<<< HEAD` lines are no longer kept\n"),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("""
                      -- CHANGELOG.md --
                      ## [Unreleased]
                      ↓<<<<<<< HEAD
                      ### Added
                      - Dashboard
                      =======
                      ### Fixed
                      - Crash on an empty token
                      >>>>>>> main
                      """),
                  Example("-- CHANGELOG.md --\n## [Unreleased]\r\n### Added\r\n↓<<<<<<< ours\r\n- Tableau de bord\r\n||||||| base\r\n=======\r\n- Correctif\r\n>>>>>>> theirs\r\n")])

    func checkChangelog(_ changelog: Changelog, config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var opening: ChangelogLine?
        var separated = false
        for (index, text) in changelog.lines.enumerated() {
            // Almost every line starts with another byte than a marker's.
            guard let first = text.utf8.first, Self.markerBytes.contains(first) else { continue }
            if Self.isMarker(text, "<") {
                opening = ChangelogLine(number: index + 1, text: text)
                separated = false
            } else if opening != nil, Self.isMarker(text, "=") {
                separated = true
            } else if let start = opening, separated, Self.isMarker(text, ">") {
                found.append(Diagnostic(Self.info, "an unresolved merge conflict (`<<<<<<<` … `>>>>>>>`)",
                                        fix: "keep the entries of both sides, each under its `###` category, and delete the marker lines",
                                        at: start, column: 1, width: start.text.count, config: config))
                opening = nil
            }
        }
        return found
    }

    /// Git's marker line: seven `<`, `=`, `>` (or `|`) at the start, then the end or a space.
    /// The first bytes of git's marker lines: `<`, `=`, `>`, `|`.
    static let markerBytes: [UInt8] = [0x3C, 0x3D, 0x3E, 0x7C]

    static func isMarker(_ text: String, _ character: Character) -> Bool {
        let run = text.prefix { $0 == character }
        guard run.count == 7 else { return false }
        let rest = text.dropFirst(7)
        return character == "=" ? rest.allSatisfy(\.isWhitespace) : (rest.isEmpty || rest.first == " ")
    }

    /// Any of git's conflict marker lines, for rules that would otherwise judge them as text.
    static func isAnyMarker(_ text: String) -> Bool {
        guard let first = text.utf8.first, markerBytes.contains(first) else { return false }
        return ["<", "=", ">", "|"].contains { isMarker(text, $0) }
    }
}
