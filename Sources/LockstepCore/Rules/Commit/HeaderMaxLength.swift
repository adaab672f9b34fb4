struct HeaderMaxLength: CommitRule {
    static let info = RuleInfo(
        id: "commit/header-max-length",
        summary: "the header is at most `commit.header-max-length` characters (100)",
        rationale: "Long headers are cut in `git log --oneline`, in GitHub's lists and in CHANGELOG.md.",
        configKeys: ["commit.header-max-length"],
        passing: [Example("feat: add tag checks"),
                  Example("fix(ü): " + String(repeating: "é", count: 92)),  // 100 characters, 192 bytes
                  Example("fix: " + String(repeating: "x", count: 95) + "\r\n\r\nCRLF is a line ending")],
        failing: [Example("feat: " + String(repeating: "x", count: 94) + "↓y"),
                  Example("fix: a lon↓g one", config: "[commit]\nheader-max-length = 10")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        let limit = config.commit.headerMaxLength
        let length = header.text.count  // characters, not bytes
        guard length > limit else { return [] }
        return [Diagnostic(Self.info, "the header is \(length) characters long, the limit is \(limit)",
                           fix: "shorten it and move the detail into the body, after a blank line",
                           at: header, column: limit + 1, width: length - limit)]
    }
}
