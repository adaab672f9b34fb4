struct HotfixVersion: Rule {
    static let info = RuleInfo(
        id: "branch/hotfix-version",
        summary: "a `hotfix/vX.Y.Z` branch names the next patch of main's version",
        rationale: """
            RELEASE_PROCESS.md: patch releases are bug fixes only, and a hotfix of production (main at \
            1.2.0) is `hotfix/v1.2.1`. Another number would publish a minor or skip a release. main's \
            version is read from the hotfix branch's upstream when that is main, else from the main that \
            is ahead of the others (a local main holding a release not pushed yet), else the local main; \
            the report names the ref it read (`origin/main's version`).
            """,
        configKeys: ["branch.main", "version.source", "version.tag-prefix"],
        passing: [Example("-- branch --\nhotfix/v1.2.1\n-- main --\n1.2.0\n"),
                  Example("-- branch --\nhotfix/v1.2.1\n-- main --\n1.2.1\n"),
                  Example("-- branch --\nhotfix/v1.2.1\n")],
        failing: [Example("-- branch --\nhotfix/v↓1.3.0\n-- main --\n1.2.0\n"),
                  Example("-- branch --\nhotfix/v↓1.2.3\n-- main --\n1.2.1\n-- main-ref --\norigin/main\n"),
                  Example("-- branch --\nhotfix/v↓1.2.2\n-- main --\n1.2.0\n"),
                  Example("-- branch --\nhotfix/v↓1.2.0\n-- main --\n1.2.0\n-- commits --\nfix: a bug\n")])

    func check(_ input: BranchInput, config: Config) -> [Diagnostic] {
        let prefix = config.version.tagPrefix
        guard input.role.isHotfix, let version = input.role.version(prefix: prefix), let text = input.mainVersion,
              case .success(let main) = SemVer.parse(text) else { return [] }
        let expected = BumpKind.patch.applied(to: main)
        if version.precedence(comparedTo: expected) == .same { return [] }
        // Merged back, main carries the hotfix's version and the branch holds nothing main lacks.
        if version.precedence(comparedTo: main) == .same, input.commits.isEmpty { return [] }
        let read = input.mainName ?? config.branch.main
        let renamed = "hotfix/\(prefix)\(expected)"
        var diagnostic = input.nameDiagnostic(Self.info, "\(version) is not the next patch of \(read)'s version \(main): expected \(expected)",
                                              fix: "rename it: `git branch -m \(ShellQuoting.quote(input.name)) \(ShellQuoting.quote(renamed))`; features wait for a release branch",
                                              column: 8 + prefix.count)
        diagnostic.replacement = renamed
        return [diagnostic]
    }
}
