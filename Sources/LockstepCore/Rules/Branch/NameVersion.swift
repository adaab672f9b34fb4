struct NameVersion: Rule {
    static let info = RuleInfo(
        id: "branch/name-version",
        summary: "`release/` and `hotfix/` branches are named `vX.Y.Z` with a strict SemVer version",
        rationale: """
            RELEASE_PROCESS.md creates `release/v1.2.0` and `hotfix/v1.2.1`: the name says which \
            version the branch prepares, and the hotfix and release rules read it from there. A look-alike \
            (`release-v1.2.0`, `Release/v1.2.0`, `hotfix_1.2.1`) would get none of those rules: a hotfix \
            cut from develop would pass, so it is renamed too.
            """,
        configKeys: ["version.tag-prefix"],
        passing: [Example("-- branch --\nrelease/v1.2.0\n"), Example("-- branch --\nhotfix/v1.2.1\n"),
                  Example("-- branch --\nrelease/v2.0.0-rc.1\n"), Example("-- branch --\nfeature/login\n"),
                  Example("-- branch --\nrelease-notes\n"), Example("-- branch --\nhotfixes/login-crash\n"),
                  Example("-- branch --\nreleasing/1.2.0\n"), Example("-- branch --\nrelease-notes-1.2\n")],
        failing: [Example("-- branch --\nrelease/↓1.2.0\n"), Example("-- branch --\nhotfix/v↓1.2\n"),
                  Example("-- branch --\nrelease/v↓1.02.0\n"), Example("-- branch --\nhotfix/↓\n"),
                  Example("-- branch --\n↓release-v1.2.0\n"), Example("-- branch --\n↓Hotfix/v1.2.1\n"),
                  Example("-- branch --\n↓releases/1.3.0-rc.1\n"), Example("-- branch --\n↓hotfix_1.2\n")])

    func check(_ input: BranchInput, config: Config) -> [Diagnostic] {
        guard let rest = input.role.versionPart else { return lookAlike(input, config: config) }
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

    /// `release-v1.2.0`, `Release/v1.2.0`, `releases/v1.2.0`, `hotfix_1.2.1`: a release or hotfix
    /// branch by its name and version, but not by the name the rules read, so none of them apply.
    private func lookAlike(_ input: BranchInput, config: Config) -> [Diagnostic] {
        let word = input.name.prefix { $0.isLetter }
        let rest = input.name.dropFirst(word.count)
        guard let separator = rest.first, "/-_.".contains(separator) else { return [] }
        let kind: String
        switch word.lowercased() {
        case "release", "releases": kind = "release"
        case "hotfix", "hotfixes": kind = "hotfix"
        default: return []
        }
        let prefix = config.version.tagPrefix
        // The version right after the separator (`release-v1.2.0`, `hotfix_1.2.1`), not further on
        // (`release-notes-1.2` is some other branch).
        let named = rest.dropFirst()
        let digits = named.first == "v" || named.first == "V" ? named.dropFirst() : named
        guard digits.first?.isASCIIDigit == true, TagName.statesVersion(String(rest)),
              let version = TagName.suggestion(for: String(named), prefix: prefix) else { return [] }
        let renamed = "\(kind)/\(version)"
        var diagnostic = input.nameDiagnostic(Self.info, "`\(input.name)` names a \(kind) but is not a \(kind) branch: they are named `\(kind)/\(prefix)X.Y.Z`, and only those get the \(kind) rules",
                                              fix: "rename it: `git branch -m \(ShellQuoting.quote(input.name)) \(ShellQuoting.quote(renamed))`")
        diagnostic.replacement = renamed
        return [diagnostic]
    }
}
