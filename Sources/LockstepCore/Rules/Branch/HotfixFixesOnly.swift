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
        // A feature reverted on the branch ships nothing (`ReleaseCommit.withoutReverted`).
        return ReleaseCommit.withoutReverted(input.commits).compactMap { commit in
            guard let kind = commit.kind, kind > .patch, !fromDevelop.contains(commit.id) else { return nil }
            let what = kind == .major ? "a breaking change" : "a feature (`\(commit.message.conventionalHeader?.type ?? "feat")`)"
            var diagnostic = commit.diagnostic(Self.info, "\(input.name) carries \(what): a hotfix is bug fixes only",
                                               fix: Self.fix(for: commit, kind: kind, config: config), ref: input.ref)
            diagnostic.replacement = Self.reworded(commit, config: config)
            return diagnostic
        }
    }

    /// Move it to develop; or, when the commit is really a plain fix, reword its header.
    private static func fix(for commit: ReleaseCommit, kind: BumpKind, config: Config) -> String {
        let move = "move this commit to develop for the next \(kind == .major ? "major " : "")release"
        guard let header = commit.message.conventionalHeader else { return move }
        if kind == .major, !header.hasBang {
            return move + "; if nothing breaks, remove its `BREAKING CHANGE` footer (`git rebase -i`, `reword`)"
        }
        let reworded = reworded(commit, config: config) ?? ""
        return move + (kind == .major ? "; if nothing breaks, reword it without the `!`: `\(reworded)`"
                                      : "; if it only fixes a bug, reword it as a fix: `\(reworded)`")
    }

    /// The header as a plain fix (`feat(api): x` or `fix!: x` → `fix: x`), when the header is what makes the commit more than a fix.
    private static func reworded(_ commit: ReleaseCommit, config: Config) -> String? {
        guard let header = commit.message.conventionalHeader, header.hasBang || commit.kind == .minor,
              !commit.message.footers.contains(where: \.isBreakingChange) else { return nil }
        return HeaderSuggestion.render(type: "fix", scope: header.scope, bang: false, description: header.description, config: config.commit)
    }
}
