/// Everything a user can learn about a rule: `lockstep rules`, `lockstep explain` and
/// docs/rules.md print this and nothing else.
package struct RuleInfo: Sendable {
    package let id: String
    package let summary: String
    /// Why the rule exists, pointing at the release process.
    package let rationale: String
    package let severity: Severity
    /// Configuration keys the rule reads, as written in `.lockstep.toml`.
    package let configKeys: [String]
    package let passing: [Example]
    package let failing: [Example]

    package init(id: String, summary: String, rationale: String, severity: Severity = .error,
                 configKeys: [String] = [], passing: [Example], failing: [Example]) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.severity = severity
        self.configKeys = configKeys
        self.passing = passing
        self.failing = failing
    }

    /// The area before the slash: `commit`, `version`, `changelog`, `branch`, `tag`, …
    package var area: Substring { id.prefix(while: { $0 != "/" }) }
}
