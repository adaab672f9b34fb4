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
                  Example("-- branch --\n↓feat/login\n", config: "[branch]\nprefixes = [\"feature/\", \"fix/\"]"),
                  Example("-- branch --\n↓fix\n", config: "[branch]\nprefixes = [\"feature/\", \"fix/\"]")])

    func check(_ input: BranchInput, config: Config) -> [Diagnostic] {
        guard let prefixes = config.branch.prefixes, case .other = input.role,
              !config.branch.names.contains(input.name), !prefixes.contains(where: { input.name.hasPrefix($0) }) else { return [] }
        let allowed = prefixes.map { "`\($0)`" }.joined(separator: ", ")
        // `feat/x` → `feature/x`: a prefix that starts like the name's first segment, else the closest one.
        // `login-page` (no `/`) keeps its whole name under the prefix: `fix` → `fix/fix`, never `fix/`.
        let hasSegment = input.name.contains("/")
        let segment = hasSegment ? String(input.name.prefix { $0 != "/" }) : input.name
        let topic = hasSegment ? String(input.name.drop { $0 != "/" }.dropFirst()) : input.name
        let suggestion = prefixes.first { !segment.isEmpty && $0.hasPrefix(segment) }
            ?? Suggestion.closest(to: segment + "/", in: prefixes)
        let renamed = suggestion.flatMap { prefix in topic.isEmpty ? nil : prefix + topic }
        var diagnostic = input.nameDiagnostic(Self.info, "`\(input.name)` starts with none of the allowed prefixes (\(allowed))",
                                              fix: renamed.map { "rename it, e.g. `git branch -m \(ShellQuoting.quote(input.name)) \(ShellQuoting.quote($0))`" }
                                                  ?? "rename it with `git branch -m` to start with one of \(allowed)")
        diagnostic.replacement = renamed
        return [diagnostic]
    }
}
