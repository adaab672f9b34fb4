struct TagNameSemVer: Rule {
    static let info = RuleInfo(
        id: "tag/name-semver",
        summary: "a tag that names a version is `v` and a strict SemVer version",
        rationale: """
            RELEASE_PROCESS.md "Versioning Strategy": git tags are `v1.2.0`, with the v prefix. `v1.2`, \
            `v1.02.0`, `1.2.0`, `V1.2.0` or `release-1.2.0` sort wrongly, match no manifest, and are missed by \
            every rule and tool that looks for `v` + SemVer. Tags that state no version (`latest`, \
            `deploy-2025`, `v-tmp`) are not releases and are left alone; with a namespaced prefix such as \
            `backend/v`, so are other components' tags (`frontend/v1.2.0`).
            """,
        configKeys: ["version.tag-prefix"],
        passing: [Example("-- tag --\nv1.2.0\n"), Example("-- tag --\nv2.0.0-rc.1+build.5\n"), Example("-- tag --\nv-tmp\n"),
                  Example("-- tag --\nlatest\n"), Example("-- tag --\ndeploy-2025\n"), Example("-- tag --\ndeploy-2025.01.15\n"),
                  Example("-- tag --\nv1.2\n-- operation --\ndelete\n"),
                  Example("-- tag --\nbackend/v1.2.0\n", config: "[version]\ntag-prefix = \"backend/v\""),
                  Example("-- tag --\nfrontend/v1.2.0\n", config: "[version]\ntag-prefix = \"backend/v\"")],
        failing: [Example("-- tag --\nv↓1.2\n-- annotation --\nR\n"), Example("-- tag --\nv↓1.2.0.1\n-- annotation --\nR\n"),
                  Example("-- tag --\nv↓01.2.0\n-- annotation --\nR\n"), Example("-- tag --\n↓1.2.1\n-- annotation --\nR\n"),
                  Example("-- tag --\n↓V1.2.1\n-- annotation --\nR\n"), Example("-- tag --\n↓vv1.2.1\n-- annotation --\nR\n"),
                  Example("-- tag --\n↓release-1.2.1\n-- annotation --\nR\n"), Example("-- tag --\n↓version-1.2.1-rc.1\n-- annotation --\nR\n"),
                  Example("-- tag --\n↓v.1.2.1\n-- annotation --\nR\n"), Example("-- tag --\n↓ver1.2\n-- annotation --\nR\n"),
                  Example("-- tag --\nrelease-↓1.2\n-- annotation --\nR\n", config: "[version]\ntag-prefix = \"release-\""),
                  Example("-- tag --\n↓backend/1.2.0\n-- annotation --\nR\n", config: "[version]\ntag-prefix = \"backend/v\""),
                  Example("-- tag --\n↓v1.2.0\n-- annotation --\nR\n", config: "[version]\ntag-prefix = \"backend/v\"")])

    func check(_ input: TagInput, config: Config) -> [Diagnostic] {
        let prefix = config.version.tagPrefix
        guard input.operation != .delete, case .misnamed(let reason, let suggestion, let column) = input.kind(prefix: prefix) else { return [] }
        let fix: String
        if let suggestion {
            // Pasted in either place: at the tag gate (the misnamed tag was not created) or before a push.
            let target = input.object?.commit.map { " " + $0 } ?? ""
            fix = "name it `\(suggestion)`: `git tag -a \(suggestion) -m \"Release \(suggestion)\"\(target)` "
                + "(and `git tag -d \(ShellQuoting.quote(input.name))` where the misnamed tag exists)"
        } else {
            fix = "name release tags like `\(prefix)1.2.0` (MAJOR.MINOR.PATCH, no leading zeros)"
        }
        var diagnostic = input.nameDiagnostic(Self.info, "`\(input.name)` names a version but is not `\(prefix)` and a SemVer version: \(reason)",
                                              fix: fix, column: column)
        diagnostic.replacement = suggestion
        return [diagnostic]
    }
}
