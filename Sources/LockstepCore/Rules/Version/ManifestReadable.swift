struct ManifestReadable: Rule {
    static let info = RuleInfo(
        id: "version/manifest-readable",
        summary: "the manifests that carry the version can be read",
        rationale: """
            RELEASE_PROCESS.md "Versioning Strategy": backend/Cargo.toml is the source of truth and \
            frontend/package.json must match it. A manifest that does not parse, has no version, or is a \
            link cannot be compared, so the check says why instead of passing silently.
            """,
        configKeys: ["version.source", "version.mirrors", "version.patterns"],
        passing: [Example("-- backend/Cargo.toml --\n[package]\nname = \"api\"\nversion = \"1.2.0\"\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nname = \"api\"\nversion = \"1.2.0\"\n-- Cargo.lock --\nversion = 3\n\n[[package]]\nname = \"xtask\"\nversion = \"0.1.0\"\n")],
        failing: [Example("-- backend/Cargo.toml --\n[package]\nversion = 1.2↓.0\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n-- frontend/package.json --\n{\"version\": \"1.2.0\"↓,}\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n-- frontend/package.json --\n↓{\"name\": \"web\"}\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = ↓120\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n-- frontend/package.json --\n  ↓[]\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nname = \"api\"\nversion = \"1.2.0\"\n-- backend/Cargo.lock --\n↓version = 3\n")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] { input.current.problems }
}
