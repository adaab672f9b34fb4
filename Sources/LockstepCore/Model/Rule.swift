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
    /// The example's text (markers removed) with `diagnostic`'s replacement put where it points;
    /// nil when the diagnostic has none or this input cannot place it.
    static func applyingFix(of diagnostic: Diagnostic, to example: Example) -> String?
}

extension ExampleInput {
    package static func markers(in example: Example) -> [Marker] {
        example.markers.map { Marker(file: nil, line: $0.line, column: $0.column) }
    }

    /// A one-text input (a commit message): the replacement takes the place of the line the diagnostic points at.
    package static func applyingFix(of diagnostic: Diagnostic, to example: Example) -> String? {
        guard let replacement = diagnostic.replacement, diagnostic.file == nil, let line = diagnostic.line else { return nil }
        return ExampleSections.replacingLine(line, of: example.cleanText, with: replacement)
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
    /// The example's text with a diagnostic's replacement applied (see `ExampleInput.applyingFix`).
    package let applyingFix: @Sendable (Example, Diagnostic) -> String?

    package init<R: Rule>(_ rule: R) {
        info = R.info
        checkExample = { (example: Example) throws(ConfigError) -> [Diagnostic] in
            let config = try Config.parse(example.config, file: ".lockstep.toml")
            return rule.check(R.Input(exampleText: example.cleanText, config: config), config: config)
        }
        markers = { R.Input.markers(in: $0) }
        applyingFix = { R.Input.applyingFix(of: $1, to: $0) }
    }
}
