/// Judges commit messages with every commit rule: the one function behind `check message`,
/// the commit-msg hook, `check commits` and (later) pre-push and CI. Prepared once per run:
/// the rules, their severities and skips are settled before the first message.
package struct MessageCheck: Sendable {
    private let config: Config
    private let rules: [(rule: any Rule<CommitMessage>, severity: Severity)]

    package init(config: Config, skipping skip: SkipList = SkipList()) {
        self.config = config
        rules = commitRules.compactMap { rule in
            let info = type(of: rule).info
            let severity = config.severity(of: info)
            return severity == .off || skip.contains(info.id) ? nil : (rule, severity)
        }
    }

    package func run(_ message: CommitMessage) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (rule, severity) in rules {
            for var diagnostic in rule.check(message, config: config) {
                diagnostic.severity = severity
                found.append(diagnostic)
            }
        }
        return found
    }

    package static func run(_ message: CommitMessage, config: Config, skipping skip: SkipList = SkipList()) -> [Diagnostic] {
        MessageCheck(config: config, skipping: skip).run(message)
    }
}
