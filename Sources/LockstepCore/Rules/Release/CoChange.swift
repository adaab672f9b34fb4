struct CoChangeRule: Rule {
    static let info = RuleInfo(
        id: "release/co-change",
        summary: "when configured paths changed since the previous release, their companions changed too",
        rationale: """
            RELEASE_PROCESS.md pre-release checklist: "API documentation updated if endpoints changed", \
            "User guides updated if UI/UX changed". Which paths are endpoints, screens or guides is the \
            project's to say, in `checklist.co-change` pairs (none by default): when a path of `when` \
            changed since the previous release tag, a path of `then` must have changed too. A folder \
            ends with `/`; `*` and `**` match within and across folders.
            """,
        configKeys: ["checklist.co-change"],
        passing: [Example("-- tags --\nv1.2.0\n-- changed --\nbackend/src/handlers/building.rs\ndocs/api/buildings.md\n",
                          config: Self.koprogo),
                  Example("-- tags --\nv1.2.0\n-- changed --\nbackend/src/domain/building.rs\nfrontend/README.md\n", config: Self.koprogo),
                  Example("-- tags --\nv1.2.0\n-- changed --\nbackend/src/handlers/building.rs\n")],
        failing: [Example("-- tags --\nv1.2.0\n-- changed --\n↓backend/src/handlers/building.rs\nbackend/src/handlers/unit.rs\ndocs/guides/owners.md\n",
                          config: Self.koprogo),
                  Example("-- changed --\nREADME.md\n↓frontend/src/pages/Buildings.svelte\n", config: Self.koprogo)])

    /// The first user's pairs, shortened from docs/release-notes.md's example.
    static let koprogo = """
        [checklist]
        co-change = [{ when = ["backend/src/handlers/"], then = ["docs/api/"] }, { when = ["frontend/src/pages/**/*.svelte"], then = ["docs/guides/"] }]
        """

    func check(_ input: PreReleaseInput, config: Config) -> [Diagnostic] {
        config.checklist.coChanges.compactMap { pair in
            let (triggering, companions) = Self.paths(of: pair, in: input)
            guard let first = triggering.first, companions.isEmpty else { return nil }
            let others = triggering.count > 1 ? " and \(triggering.count - 1) more under \(pair.when.map { "`\($0)`" }.joined(separator: ", "))" : ""
            let wanted = pair.then.map { "`\($0)`" }.joined(separator: " or ")
            return Diagnostic(Self.info.id, "\(first)\(others) changed \(input.since), but nothing under \(wanted) did",
                              fix: "update \(wanted)\(pair.item.map { " (\($0))" } ?? ""), or change the pair in `checklist.co-change`",
                              severity: Self.info.severity, file: first)
        }
    }

    /// The changed paths that call for the pair's companions, and the companions that changed.
    static func paths(of pair: CoChange, in input: PreReleaseInput) -> (triggering: [String], companions: [String]) {
        (input.changedPaths.filter(pair.when.anyPatternMatches), input.changedPaths.filter(pair.then.anyPatternMatches))
    }
}
