struct Readable: Rule {
    static let info = RuleInfo(
        id: "changelog/readable",
        summary: "CHANGELOG.md is a regular UTF-8 text file",
        rationale: """
            RELEASE_PROCESS.md step 6 publishes CHANGELOG.md as the release notes \
            (`gh release create --notes-file CHANGELOG.md`). A link, a file too large to read, a binary or \
            UTF-16 file, or bytes that are not UTF-8 cannot be checked and show as garbage on GitHub. \
            A U+FFFD replacement character is the trace of text already lost that way.
            """,
        configKeys: ["changelog.path"],
        passing: [Example("-- CHANGELOG.md --\n# Changelog\n\n## [Unreleased]\n### Fixed\n- Noms de bâtiments accentués (#126)\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n"),
                  Example("-- docs/CHANGES.md --\n# Changelog\r\n", config: "[changelog]\npath = \"docs/CHANGES.md\""),
                  Example("-- CHANGELOG.md --\n")],
        failing: [Example("-- CHANGELOG.md --\n# Changelog\n## [Unreleased]\n### Fixed\n- Noms de b↓\u{FFFD}timents\n"),
                  Example("-- CHANGELOG.md --\n# Changelog\r\n\r\n## ↓\u{FFFD}Unreleased]\r\n")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        if let problem = input.current.changelogProblem { return [problem] }
        guard let changelog = input.current.changelog else { return [] }
        let path = config.changelog.path
        if let number = changelog.firstNULLine {
            return [Diagnostic(Self.info, "\(path) holds NUL bytes: it is binary or UTF-16, not UTF-8 text",
                               fix: "save it as UTF-8 (without NUL bytes)", at: changelog.line(number), column: 1, config: config)]
        }
        if let number = changelog.firstUndecodableLine {
            let line = changelog.line(number)
            return [Diagnostic(Self.info, "\(path) is not valid UTF-8", fix: "save it as UTF-8 and retype the damaged characters",
                               at: line, column: Self.replacementColumn(in: line.text) ?? 1, config: config)]
        }
        guard let number = changelog.firstReplacementLine else { return [] }
        let line = changelog.line(number)
        return [Diagnostic(Self.info, "U+FFFD (�) stands where characters were lost in an earlier conversion",
                           fix: "retype the original characters", at: line, column: Self.replacementColumn(in: line.text) ?? 1,
                           config: config)]
    }

    /// The 1-based column of the first U+FFFD, in characters.
    private static func replacementColumn(in text: String) -> Int? {
        guard text.unicodeScalars.contains("\u{FFFD}") else { return nil }
        var column = 1
        for character in text {
            if character.unicodeScalars.contains("\u{FFFD}") { return column }
            column += 1
        }
        return nil
    }
}
