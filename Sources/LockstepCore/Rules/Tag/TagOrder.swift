struct TagOrder: Rule {
    static let info = RuleInfo(
        id: "tag/order",
        summary: "a release tag is higher than every release tag on its commit's history",
        rationale: """
            Release types in RELEASE_PROCESS.md only ever bump. A tag lower than (or equal to) one already \
            released on the same line of history publishes an older number as newer; a maintenance tag \
            such as v1.2.5 on a branch from v1.2.4 is fine while v1.3.0 lives elsewhere.
            """,
        configKeys: ["version.tag-prefix"],
        passing: [Example("-- tag --\nv1.3.0\n-- annotation --\nR\n-- tags --\nv1.2.0\nv1.3.0-rc.1\n"),
                  Example("-- tag --\nv1.0.0\n-- annotation --\nR\n")],
        failing: [Example("-- tag --\n↓v1.2.0\n-- annotation --\nR\n-- tags --\nv1.10.0\nv1.9.0\n"),
                  Example("-- tag --\n↓v1.3.0-rc.1\n-- annotation --\nR\n-- tags --\nv1.3.0\n"),
                  Example("-- tag --\n↓v1.2.0+build.2\n-- annotation --\nR\n-- tags --\nv1.2.0\n")])

    func check(_ input: TagInput, config: Config) -> [Diagnostic] {
        guard let release = input.release(prefix: config.version.tagPrefix), let previous = input.previous,
              !release.version.isHigher(than: previous.version) else { return [] }
        return [input.nameDiagnostic(Self.info, "\(input.name) is not higher than \(previous.name), already released in its history",
                                     fix: "tag a version above \(previous.version) (`lockstep next-version` names the one the commits call for)")]
    }
}
