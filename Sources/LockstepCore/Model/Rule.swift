/// A check with its own documentation and examples. One rule per file, named after its id.
package protocol Rule<Input>: Sendable {
    associatedtype Input: ExampleInput
    static var info: RuleInfo { get }
    init()
    func check(_ input: Input, config: Config) -> [Diagnostic]
}

/// What a rule's examples are turned into before the rule checks them.
package protocol ExampleInput {
    init(exampleText: String)
}

/// A rule of any input type, as the registry and the generic example test see it.
package struct AnyRule: Sendable {
    package let info: RuleInfo
    /// Runs the rule on one example's text under that example's configuration.
    package let checkExample: @Sendable (Example) throws(ConfigError) -> [Diagnostic]

    package init<R: Rule>(_ rule: R) {
        info = R.info
        checkExample = { (example: Example) throws(ConfigError) -> [Diagnostic] in
            let config = try Config.parse(example.config, file: ".lockstep.toml")
            return rule.check(R.Input(exampleText: example.cleanText), config: config)
        }
    }
}
