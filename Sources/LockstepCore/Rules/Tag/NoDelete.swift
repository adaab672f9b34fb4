struct NoDelete: Rule {
    static let info = RuleInfo(
        id: "tag/no-delete",
        summary: "a pushed release tag is not deleted",
        rationale: """
            A release tag is what was deployed (RELEASE_PROCESS.md "Rollback Procedure" redeploys \
            `version=1.1.0`); deleting it on the remote erases which commit that was. Set the rule to \
            "off" in `[rules]` to allow deletions.
            """,
        configKeys: ["version.tag-prefix"],
        passing: [Example("-- tag --\nv-tmp\n-- operation --\ndelete\n"), Example("-- tag --\nv1.2.0\n-- annotation --\nR\n")],
        failing: [Example("-- tag --\n↓v1.2.3\n-- operation --\ndelete\n")])

    func check(_ input: TagInput, config: Config) -> [Diagnostic] {
        guard input.operation == .delete, ReleaseTag.looksLikeRelease(input.name, prefix: config.version.tagPrefix) else { return [] }
        return [input.nameDiagnostic(Self.info, "the push deletes the release tag \(input.name)",
                                     fix: "keep published releases; release a new version instead "
                                         + "(or allow deletions: [rules] \"tag/no-delete\" = \"off\" in .lockstep.toml)")]
    }
}
