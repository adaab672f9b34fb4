/// A rule on a message a person wrote. Empty messages and git's own merge, revert and fixup
/// messages never reach `checkMessage`: `commit/empty-message` judges the first, and the
/// second are not Conventional Commits by design.
package protocol CommitRule: Rule where Input == CommitMessage {
    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic]
}

extension CommitRule {
    package func check(_ message: CommitMessage, config: Config) -> [Diagnostic] {
        guard let header = message.headerLine, !message.isGitGenerated else { return [] }
        return checkMessage(message, header: header, config: config)
    }
}

extension Diagnostic {
    /// A finding on one line of a message, with that line as its excerpt.
    init(_ rule: RuleInfo, _ message: String, fix: String?, at line: MessageLine, column: Int = 1, width: Int = 1) {
        self.init(rule.id, message, fix: fix, severity: rule.severity, line: line.number, column: column,
                  excerpt: line.text, width: max(1, width))
    }
}
