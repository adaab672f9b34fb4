struct NoDecrease: Rule {
    static let info = RuleInfo(
        id: "version/no-decrease",
        summary: "the version never goes below HEAD's or the highest release tag's",
        rationale: """
            Release types in RELEASE_PROCESS.md only ever bump; a version lower than one already released \
            (a tag `vX.Y.Z`) or committed is a merge mistake that would publish an older number as newer.
            """,
        configKeys: ["version.source", "version.tag-prefix"],
        passing: [Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.3.0\"\n-- HEAD:backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n-- tags --\nv1.2.0\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n-- tags --\nv1.2.0\nnot-a-release\n")],
        failing: [Example("-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.1.0\"\n-- HEAD:backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.2.0\"\n-- tags --\nv1.10.0\nv1.9.0\n"),
                  Example("-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.3.0-rc.1\"\n-- tags --\nv1.3.0\n")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        guard let source = input.current.source, case .success(let version) = SemVer.parse(source.text) else { return [] }
        var found: [Diagnostic] = []
        if let previous = input.previous?.source, case .success(let old) = SemVer.parse(previous.text), version.isLower(than: old) {
            found.append(source.diagnostic(Self.info, "the version goes down from \(old) (\(input.baselineName)) to \(version)",
                                           fix: "keep \(old) or bump above it"))
        }
        if let (tag, released) = input.highestReleaseTag(prefix: config.version.tagPrefix), version.isLower(than: released) {
            found.append(source.diagnostic(Self.info, "\(version) is lower than the release tag \(tag)",
                                           fix: "bump above \(released): the next version comes after the last release"))
        }
        return found
    }
}
