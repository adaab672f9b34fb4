struct NamePrefix: Rule {
    static let info = RuleInfo(
        id: "branch/name-prefix",
        summary: "other branches start with one of `branch.prefixes`, when that key is set",
        rationale: """
            Teams name work branches by kind (koprogo's CONTRIBUTING: feature/, fix/, refactor/, docs/, \
            chore/); main, develop, `release/` and `hotfix/` are the release process's own and always allowed.
            """,
        configKeys: ["branch.prefixes", "branch.names", "branch.main", "branch.develop"],
        passing: [Example("-- branch --\nfeature/login\n", config: "[branch]\nprefixes = [\"feature/\", \"fix/\"]"),
                  Example("-- branch --\ndev\n", config: "[branch]\ndevelop = \"dev\"\nprefixes = [\"feature/\"]"),
                  Example("-- branch --\nstaging\n", config: "[branch]\nprefixes = [\"feature/\"]\nnames = [\"staging\"]"),
                  Example("-- branch --\nwip-anything\n")],
        failing: [Example("-- branch --\n↓login-page\n", config: "[branch]\nprefixes = [\"feature/\", \"fix/\"]"),
                  Example("-- branch --\n↓bugfix/login\n", config: "[branch]\nprefixes = [\"feature/\", \"fix/\"]"),
                  Example("-- branch --\n↓feat/login\n", config: "[branch]\nprefixes = [\"feature/\", \"fix/\"]")])

    func check(_ input: BranchInput, config: Config) -> [Diagnostic] {
        guard let prefixes = config.branch.prefixes, case .other = input.role,
              !config.branch.names.contains(input.name), !prefixes.contains(where: { input.name.hasPrefix($0) }) else { return [] }
        let allowed = prefixes.map { "`\($0)`" }.joined(separator: ", ")
        // `feat/x` → `feature/x`: a prefix that starts like the name's first segment, else the closest one.
        let segment = String(input.name.prefix { $0 != "/" })
        let suggestion = prefixes.first { !segment.isEmpty && $0.hasPrefix(segment) }
            ?? Suggestion.closest(to: segment + "/", in: prefixes)
        return [input.nameDiagnostic(Self.info, "`\(input.name)` starts with none of the allowed prefixes (\(allowed))",
                                     fix: suggestion.map { "rename it, e.g. `git branch -m \(input.name) \($0)\(input.name.drop { $0 != "/" }.dropFirst())`" }
                                         ?? "rename it with `git branch -m` to start with one of \(allowed)")]
    }
}
