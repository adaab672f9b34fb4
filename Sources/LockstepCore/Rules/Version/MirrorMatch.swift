struct MirrorMatch: Rule {
    static let info = RuleInfo(
        id: "version/mirror-match",
        summary: "every mirror carries the source of truth's version",
        rationale: """
            RELEASE_PROCESS.md "Versioning Strategy": frontend/package.json must match backend/Cargo.toml, \
            and Docker images are tagged with the same version. A bump that forgets one file ships two versions.
            """,
        configKeys: ["version.source", "version.mirrors", "version.patterns"],
        passing: [Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n-- frontend/package.json --\n{\"version\": \"1.2.0\"}\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n"),
                  // Not SemVer: version/source-semver says so; the mirrors are judged once it is.
                  Example("-- backend/Cargo.toml --\n[package]\nversion = \"v1.1.0\"\n-- frontend/package.json --\n{\"version\": \"1.0.0\"}\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.0\"\n-- frontend/package.json --\n{\"version\": \"1.0.0\"}\n")],
        failing: [Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n-- frontend/package.json --\n{\n  \"version\": ↓\"1.1.0\"\n}\n"),
                  Example("""
                      -- backend/Cargo.toml --
                      [package]
                      name = "api"
                      version = "1.2.0"
                      -- frontend/package-lock.json --
                      {"version": "1.2.0", "lockfileVersion": 3, "packages": {"": {"version": ↓"1.1.0"}}}
                      -- backend/Cargo.lock --
                      [[package]]
                      name = "api"
                      version = ↓"1.1.9"
                      """),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n-- deploy/compose.yml --\nimage: koprogo/api:↓1.1.0\n",
                          config: "[version]\npatterns = [{ path = \"deploy/compose.yml\", pattern = \"koprogo/api:{version}\" }]")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        guard let source = input.current.semVerSource else { return [] }
        return input.current.mirrors.filter { $0.text != source.text }.map { mirror in
            var diagnostic = mirror.diagnostic(
                Self.info, "\(mirror.file) \(mirror.field) is \(mirror.text.isEmpty ? "empty" : mirror.text), but \(source.file) says \(source.text)",
                fix: "set it to \(source.text) in the same commit")
            if mirror.field.contains("{version}") { diagnostic.width = mirror.text.count }
            return diagnostic
        }
    }
}
