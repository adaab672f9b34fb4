/// Judges one commit message with every commit rule: the one function behind `check message`,
/// the commit-msg hook, `check commits` and (later) pre-push and CI.
package enum MessageCheck {
    package static func run(_ message: CommitMessage, config: Config, skipping skip: SkipList = SkipList()) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for rule in commitRules {
            let info = type(of: rule).info
            let severity = config.severity(of: info)
            guard severity != .off, !skip.contains(info.id) else { continue }
            for var diagnostic in rule.check(message, config: config) {
                diagnostic.severity = severity
                found.append(diagnostic)
            }
        }
        return found
    }
}
