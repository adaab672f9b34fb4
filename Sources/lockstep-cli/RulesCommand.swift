import ArgumentParser
import LockstepCore
import LockstepSystem

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule.")

    enum Format: String, ExpressibleByArgument { case text, json, markdown, configTable = "config-table" }

    @Option(help: "text, json, markdown (docs/rules.md), or config-table (docs/configuration.md's table).")
    var format: Format = .text

    func run() throws {
        switch format {
        case .text: ProcessContext.printOut(RuleCatalog.table())
        case .json: ProcessContext.printOut(RuleCatalog.json())
        case .markdown: ProcessContext.printOut(RuleCatalog.markdown())
        case .configTable: ProcessContext.printOut(ConfigSchema.markdownTable)
        }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show a rule's rationale, configuration keys and examples.")

    @Argument(help: "A rule id such as commit/type-enum.") var rule: String

    func run() throws {
        guard let found = LockstepCore.rule(withID: rule) else {
            let closest = Suggestion.closest(to: rule, in: allRules.map(\.info.id))
            throw ValidationError("unknown rule '\(rule)'" + (closest.map { "; did you mean \($0)?" } ?? ""))
        }
        ProcessContext.printOut(RuleCatalog.explanation(of: found.info))
    }
}
