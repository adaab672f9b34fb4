struct HeaderWhitespace: CommitRule {
    static let info = RuleInfo(
        id: "commit/header-whitespace",
        summary: "the header has no leading or trailing whitespace and one space after the colon",
        rationale: """
            Stray whitespace makes identical types and descriptions compare unequal in tools and \
            changelogs, and is invisible in review.
            """,
        passing: [Example("feat: x"), Example("feat: x\n\n  indented body is fine")],
        failing: [Example("↓  feat: x"), Example("feat: x↓  "), Example("feat:↓  two spaces"),
                  Example("feat: x↓\t")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let text = header.text
        let leading = text.prefix(while: \.isGitSpace).count
        if leading > 0, leading < text.count {
            diagnostics.append(Diagnostic(Self.info, "the header starts with whitespace", fix: "remove it",
                                          at: header, column: 1, width: leading))
        }
        let kept = text.gitRightTrimmed.count
        if kept < text.count, kept > 0 {
            diagnostics.append(Diagnostic(Self.info, "the header ends with whitespace", fix: "remove it",
                                          at: header, column: kept + 1, width: text.count - kept))
        }
        if let parsed = message.conventionalHeader, parsed.description.first?.isGitSpace == true,
           !parsed.description.isGitBlank {
            diagnostics.append(Diagnostic(Self.info, "more than one space after `:`", fix: "keep exactly one",
                                          at: header, column: parsed.colonColumn + 1,
                                          width: parsed.description.prefix(while: \.isGitSpace).count + 1))
        }
        return diagnostics
    }
}
