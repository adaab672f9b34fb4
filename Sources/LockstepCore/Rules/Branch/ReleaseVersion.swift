struct ReleaseVersion: Rule {
    static let info = RuleInfo(
        id: "branch/release-version",
        summary: "once bumped, a release or hotfix branch's source of truth carries the branch's version or a pre-release of it",
        rationale: """
            RELEASE_PROCESS.md steps 1–2: `release/v1.2.0` gets `version = "1.2.0"` in backend/Cargo.toml. \
            Until the release commit the version is the one the branch started with. A release candidate \
            is cut on the branch as a pre-release of its version: `1.2.0-rc.1`, `1.2.0-beta.2` (any SemVer \
            pre-release of 1.2.0) are accepted on `release/v1.2.0`, and so is `1.2.0` itself, whether or not \
            an RC came first. Any other version (`1.2.1`, `1.3.0-rc.1`) is a typo that the tag would publish.
            """,
        configKeys: ["version.source", "version.tag-prefix", "branch.develop"],
        passing: [Example("-- branch --\nrelease/v1.3.0\n-- start --\n1.2.0\n-- backend/Cargo.toml --\n[package]\nversion = \"1.3.0\"\n"),
                  Example("-- branch --\nrelease/v1.3.0\n-- start --\n1.2.0\n-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n"),
                  Example("-- branch --\nrelease/v1.3.0\n-- start --\n1.2.0\n-- backend/Cargo.toml --\n[package]\nversion = \"1.3.0-rc.1\"\n"),
                  Example("-- branch --\nrelease/v1.3.0\n-- start --\n1.3.0-rc.1\n-- backend/Cargo.toml --\n[package]\nversion = \"1.3.0-beta.2\"\n"),
                  Example("-- branch --\nhotfix/v1.2.1\n-- start --\n1.2.0\n-- backend/Cargo.toml --\n[package]\nversion = \"1.2.1-rc.1\"\n"),
                  Example("-- branch --\nhotfix/v1.2.2\n-- main --\n1.2.1\n-- start --\n1.2.0\n-- backend/Cargo.toml --\n[package]\nversion = \"1.2.1\"\n"),
                  Example("-- branch --\nfeature/x\n-- start --\n1.2.0\n-- backend/Cargo.toml --\n[package]\nversion = \"9.9.9\"\n")],
        failing: [Example("-- branch --\nrelease/v1.3.0\n-- start --\n1.2.0\n-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.3.1\"\n"),
                  Example("-- branch --\nrelease/v1.3.0\n-- start --\n1.2.0\n-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.3.1-rc.1\"\n"),
                  Example("-- branch --\nrelease/v1.3.0-rc.1\n-- start --\n1.2.0\n-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.3.0-rc.2\"\n"),
                  Example("-- branch --\nhotfix/v1.2.1\n-- start --\n1.2.0\n-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.3.0\"\n")])

    func check(_ input: BranchInput, config: Config) -> [Diagnostic] {
        // Not bumped yet: the version the branch started with, or (a hotfix) main's.
        guard let version = input.role.version(prefix: config.version.tagPrefix), let source = input.tip?.source,
              source.text != version.description, source.text != input.startVersion,
              !(input.role.isHotfix && source.text == input.mainVersion) else { return [] }
        if case .success(let found) = SemVer.parse(source.text), found.isPrerelease(of: version) { return [] }
        let candidate = version.isPrerelease ? "" : " (or a pre-release of it, such as \(version)-rc.1)"
        return [source.diagnostic(Self.info, "\(input.name) prepares \(version), but its \(source.file) says \(source.text)",
                                  fix: "set \(version)\(candidate) in every manifest, or rename the branch")]
    }
}
