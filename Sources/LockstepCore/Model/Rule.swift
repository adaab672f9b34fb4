/// A check with its own documentation and examples. One rule per file, named after its id.
package protocol Rule<Input>: Sendable {
    associatedtype Input: ExampleInput
    static var info: RuleInfo { get }
    init()
    func check(_ input: Input, config: Config) -> [Diagnostic]
}

/// What a rule's examples are turned into before the rule checks them.
package protocol ExampleInput {
    init(exampleText: String, config: Config)
    /// Where the example's `↓` markers say diagnostics must point.
    static func markers(in example: Example) -> [Marker]
}

extension ExampleInput {
    package static func markers(in example: Example) -> [Marker] {
        example.markers.map { Marker(file: nil, line: $0.line, column: $0.column) }
    }
}

/// A place a diagnostic must point at: a file (nil: the input itself), a line and a column.
package struct Marker: Hashable, Sendable, CustomStringConvertible {
    package let file: String?
    package let line: Int
    package let column: Int

    package init(file: String?, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    package init(_ diagnostic: Diagnostic) {
        self.init(file: diagnostic.file, line: diagnostic.line ?? 0, column: diagnostic.column ?? 0)
    }

    package var description: String { (file.map { "\($0):" } ?? "") + "\(line):\(column)" }
}

/// A rule of any input type, as the registry and the generic example test see it.
package struct AnyRule: Sendable {
    package let info: RuleInfo
    /// Runs the rule on one example's text under that example's configuration.
    package let checkExample: @Sendable (Example) throws(ConfigError) -> [Diagnostic]
    /// Where the example's markers point, read the way the rule's input reads examples.
    package let markers: @Sendable (Example) -> [Marker]

    package init<R: Rule>(_ rule: R) {
        info = R.info
        checkExample = { (example: Example) throws(ConfigError) -> [Diagnostic] in
            let config = try Config.parse(example.config, file: ".lockstep.toml")
            return rule.check(R.Input(exampleText: example.cleanText, config: config), config: config)
        }
        markers = { R.Input.markers(in: $0) }
    }
}
