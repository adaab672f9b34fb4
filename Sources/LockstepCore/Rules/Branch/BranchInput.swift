/// What the branch rules judge: a branch name as pushed (or checked), and what the repository
/// says about it: main's version, the commits it holds that main does not, which of those are
/// develop's, and the manifests at its tip.
package struct BranchInput: Sendable {
    /// The short name: `hotfix/v1.2.1`.
    package var name: String
    package var role: BranchRole
    /// The version in main's source of truth (backend/Cargo.toml), when main and the file exist.
    package var mainVersion: String?
    /// The ref `mainVersion` was read from, as reports name it: `origin/main`, `main`.
    package var mainName: String?
    /// The version where the branch started (its merge base with develop, else main).
    package var startVersion: String?
    /// The manifests at the branch's tip.
    package var tip: ReleaseState?
    /// Commits on the branch that are not on main, newest first (merges excluded).
    package var commits: [ReleaseCommit]
    /// The commits on the branch that are on develop but not on main, newest first.
    package var developOnly: [ReleaseCommit]

    package init(name: String, config: Config, mainVersion: String? = nil, mainName: String? = nil, startVersion: String? = nil,
                 tip: ReleaseState? = nil, commits: [ReleaseCommit] = [], developOnly: [ReleaseCommit] = []) {
        self.name = name
        role = BranchRole(name, config: config)
        self.mainVersion = mainVersion
        self.mainName = mainName
        self.startVersion = startVersion
        self.tip = tip
        self.commits = commits
        self.developOnly = developOnly
    }

    package var ref: String { "refs/heads/" + name }

    /// A diagnostic on the branch name, underlining `width` characters from `column`.
    func nameDiagnostic(_ rule: RuleInfo, _ message: String, fix: String, column: Int = 1, width: Int? = nil) -> Diagnostic {
        Diagnostic(rule.id, message, fix: fix, severity: rule.severity, line: 1, column: column, ref: ref,
                   excerpt: name, width: width ?? max(1, name.count - column + 1))
    }
}

/// Sections: `-- branch --` the name, `-- main --` main's version (`-- main-ref --` the ref it was
/// read from), `-- start --` the version the
/// branch started from, `-- commits --` the branch's commits not on main and `-- develop --` those
/// of them on develop (one header per line, newest first), any other section a file at the tip.
extension BranchInput: ExampleInput {
    static let factSections: Set<String> = ["branch", "main", "main-ref", "start", "commits", "develop"]

    package init(exampleText: String, config: Config) {
        let sections = ExampleSections(exampleText)
        let files = sections.tree(excluding: Self.factSections)
        self.init(name: sections.value("branch") ?? "", config: config, mainVersion: sections.value("main"),
                  mainName: sections.value("main-ref"), startVersion: sections.value("start"),
                  tip: files.entries.isEmpty ? nil : ReleaseState(tree: files, config: config, readingChangelog: false),
                  commits: sections.commits("commits"), developOnly: sections.commits("develop"))
    }

    package static func markers(in example: Example) -> [Marker] {
        ExampleSections(example.text).markers(names: ["branch"], commits: ["commits", "develop"])
    }
}
