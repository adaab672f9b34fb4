/// Rules of one input type, prepared for a run: each with the severity the configuration gives
/// it, without the rules turned off or skipped (`LOCKSTEP_SKIP`). The one loop behind every check.
struct RuleSet<Input: ExampleInput>: Sendable {
    private let rules: [(rule: any Rule<Input>, severity: Severity)]

    /// `including` narrows the rules by id (`check versions` runs only `version/…`).
    init(_ rules: [any Rule<Input>], config: Config, skipping skip: SkipList, including: (String) -> Bool = { _ in true }) {
        self.rules = rules.compactMap { rule in
            let info = type(of: rule).info
            let severity = config.severity(of: info)
            return severity == .off || skip.contains(info.id) || !including(info.id) ? nil : (rule, severity)
        }
    }

    /// Every finding of every rule on `input`, with the rule's configured severity.
    func run(_ input: Input, config: Config) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (rule, severity) in rules {
            for var diagnostic in rule.check(input, config: config) {
                diagnostic.severity = severity
                found.append(diagnostic)
            }
        }
        return found
    }
}
