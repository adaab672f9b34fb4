/// Runs the pre-release checklist rules on one release: the function behind `check release`,
/// `check ci` on release branches and tags, and `release checklist`.
package enum PreReleaseCheck {
    package static func run(_ input: PreReleaseInput, config: Config, skipping skip: SkipList = SkipList()) -> [Diagnostic] {
        RuleSet(preReleaseRules, config: config, skipping: skip).run(input, config: config)
    }

    /// Every pre-release rule id, for the checklist's evidence.
    package static var ruleIDs: [String] { preReleaseRules.map { type(of: $0).info.id } }
}
