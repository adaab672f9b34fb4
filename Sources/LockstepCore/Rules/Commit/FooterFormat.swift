struct FooterFormat: CommitRule {
    static let info = RuleInfo(
        id: "commit/footer-format",
        summary: "footers read `Token: value` or `Token #value`",
        rationale: """
            Conventional Commits 1.0.0 §8–9 and git trailers: a footer is a word token (`-` for spaces), then \
            `: ` or ` #`. `Refs:#12` or an empty `Reviewed-by:` is lost by every tool that reads trailers.
            """,
        passing: [Example("fix: x\n\nRefs: #12\nCloses #13\nReviewed-by: Ann <a@x.org>"),
                  Example("fix: x\n\nSee https://example.org/a for details"),
                  Example("fix: x\n\nBREAKING CHANGE: a\nmulti-line value\nAcked-by: Bo")],
        failing: [Example("fix: x\n\nRefs: #1\n↓Closes:#12"), Example("fix: x\n\nAcked-by: Bo\n↓Reviewed-by:")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        message.footerLines.compactMap { line -> Diagnostic? in
            guard Footer.start(of: line) == nil else { return nil }
            let token = line.text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            guard !token.isEmpty, token.first?.isLetter == true else { return nil }
            let rest = line.text[token.endIndex...]
            // `Token:value` or a bare `Token:` reads as a broken footer; `https://…` is prose.
            guard rest.hasPrefix(":"), !rest.hasPrefix("://"), !rest.hasPrefix(": ") else { return nil }
            let value = rest.dropFirst()
            let fix = value.isEmpty ? "give `\(token)` a value or remove the line" : "write `\(token): \(value)`"
            return Diagnostic(Self.info, "footer `\(token)` needs `: ` between token and value", fix: fix, at: line,
                              width: line.text.count)
        }
    }
}
