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
            throw ConfigError(error.message, file: file, at: error.position, fix: "fix the TOML syntax")
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

    private mutating func readSeverities(_ table: TOMLTable, file: String) throws(ConfigError) {
        let ids = allRules.map(\.info.id)
        for entry in table.entries {
            guard ids.contains(entry.key) else {
                throw ConfigError.unknown("rule", entry.key, file: file, at: entry.keyPosition,
                                          closest: Suggestion.closest(to: entry.key, in: ids))
            }
            let value = try ConfigValue(node: entry.node, path: "rules.\"\(entry.key)\"", file: file).string()
            guard let severity = Severity(rawValue: value) else {
                throw ConfigError("severity of \(entry.key) must be \"error\", \"warning\" or \"off\", not \"\(value)\"",
                                  file: file, at: entry.node.position, fix: nil)
            }
            severities[entry.key] = severity
        }
    }
}
