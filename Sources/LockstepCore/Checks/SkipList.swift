/// `LOCKSTEP_SKIP=rule,rule`: rules skipped for one run (the hotfix fast track). `area/*` skips an area.
package struct SkipList: Sendable, Equatable {
    package private(set) var entries: [String] = []

    package init() {}

    /// Parses the variable; an id that names no rule is an error with the closest id.
    package init(_ value: String) throws(ConfigError) {
        // Most runs skip nothing: the rule catalog (every rule's examples) is not even built.
        guard value.contains(where: { $0 != "," && $0 != " " }) else { return }
        let ids = allRules.map(\.info.id)
        let areas = Set(allRules.map { String($0.info.area) } + ["version", "changelog", "branch", "tag", "migration"])
        for raw in value.split(whereSeparator: { $0 == "," || $0 == " " }) {
            let entry = String(raw)
            let isArea = entry.hasSuffix("/*") && areas.contains(String(entry.dropLast(2)))
            guard ids.contains(entry) || isArea || entry == "all" else {
                throw ConfigError("LOCKSTEP_SKIP names an unknown rule `\(entry)`", file: "LOCKSTEP_SKIP", at: nil,
                                  fix: Suggestion.closest(to: entry, in: ids).map { "did you mean `\($0)`?" }
                                      ?? "`lockstep rules` lists the rule ids")
            }
            entries.append(entry)
        }
    }

    package var isEmpty: Bool { entries.isEmpty }

    package func contains(_ id: String) -> Bool {
        entries.contains { $0 == id || $0 == "all" || ($0.hasSuffix("/*") && id.hasPrefix($0.dropLast())) }
    }

    /// The notice printed whenever rules were skipped, so a skip is never silent.
    package var notice: String? {
        isEmpty ? nil : "lockstep: skipping \(entries.joined(separator: ", ")) (LOCKSTEP_SKIP)"
    }
}
