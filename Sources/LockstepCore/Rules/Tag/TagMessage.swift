struct TagMessage: Rule {
    static let info = RuleInfo(
        id: "tag/message",
        summary: "a release tag's annotation has a message",
        rationale: """
            RELEASE_PROCESS.md step 5 tags with `-m "Release v1.2.0"`; `gh release create` and `git show` \
            print that message, and an empty one says nothing about the release.
            """,
        configKeys: ["version.tag-prefix"],
        passing: [Example("-- tag --\nv1.2.0\n-- annotation --\nRelease v1.2.0\n"), Example("-- tag --\nv1.2.0\n")],
        failing: [Example("-- tag --\n↓v1.2.0\n-- annotation --\n"), Example("-- tag --\n↓v1.2.0\n-- annotation --\n \t\n")])

    func check(_ input: TagInput, config: Config) -> [Diagnostic] {
        guard input.release(prefix: config.version.tagPrefix) != nil, let object = input.object, object.isAnnotated,
              (object.message ?? "").allSatisfy(\.isWhitespace) else { return [] }
        return [input.nameDiagnostic(Self.info, "the annotation of \(input.name) has no message",
                                     fix: "`git tag -d \(input.name) && git tag -a \(input.name) -m \"Release \(input.name)\"`")]
    }
}
