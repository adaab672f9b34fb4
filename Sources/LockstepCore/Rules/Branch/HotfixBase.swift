struct HotfixBase: Rule {
    static let info = RuleInfo(
        id: "branch/hotfix-base",
        summary: "a `hotfix/` branch holds no commit that is on develop but not on main",
        rationale: """
            RELEASE_PROCESS.md "Hotfix Process": branch from main (not develop). A hotfix started from \
            develop ships every unreleased change of develop to production with it.
            """,
        configKeys: ["branch.main", "branch.develop"],
        passing: [Example("-- branch --\nhotfix/v1.2.1\n-- commits --\nfix: handle expired sessions\n"),
                  Example("-- branch --\nfeature/x\n-- develop --\nfeat: unreleased work\n")],
        failing: [Example("""
                      -- branch --
                      ↓hotfix/v1.2.1
                      -- commits --
                      fix: handle expired sessions
                      feat: unreleased work
                      -- develop --
                      feat: unreleased work
                      """)])

    func check(_ input: BranchInput, config: Config) -> [Diagnostic] {
        guard input.role.isHotfix, !input.developOnly.isEmpty else { return [] }
        let count = input.developOnly.count
        let shown = input.developOnly.prefix(10).map { "\($0.shortID) \($0.header)" }
        let more = count > shown.count ? ", and \(count - shown.count) more" : ""
        let develop = config.branch.develop, main = config.branch.main
        return [input.nameDiagnostic(
            Self.info,
            "`\(input.name)` carries \(count) commit\(count == 1 ? "" : "s") from \(develop) that \(count == 1 ? "is" : "are") not on \(main): "
                + shown.joined(separator: "; ") + more,
            fix: "keep only the hotfix's own commits, on top of \(main): `git rebase --onto \(main) \(develop) \(input.name)`")]
    }
}
