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
            diagnostics.append(Self.removing(Diagnostic(Self.info, "the header starts with whitespace", fix: "",
                                                        at: header, column: 1, width: leading), String(text.dropFirst(leading))))
        }
        let kept = text.gitRightTrimmed.count
        if kept < text.count, kept > 0 {
            diagnostics.append(Self.removing(Diagnostic(Self.info, "the header ends with whitespace", fix: "",
                                                        at: header, column: kept + 1, width: text.count - kept), String(text.prefix(kept))))
        }
        if let parsed = message.conventionalHeader, parsed.description.first?.isGitSpace == true,
           !parsed.description.isGitBlank {
            let spaces = parsed.description.prefix(while: \.isGitSpace).count
            let fixed = String(text.prefix(parsed.colonColumn)) + " " + String(text.dropFirst(parsed.colonColumn + 1 + spaces))
            var diagnostic = Diagnostic(Self.info, "more than one space after `:`", fix: "keep exactly one: `\(fixed)`",
                                        at: header, column: parsed.colonColumn + 1, width: spaces + 1)
            diagnostic.replacement = fixed
            diagnostics.append(diagnostic)
        }
        return diagnostics
    }

    /// `diagnostic` with the header `fixed` as its replacement, quoted in the fix.
    private static func removing(_ diagnostic: Diagnostic, _ fixed: String) -> Diagnostic {
        var result = Diagnostic(diagnostic.rule, diagnostic.message, fix: "remove it: `\(fixed)`", severity: diagnostic.severity,
                                line: diagnostic.line, column: diagnostic.column, excerpt: diagnostic.excerpt, width: diagnostic.width)
        result.replacement = fixed
        return result
    }
}
