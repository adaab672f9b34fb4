import ArgumentParser
import LockstepCore
import LockstepSystem

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule, then the ids that are not rules.")

    enum Format: String, ExpressibleByArgument { case text, json, markdown, configTable = "config-table" }

    @Option(help: "text, json, markdown (docs/rules.md), or config-table (docs/configuration.md's table).")
    var format: Format = .text

    func run() throws {
        switch format {
        case .text: ProcessContext.printOut(RuleCatalog.listing())
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
        if let found = runtimeID(withID: rule) {
            ProcessContext.printOut(found.explanationText)
            return
        }
        // An area (`commit`, `commit/`, `commit/*`): its rules and other ids, to pick one from.
        let area = rule.hasSuffix("/*") ? String(rule.dropLast(2)) : rule.hasSuffix("/") ? String(rule.dropLast()) : rule
        let inArea = allRules.filter { $0.info.area == area }
        let runtimeInArea = allRuntimeIDs.filter { $0.area == area }
        if !inArea.isEmpty || !runtimeInArea.isEmpty {
            var text = "\(area): \(inArea.count) rules, \(runtimeInArea.count) other ids (lockstep explain <id> for one)\n"
            if !inArea.isEmpty { text += "\n" + RuleCatalog.table(inArea) }
            if !runtimeInArea.isEmpty { text += "\nNot rules:\n\n" + RuleCatalog.runtimeTable(runtimeInArea) }
            ProcessContext.printOut(text)
            return
        }
        let ids = allRules.map(\.info.id) + allRuntimeIDs.map(\.id)
        // `type-enum` for `commit/type-enum`: the name without its area.
        let closest = ids.first { $0.hasSuffix("/" + rule) } ?? Suggestion.closest(to: rule, in: ids)
        let areas = Set(allRules.map { String($0.info.area) } + allRuntimeIDs.map { String($0.area) }).sorted().joined(separator: ", ")
        throw ValidationError("unknown rule '\(rule)'" + (closest.map { "; did you mean \($0)?" }
            ?? "; rule ids are <area>/<name> with areas \(areas) (lockstep rules lists them)"))
    }
}
