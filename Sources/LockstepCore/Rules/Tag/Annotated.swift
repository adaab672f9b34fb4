struct Annotated: Rule {
    static let info = RuleInfo(
        id: "tag/annotated",
        summary: "a release tag is annotated (`git tag -a`), under its own name, on a commit",
        rationale: """
            RELEASE_PROCESS.md step 5: `git tag -a v1.2.0 -m "Release v1.2.0"`. A lightweight tag has no \
            author, date or message, and `git push --follow-tags` does not send it.
            """,
        configKeys: ["version.tag-prefix"],
        passing: [Example("-- tag --\nv1.2.0\n-- annotation --\nRelease v1.2.0\n"), Example("-- tag --\nv-tmp\n"),
                  Example("-- tag --\nv1.2.0\n-- operation --\ndelete\n")],
        failing: [Example("-- tag --\n↓v1.2.0\n"), Example("-- tag --\n↓v1.2.3\n-- operation --\nmove\n")])

    func check(_ input: TagInput, config: Config) -> [Diagnostic] {
        guard input.release(prefix: config.version.tagPrefix) != nil, let object = input.object else { return [] }
        // The commit it names, so that the new tag lands there even when HEAD has moved on.
        let recreate = "git tag -d \(input.name) && git tag -a \(input.name) -m \"Release \(input.name)\""
            + (object.commit.map { " \($0)" } ?? "")
        if !object.isAnnotated {
            let target = object.commit.map { "commit \($0)" } ?? "a \(object.targetType)"
            return [input.nameDiagnostic(Self.info, "\(input.name) is a lightweight tag: it names \(target) directly",
                                         fix: "make it annotated: `\(recreate)`")]
        }
        if let tagged = object.taggedName, tagged != input.name {
            return [input.nameDiagnostic(Self.info, "the annotation of \(input.name) was made for `\(tagged)`",
                                         fix: "create the tag under its own name: `\(recreate)`")]
        }
        if object.targetType != "commit" {
            return [input.nameDiagnostic(Self.info, "\(input.name) tags a \(object.targetType), not a commit",
                                         fix: "delete it (`git tag -d \(input.name)`), then tag the release commit: git tag -a \(input.name) -m \"Release \(input.name)\" followed by its id")]
        }
        return []
    }
}
