/// Judges commit messages with every commit rule: the one function behind `check message`,
/// the commit-msg hook, `check commits` and (later) pre-push and CI. Prepared once per run:
/// the rules, their severities and skips are settled before the first message.
package struct MessageCheck: Sendable {
    private let config: Config
    private let rules: RuleSet<CommitMessage>

    package init(config: Config, skipping skip: SkipList = SkipList()) {
        self.config = config
        rules = RuleSet(commitRules, config: config, skipping: skip)
    }

    package func run(_ message: CommitMessage) -> [Diagnostic] {
        rules.run(message, config: config)
    }

    package static func run(_ message: CommitMessage, config: Config, skipping skip: SkipList = SkipList()) -> [Diagnostic] {
        MessageCheck(config: config, skipping: skip).run(message)
    }
}
