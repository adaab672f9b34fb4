/// `lockstep rules`, `lockstep explain` and docs/rules.md, all printed from `allRules`.
package enum RuleCatalog {
    package static func table(_ rules: [AnyRule] = allRules) -> String {
        let width = rules.map(\.info.id.count).max() ?? 0
        return rules.map { rule in
            let id = rule.info.id + String(repeating: " ", count: width - rule.info.id.count)
            let severity = rule.info.severity.rawValue + String(repeating: " ", count: 7 - rule.info.severity.rawValue.count)
            return "\(id)  \(severity)  \(rule.info.summary)\n"
        }.joined()
    }

    /// The runtime ids, as `table` prints rules (the exit status in the severity's column).
    package static func runtimeTable(_ ids: [RuntimeID] = allRuntimeIDs) -> String {
        let width = ids.map(\.id.count).max() ?? 0
        return ids.map { "\($0.id + String(repeating: " ", count: width - $0.id.count))  exit \($0.status.rawValue)  \($0.summary)\n" }.joined()
    }

    /// `lockstep rules`: the rules, then the ids that are not rules under their own heading.
    package static func listing() -> String {
        table() + "\nNot rules: ids a command reports when it cannot judge or do its work (lockstep explain ID)\n\n" + runtimeTable()
    }

    package static func json() -> String {
        let items = allRules.map { rule -> String in
            let info = rule.info
            let keys = info.configKeys.map(JSONRenderer.quote).joined(separator: ", ")
            return "{\"id\": \(JSONRenderer.quote(info.id)), \"severity\": \(JSONRenderer.quote(info.severity.rawValue)), "
                + "\"summary\": \(JSONRenderer.quote(info.summary)), \"rationale\": \(JSONRenderer.quote(info.rationale)), "
                + "\"config\": [\(keys)], "
                + "\"passing\": [\(info.passing.map { JSONRenderer.quote($0.cleanText) }.joined(separator: ", "))], "
                + "\"failing\": [\(info.failing.map { JSONRenderer.quote($0.cleanText) }.joined(separator: ", "))]}"
        }
        return "[" + items.joined(separator: ", ") + "]\n"
    }

    package static func explanation(of info: RuleInfo) -> String {
        var out = "\(info.id) (default: \(info.severity.rawValue))\n\n\(info.summary)\n\n\(info.rationale)\n"
        if !info.configKeys.isEmpty {
            out += "\nConfiguration (.lockstep.toml):\n"
            for key in info.configKeys {
                let reference = ConfigSchema.reference.first { $0.path == key }
                out += "  \(key) (default \(reference?.defaultValue ?? "-")): \(reference?.summary ?? "")\n"
            }
        }
        out += "  [rules] \"\(info.id)\" = \"error\" | \"warning\" | \"off\"\n"
        out += "\nPasses:\n" + info.passing.map(example).joined()
        out += "\nFails:\n" + info.failing.map(example).joined()
        return out
    }

    /// docs/rules.md; a test regenerates it and compares, so the page cannot drift from the code.
    package static func markdown() -> String {
        var out = "# Rules\n\nGenerated from the rules' own descriptions (`lockstep explain ID` prints the same).\n\n"
        out += "| id | default | summary |\n|---|---|---|\n"
        for rule in allRules { out += "| `\(rule.info.id)` | \(rule.info.severity.rawValue) | \(rule.info.summary.replacing("|", with: "\\|")) |\n" }
        for rule in allRules {
            let info = rule.info
            out += "\n## \(info.id)\n\n\(info.summary) (default: \(info.severity.rawValue)).\n\n\(info.rationale)\n"
            if !info.configKeys.isEmpty { out += "\nConfiguration: " + info.configKeys.map { "`\($0)`" }.joined(separator: ", ") + "\n" }
            out += "\nPasses:\n\n" + info.passing.map(markdownExample).joined()
            out += "\nFails:\n\n" + info.failing.map(markdownExample).joined()
        }
        out += "\n# Ids that are not rules\n\nA command reports these when it cannot judge or do its work; they have no examples, "
            + "and `[rules]` and `LOCKSTEP_SKIP` do not apply to them.\n\n| id | exit | summary |\n|---|---|---|\n"
        for id in allRuntimeIDs { out += "| `\(id.id)` | \(id.status.rawValue) | \(id.summary.replacing("|", with: "\\|")) |\n" }
        for id in allRuntimeIDs { out += "\n## \(id.id)\n\n\(id.summary) (exit \(id.status.rawValue)).\n\n\(id.explanation)\n" }
        return out
    }

    private static func example(_ example: Example) -> String {
        let config = example.config.isEmpty ? "" : "    with: " + example.config.replacing("\n", with: "; ") + "\n"
        return config + lines(of: example.text).map { "    | " + visible($0) + "\n" }.joined() + "\n"
    }

    private static func markdownExample(_ example: Example) -> String {
        let config = example.config.isEmpty ? "" : "With `" + example.config.replacing("\n", with: "; ") + "`:\n\n"
        return config + "```text\n" + lines(of: example.text).map { visible($0) + "\n" }.joined() + "```\n\n"
    }

    /// An example's lines, a CRLF ending shown as `␍`: in Swift "\r\n" is one character, which a
    /// split on "\n" does not see.
    private static func lines(of text: String) -> [Substring] {
        text.replacing("\r\n", with: "␍\n").split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Shows what a terminal would hide: tabs, carriage returns, trailing spaces, bad bytes.
    private static func visible(_ line: Substring) -> String {
        var text = String(line).replacing("\t", with: "→").replacing("\r", with: "␍")
        let trailing = text.reversed().prefix(while: { $0 == " " }).count
        if trailing > 0 { text = String(text.dropLast(trailing)) + String(repeating: "·", count: trailing) }
        return text
    }
}
