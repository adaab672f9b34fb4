struct TagNameSemVer: Rule {
    static let info = RuleInfo(
        id: "tag/name-semver",
        summary: "a release tag is `v` and a strict SemVer version",
        rationale: """
            RELEASE_PROCESS.md "Versioning Strategy": git tags are `v1.2.0`, with the v prefix. `v1.2` or \
            `v1.02.0` sorts wrongly and matches no manifest. Tags that do not start with `v` and a digit \
            (`latest`, `v-tmp`) are not releases and are left alone.
            """,
        configKeys: ["version.tag-prefix"],
        passing: [Example("-- tag --\nv1.2.0\n"), Example("-- tag --\nv2.0.0-rc.1+build.5\n"), Example("-- tag --\nv-tmp\n"),
                  Example("-- tag --\nlatest\n"), Example("-- tag --\nv1.2\n-- operation --\ndelete\n")],
        failing: [Example("-- tag --\nv↓1.2\n"), Example("-- tag --\nv↓1.2.0.1\n"), Example("-- tag --\nv↓01.2.0\n"),
                  Example("-- tag --\nrelease-↓1.2\n", config: "[version]\ntag-prefix = \"release-\"")])

    func check(_ input: TagInput, config: Config) -> [Diagnostic] {
        let prefix = config.version.tagPrefix
        guard input.operation != .delete, case .failure(let error)? = input.version(prefix: prefix) else { return [] }
        return [input.nameDiagnostic(Self.info, "`\(input.name)` is not `\(prefix)` and a SemVer version: \(error.reason)",
                                     fix: "name release tags like `\(prefix)1.2.0` (MAJOR.MINOR.PATCH, no leading zeros)",
                                     column: prefix.count + 1)]
    }
}
