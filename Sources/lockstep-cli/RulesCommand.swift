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
        if let found = LockstepCore.rule(withID: rule) {
            ProcessContext.printOut(RuleCatalog.explanation(of: found.info))
            return
        }
        // An area (`commit`, `commit/`, `commit/*`): its rules, to pick one from.
        let area = rule.hasSuffix("/*") ? String(rule.dropLast(2)) : rule.hasSuffix("/") ? String(rule.dropLast()) : rule
        let inArea = allRules.filter { $0.info.area == area }
        if !inArea.isEmpty {
            ProcessContext.printOut("\(area): \(inArea.count) rules (lockstep explain <id> for one)\n\n" + RuleCatalog.table(inArea))
            return
        }
        let ids = allRules.map(\.info.id)
        // `type-enum` for `commit/type-enum`: the name without its area.
        let closest = ids.first { $0.hasSuffix("/" + rule) } ?? Suggestion.closest(to: rule, in: ids)
        let areas = Set(allRules.map { String($0.info.area) }).sorted().joined(separator: ", ")
        throw ValidationError("unknown rule '\(rule)'" + (closest.map { "; did you mean \($0)?" }
            ?? "; rule ids are <area>/<name> with areas \(areas) (lockstep rules lists them)"))
    }
}
