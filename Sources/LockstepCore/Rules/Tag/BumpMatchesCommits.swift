struct BumpMatchesCommits: Rule {
    static let info = RuleInfo(
        id: "tag/bump-kind",
        summary: "a release tag is the version the commits since the previous release tag call for",
        rationale: """
            RELEASE_PROCESS.md "Release Types": major for breaking changes, minor for features, patch for \
            bug fixes only. The commits say which: a breaking change (`!` or `BREAKING CHANGE`) → major, \
            `feat` → minor, `fix`/`perf` → patch; after a pre-release the next version finishes it \
            (1.3.0-rc.1 + fix → 1.3.0, + breaking → 2.0.0). A commit reverted since (`git revert`, \
            `This reverts commit …`) ships nothing and is not counted, nor is its revert. \
            `tag.zero-major-breaking = "minor"` follows the 0.x convention.
            """,
        configKeys: ["tag.zero-major-breaking", "version.tag-prefix"],
        passing: [Example("-- tag --\nv1.3.0\n-- annotation --\nR\n-- tags --\nv1.2.0\n-- commits --\nfix: a\nfeat: b\ndocs: c\n"),
                  Example("-- tag --\nv1.2.1\n-- annotation --\nR\n-- tags --\nv1.2.0\n-- commits --\nperf: faster\n"),
                  Example("-- tag --\nv2.0.0\n-- annotation --\nR\n-- tags --\nv1.2.0\n-- commits --\nfeat!: drop v0\n"),
                  Example("-- tag --\nv1.3.0\n-- annotation --\nR\n-- tags --\nv1.3.0-rc.1\n-- commits --\nfix: a\n"),
                  Example("-- tag --\nv1.3.0-rc.2\n-- annotation --\nR\n-- tags --\nv1.3.0-rc.1\n"),
                  Example("-- tag --\nv0.4.0\n-- annotation --\nR\n-- tags --\nv0.3.0\n-- commits --\nfeat!: new API\n",
                          config: "[tag]\nzero-major-breaking = \"minor\""),
                  Example("-- tag --\nv0.1.0\n-- annotation --\nR\n-- commits --\nfeat!: anything goes before the first release\n")],
        failing: [Example("-- tag --\nv1.2.↓1\n-- annotation --\nR\n-- tags --\nv1.2.0\n-- commits --\nfix: a\nfeat: b\n"),
                  Example("-- tag --\nv↓2.0.0\n-- annotation --\nR\n-- tags --\nv1.2.0\n-- commits --\nfeat: b\n"),
                  Example("-- tag --\nv1.↓4.0\n-- annotation --\nR\n-- tags --\nv1.2.0\n-- commits --\nfeat: b\n"),
                  Example("-- tag --\nv1.↓3.0\n-- annotation --\nR\n-- tags --\nv1.3.0-rc.1\n-- commits --\nfix: x\\n\\nBREAKING CHANGE: y\n"),
                  Example("-- tag --\nv1.2.↓1\n-- annotation --\nR\n-- tags --\nv1.2.0\n-- commits --\ndocs: a\nchore: b\n"),
                  Example("-- tag --\nv↓1.0.0\n-- annotation --\nR\n-- tags --\nv0.3.0\n-- commits --\nfeat!: new API\n",
                          config: "[tag]\nzero-major-breaking = \"minor\""),
                  Example("-- tag --\nv0.↓4.0\n-- annotation --\nR\n-- tags --\nv0.3.0\n-- commits --\nfeat!: new API\n")])

    func check(_ input: TagInput, config: Config) -> [Diagnostic] {
        let prefix = config.version.tagPrefix
        guard let release = input.release(prefix: prefix), let previous = input.previous,
              release.version.isHigher(than: previous.version) else { return [] }
        let tagged = SemVer(major: release.version.major, minor: release.version.minor, patch: release.version.patch)
        let next = NextVersion(previous: previous, commits: input.commits, config: config.tag)
        let since = "\(input.commits.count) commit\(input.commits.count == 1 ? "" : "s") since \(previous.name)"
        guard let expected = next.version, let bump = next.bump else {
            let why = input.commits.isEmpty ? "there is no commit since \(previous.name)"
                : "none of the \(since) is a feature, a fix or a breaking change" + (next.cancelledCount > 0 ? " that was not reverted" : "")
            return [input.nameDiagnostic(Self.info, "nothing calls for a release: \(why)",
                                         fix: "tag once a `fix`, `perf` or `feat` commit is in (chore, docs, ci, test, refactor and style change nothing users get)",
                                         column: Self.column(of: BumpKind.patch, prefix: prefix, version: tagged),
                                         width: 1)]
        }
        guard tagged != expected else { return [] }
        let previousCore = SemVer(major: previous.version.major, minor: previous.version.minor, patch: previous.version.patch)
        // Finishing a pre-release changes no number: the release is of the kind its version stands for.
        let kind = BumpKind.between(previousCore, tagged) ?? BumpKind.represented(by: tagged)
        let reasons = next.deciding.prefix(5).map { "\($0.shortID) \($0.header)" }
        let listed = reasons.joined(separator: "; ")
            + (next.deciding.count > reasons.count ? "; and \(next.deciding.count - reasons.count) more" : "")
        let why = next.finishes != nil ? "it finishes the pre-release \(previous.name)" + (reasons.isEmpty ? "" : ": " + listed)
            : "\(bump): " + listed
        let replacement = prefix + expected.description + (release.version.isPrerelease ? "-rc.1" : "")
        var fix = "tag `\(replacement)` instead; a breaking change is marked with `!` or a `BREAKING CHANGE:` footer"
        // While the major is 0, whether a breaking change bumps the major is a setting: say which.
        if previousCore.isInitialDevelopment, input.commits.contains(where: { $0.kind == .major }) {
            fix = config.tag.zeroMajorBreaking == .minor
                ? "tag `\(replacement)` instead: `zero-major-breaking = \"minor\"` ([tag] in .lockstep.toml) makes a breaking "
                    + "change bump the minor while the major is 0; set it to \"major\" to leave 0.x"
                : "tag `\(replacement)` instead (a breaking change bumps the major, even from 0.x); to stay on 0.x, "
                    + "set `zero-major-breaking = \"minor\"` under [tag] in .lockstep.toml"
        }
        var diagnostic = input.nameDiagnostic(Self.info, "\(input.name) is a \(kind) release, but the \(since) call for \(prefix)\(expected) (\(why))",
                                              fix: fix,
                                              column: Self.column(of: kind, prefix: prefix, version: tagged),
                                              width: Self.width(of: kind, version: tagged))
        diagnostic.replacement = replacement
        return [diagnostic]
    }

    /// The column of the number a bump of `kind` changes, in `<prefix>MAJOR.MINOR.PATCH`.
    private static func column(of kind: BumpKind, prefix: String, version: SemVer) -> Int {
        switch kind {
        case .major: return prefix.count + 1
        case .minor: return prefix.count + version.major.count + 2
        case .patch: return prefix.count + version.major.count + version.minor.count + 3
        }
    }

    private static func width(of kind: BumpKind, version: SemVer) -> Int {
        switch kind {
        case .major: return version.major.count
        case .minor: return version.minor.count
        case .patch: return version.patch.count
        }
    }
}
