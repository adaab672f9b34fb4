struct NameVersion: Rule {
    static let info = RuleInfo(
        id: "branch/name-version",
        summary: "`release/` and `hotfix/` branches are named `vX.Y.Z` with a strict SemVer version",
        rationale: """
            RELEASE_PROCESS.md creates `release/v1.2.0` and `hotfix/v1.2.1`: the name says which \
            version the branch prepares, and the hotfix and release rules read it from there.
            """,
        configKeys: ["version.tag-prefix"],
        passing: [Example("-- branch --\nrelease/v1.2.0\n"), Example("-- branch --\nhotfix/v1.2.1\n"),
                  Example("-- branch --\nrelease/v2.0.0-rc.1\n"), Example("-- branch --\nfeature/login\n")],
        failing: [Example("-- branch --\nrelease/↓1.2.0\n"), Example("-- branch --\nhotfix/v↓1.2\n"),
                  Example("-- branch --\nrelease/v↓1.02.0\n"), Example("-- branch --\nhotfix/↓\n")])

    func check(_ input: BranchInput, config: Config) -> [Diagnostic] {
        guard let rest = input.role.versionPart else { return [] }
        let prefix = config.version.tagPrefix
        let kind = input.role.isHotfix ? "hotfix" : "release"
        let start = kind.count + 2
        let message: String
        let column: Int
        if !rest.hasPrefix(prefix) {
            message = "`\(input.name)` does not name a version: expected `\(kind)/\(prefix)X.Y.Z`"
            column = start
        } else if case .failure(let error) = SemVer.parse(String(rest.dropFirst(prefix.count))) {
            message = "`\(input.name)` does not end in a SemVer version: \(error.reason)"
            column = start + prefix.count
        } else {
            return []
        }
        // The version the name states, written right: `release/1.2` → `release/v1.2.0`.
        let renamed = TagName.suggestion(for: String(rest), prefix: prefix).map { "\(kind)/\($0)" }
        var diagnostic = input.nameDiagnostic(Self.info, message,
                                              fix: renamed.map { "rename it: `git branch -m \(ShellQuoting.quote(input.name)) \(ShellQuoting.quote($0))`" }
                                                  ?? "name it like `\(kind)/\(prefix)1.2.0` (MAJOR.MINOR.PATCH, no leading zeros)",
                                              column: column)
        diagnostic.replacement = renamed
        return [diagnostic]
    }
}
