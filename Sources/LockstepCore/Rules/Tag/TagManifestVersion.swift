struct TagManifestVersion: Rule {
    static let info = RuleInfo(
        id: "tag/manifest-version",
        summary: "the tagged commit's source of truth carries the tag's version (a release candidate may carry its release's)",
        rationale: """
            RELEASE_PROCESS.md "Versioning Strategy": Cargo.toml is the source of truth and tags are `v` + \
            that version; Docker images and deployments take the version from the tag. (Mirrors such as \
            frontend/package.json are held to the source by `version/mirror-match` on the same tree.) \
            A release candidate is cut either way: manifests at `1.3.0-rc.1` tagged `v1.3.0-rc.1`, or \
            manifests already at `1.3.0` tagged `v1.3.0-rc.1`, so that the candidate that passes QA is \
            tagged `v1.3.0` as it is, without a rebuild. The reverse is refused: `v1.3.0` on manifests \
            saying `1.3.0-rc.1` would ship a binary that calls itself a candidate, and `v1.3.0-rc.2` on \
            `1.3.0-rc.1` names another candidate.
            """,
        configKeys: ["version.source", "version.tag-prefix"],
        passing: [Example("-- tag --\nv1.2.0\n-- annotation --\nRelease v1.2.0\n-- backend/Cargo.toml --\n[package]\nversion = \"1.2.0\"\n"),
                  Example("-- tag --\nv1.3.0-rc.1\n-- annotation --\nRC\n-- backend/Cargo.toml --\n[package]\nversion = \"1.3.0-rc.1\"\n"),
                  Example("-- tag --\nv1.3.0-rc.1\n-- annotation --\nRC\n-- backend/Cargo.toml --\n[package]\nversion = \"1.3.0\"\n"),
                  Example("-- tag --\nv1.2.0\n-- annotation --\nRelease v1.2.0\n")],
        failing: [Example("-- tag --\nv1.2.3\n-- annotation --\nRelease v1.2.3\n-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.2.2\"\n"),
                  Example("-- tag --\nv1.3.0\n-- annotation --\nRelease v1.3.0\n-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.3.0-rc.1\"\n"),
                  Example("-- tag --\nv1.3.0-rc.2\n-- annotation --\nRC\n-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.3.0-rc.1\"\n"),
                  Example("-- tag --\nv1.3.0-rc.1\n-- annotation --\nRC\n-- backend/Cargo.toml --\n[package]\nversion = ↓\"1.2.0\"\n")])

    func check(_ input: TagInput, config: Config) -> [Diagnostic] {
        guard let release = input.release(prefix: config.version.tagPrefix), let source = input.tree?.current.source,
              source.text != release.version.description else { return [] }
        let tagged = release.version
        if tagged.isPrerelease, source.text == tagged.core.description { return [] }
        let accepted = tagged.isPrerelease ? "\(tagged) or \(tagged.core)" : "\(tagged)"
        var diagnostic = source.diagnostic(Self.info, "\(input.name) tags a commit whose \(source.file) says \(source.text), not \(accepted)",
                                           fix: "tag the commit that sets \(tagged) (the release commit), or bump the manifests to \(tagged) and tag that commit")
        diagnostic.ref = input.ref
        diagnostic.commit = input.object?.commit
        return [diagnostic]
    }
}
