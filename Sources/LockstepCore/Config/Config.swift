/// Everything `.lockstep.toml` can say. A repository without the file gets these defaults,
/// which follow RELEASE_PROCESS.md.
package struct Config: Sendable, Equatable {
    package var commit = CommitConfig()
    package var version = VersionConfig()
    package var changelog = ChangelogConfig()
    package var migration = MigrationConfig()
    package var branch = BranchConfig()
    package var tag = TagConfig()
    package var announce = AnnounceConfig()
    package var checklist = ChecklistConfig()
    /// Per-rule severity from `[rules]`; a rule not named keeps its own default.
    package var severities: [String: Severity] = [:]

    package init() {}

    package static let fileName = ".lockstep.toml"

    package func severity(of rule: RuleInfo) -> Severity { severities[rule.id] ?? rule.severity }

    /// Parses `.lockstep.toml`. Unknown sections, keys and rule ids are errors naming the closest valid one.
    package static func parse(_ bytes: [UInt8], file: String) throws(ConfigError) -> Config {
        let document: TOMLTable
        do throws(TOMLError) {
            document = try TOML.parse(bytes)
        } catch {
            throw unquotedRuleID(bytes, at: error.position, file: file)
                ?? ConfigError(error.message, file: file, at: error.position, fix: "fix the TOML syntax")
        }
        var config = Config()
        for section in document.entries {
            guard ConfigSchema.sections.contains(section.key) || section.key == "rules" else {
                throw ConfigError.unknown("section", "[\(section.key)]", file: file, at: section.keyPosition,
                                          closest: Suggestion.closest(to: section.key,
                                                                      in: ConfigSchema.sections + ["rules"]))
            }
            guard case .table(let table) = section.node.value else {
                throw ConfigError("`\(section.key)` must be a table such as `[\(section.key)]`", file: file,
                                  at: section.keyPosition, fix: nil)
            }
            if section.key == "rules" {
                try config.readSeverities(table, file: file)
                continue
            }
            for entry in table.entries {
                let keys = ConfigSchema.keys.filter { $0.section == section.key }
                guard let key = keys.first(where: { $0.name == entry.key }) else {
                    throw ConfigError.unknown("key", "\(section.key).\(entry.key)", file: file,
                                              at: entry.keyPosition,
                                              closest: Suggestion.closest(to: entry.key, in: keys.map(\.name)))
                }
                try key.apply(&config, ConfigValue(node: entry.node, path: key.path, file: file))
            }
        }
        return config
    }

    package static func parse(_ text: String, file: String) throws(ConfigError) -> Config {
        try parse(Array(text.utf8), file: file)
    }

    /// `[rules]`: a rule id, or `area/*` for every rule of an area (as `LOCKSTEP_SKIP` takes it);
    /// a rule named on its own wins over its area, wherever it stands.
    private mutating func readSeverities(_ table: TOMLTable, file: String) throws(ConfigError) {
        let ids = allRules.map(\.info.id)
        var areaSeverities: [(area: String, severity: Severity)] = []
        var ruleSeverities: [(id: String, severity: Severity)] = []
        for entry in table.entries {
            let area = entry.key.hasSuffix("/*") ? String(entry.key.dropLast(2)) : nil
            guard ids.contains(entry.key) || area.map({ area in allRules.contains { $0.info.area == area } }) == true else {
                throw ConfigError.unknown("rule", entry.key, file: file, at: entry.keyPosition,
                                          closest: Suggestion.closest(to: entry.key, in: ids + Set(allRules.map { "\($0.info.area)/*" }).sorted()))
            }
            let value = try ConfigValue(node: entry.node, path: "rules.\"\(entry.key)\"", file: file).string()
            guard let severity = Severity(rawValue: value) else {
                let meant = Self.severityWords[value.lowercased()] ?? Suggestion.closest(to: value, in: Severity.allCases.map(\.rawValue))
                throw ConfigError("severity of \(entry.key) must be \"error\", \"warning\" or \"off\", not \"\(value)\"",
                                  file: file, at: entry.node.position, fix: meant.map { "did you mean `\"\($0)\"`?" })
            }
            if let area { areaSeverities.append((area, severity)) } else { ruleSeverities.append((entry.key, severity)) }
        }
        for (area, severity) in areaSeverities {
            for rule in allRules where rule.info.area == area { severities[rule.info.id] = severity }
        }
        for (id, severity) in ruleSeverities { severities[id] = severity }
    }

    /// Words people write for a severity.
    private static let severityWords = ["warn": "warning", "warnings": "warning", "err": "error", "errors": "error",
                                        "fail": "error", "disable": "off", "disabled": "off", "none": "off",
                                        "ignore": "off", "false": "off", "no": "off"]

    /// `commit/type-enum = "off"` is not TOML (a bare key has no `/`): say to quote it, not "unexpected /".
    private static func unquotedRuleID(_ bytes: [UInt8], at position: Position?, file: String) -> ConfigError? {
        guard let position else { return nil }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard position.line >= 1, position.line <= lines.count else { return nil }
        let line = String(decoding: lines[position.line - 1], as: UTF8.self)
        let text = line.drop { $0 == " " || $0 == "\t" }
        let key = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || "-_/*".contains($0)) }
        let rest = text.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
        guard key.contains("/"), rest.first == "=" else { return nil }
        let value = rest.dropFirst().drop { $0 == " " || $0 == "\t" }.gitRightTrimmed
        return ConfigError("a rule id contains `/`, so TOML needs it quoted", file: file,
                           at: Position(line: position.line, column: line.count - text.count + 1),
                           fix: "quote the rule id: `\"\(key)\" = \(value.isEmpty ? "\"off\"" : String(value))`")
    }
}
