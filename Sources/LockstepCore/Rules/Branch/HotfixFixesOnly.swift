struct HotfixFixesOnly: Rule {
    static let info = RuleInfo(
        id: "branch/hotfix-fixes-only",
        summary: "a `hotfix/` branch carries no feature and no breaking change",
        rationale: """
            RELEASE_PROCESS.md "Release Types": a patch is bug fixes only, and a hotfix is a patch release \
            deployed straight to production. A `feat` or a breaking change there needs a release branch.
            """,
        configKeys: ["branch.main"],
        passing: [Example("-- branch --\nhotfix/v1.2.1\n-- commits --\nfix: handle expired sessions\ntest: cover expiry\n"),
                  Example("-- branch --\nhotfix/v1.2.1\n-- commits --\nfeat: from develop\n-- develop --\nfeat: from develop\n"),
                  Example("-- branch --\nrelease/v1.3.0\n-- commits --\nfeat: buildings\n")],
        failing: [Example("-- branch --\nhotfix/v1.2.1\n-- commits --\n↓feat: add export\nfix: handle expired sessions\n"),
                  Example("-- branch --\nhotfix/v1.2.1\n-- commits --\n↓fix!: drop the v0 routes\n"),
                  Example("-- branch --\nhotfix/v1.2.1\n-- commits --\nfix: x\\n\\n↓BREAKING CHANGE: sessions end at once\n")])

    func check(_ input: BranchInput, config: Config) -> [Diagnostic] {
        guard input.role.isHotfix else { return [] }
        // Commits that came from develop are `branch/hotfix-base`'s finding: the fix there is another base.
        let fromDevelop = Set(input.developOnly.map(\.id))
        return input.commits.compactMap { commit in
            guard let kind = commit.kind, kind > .patch, !fromDevelop.contains(commit.id) else { return nil }
            let what = kind == .major ? "a breaking change" : "a feature (`\(commit.message.conventionalHeader?.type ?? "feat")`)"
            return commit.diagnostic(Self.info, "\(input.name) carries \(what): a hotfix is bug fixes only",
                                     fix: "move this commit to develop for the next release, or make it a `fix`", ref: input.ref)
        }
    }
}
