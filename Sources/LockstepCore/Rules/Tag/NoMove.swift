struct NoMove: Rule {
    static let info = RuleInfo(
        id: "tag/no-move",
        summary: "an existing release tag is not moved to another object",
        rationale: """
            Whoever fetched `v1.2.3` keeps the old commit (git does not update existing tags on fetch), \
            so a moved release tag means two different v1.2.3 in the wild. A mistake in a release is fixed \
            by the next patch release.
            """,
        configKeys: ["version.tag-prefix"],
        passing: [Example("-- tag --\nv-tmp\n-- operation --\nmove\n"),
                  Example("-- tag --\nv1.2.3\n-- annotation --\nR\n")],
        failing: [Example("-- tag --\n↓v1.2.3\n-- annotation --\nR\n-- operation --\nmove\n")])

    func check(_ input: TagInput, config: Config) -> [Diagnostic] {
        guard input.operation == .move, ReleaseTag.looksLikeRelease(input.name, prefix: config.version.tagPrefix) else { return [] }
        return [input.nameDiagnostic(Self.info, "\(input.name) already exists and would now name another object",
                                     fix: "release the fix as the next patch version; if \(input.name) was never pushed, "
                                         + "`git tag -d \(input.name)` first and create it again")]
    }
}
