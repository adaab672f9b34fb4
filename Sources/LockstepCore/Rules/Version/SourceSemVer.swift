struct SourceSemVer: Rule {
    static let info = RuleInfo(
        id: "version/source-semver",
        summary: "the source of truth's version is strict SemVer 2.0.0",
        rationale: """
            Release types in RELEASE_PROCESS.md are SemVer's (major, minor, patch) and tags are `v` + the \
            version; `1.02.0` or `v1.2.0` inside a manifest breaks tag matching and version ordering.
            """,
        configKeys: ["version.source"],
        passing: [Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = \"2.0.0-rc.1+build.5\"\n"),
                  Example("-- Cargo.toml --\n[workspace.package]\nversion = \"0.3.0\"\n-- backend/Cargo.toml --\n[package]\nversion.workspace = true\n")],
        failing: [Example("-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.02.0\"\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = ↓\"v1.2.0\"\n"),
                  Example("-- Cargo.toml --\n[workspace.package]\nversion = ↓\"0.3\"\n-- backend/Cargo.toml --\n[package]\nversion.workspace = true\n")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        guard let source = input.current.source, case .failure(let error) = SemVer.parse(source.text) else { return [] }
        // The version the text states, written strictly (`v1.4.0`, `1.4`, `1.04.0` → `1.4.0`), as tags are read.
        let meant = TagName.suggestion(for: source.text, prefix: "v").map { String($0.dropFirst()) }
        return [source.diagnostic(Self.info, "\(source.file) \(source.field) is not SemVer: \(error.description)",
                                  fix: meant.map { "write \"\($0)\": MAJOR.MINOR.PATCH, without a prefix or leading zeros" }
                                      ?? "write MAJOR.MINOR.PATCH without a prefix, e.g. \"1.2.0\"")]
    }
}
