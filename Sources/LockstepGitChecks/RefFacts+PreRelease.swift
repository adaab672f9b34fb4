import LockstepCore
import LockstepGit

extension RefFacts {
    /// What the pre-release rules judge about releasing `version` (nil: the Unreleased section) at
    /// `commit`: the highest release tag below it in the commit's history (for a final release, the
    /// highest final one), and the commits and paths since that tag.
    package func preReleaseInput(version: SemVer?, at commit: ObjectID) throws(GitError) -> PreReleaseInput {
        let prefix = config.version.tagPrefix
        let release = ReleaseTag(name: prefix + (version?.description ?? "0.0.0"), version: version ?? SemVer(major: "0", minor: "0", patch: "0"))
        // A final release is judged against the previous final one, past its own release candidates:
        // its section lists everything since then, breaking changes of an RC included.
        var earlier = try releaseTags(reachableFrom: commit, besides: release, isExisting: true,
                                      finalOnly: version.map { !$0.isPrerelease } ?? false)
        if let version { earlier = earlier.filter { $0.version.isLower(than: version) } }
        let previous = ReleaseTag.highest(earlier)
        let previousCommit = try previous.flatMap { tag throws(GitError) in try releaseTags().first { $0.tag == tag }?.commit }
        return PreReleaseInput(version: version, tree: try releaseInput(at: commit), previous: previous,
                               commits: try releaseCommits(from: [commit], hiding: previousCommit.map { [$0] } ?? []),
                               changedPaths: try repository.changedPaths(from: previousCommit, to: commit))
    }

    /// The version a release is judged as when none is named: the release or hotfix branch's, else
    /// the source of truth's when the changelog already has its section and no tag names it yet
    /// (after `release prepare`), else none (the Unreleased section).
    package func releaseVersion(branch: String?, at commit: ObjectID) throws(GitError) -> SemVer? {
        if let branch, let version = BranchRole(branch, config: config).version(prefix: config.version.tagPrefix) { return version }
        let state = try releaseInput(at: commit).current
        guard let text = state.source?.text, case .success(let version) = SemVer.parse(text),
              let changelog = state.changelog, ReleaseNotes(changelog, .version(version.description)) != nil,
              try repository.referenceTarget("refs/tags/" + config.version.tagPrefix + version.description) == nil else { return nil }
        return version
    }
}

extension RefFacts {
    /// `check ci`'s pre-release checklist: on a release tag, on a `release/` or `hotfix/` branch
    /// naming its version; nothing elsewhere (a feature branch is no release).
    package func preReleaseFindings(tag: String?, branch: String?, at commit: ObjectID, skip: SkipList) throws(GitError) -> [Diagnostic]? {
        let version: SemVer
        if let tag {
            guard let release = ReleaseTag(name: tag, prefix: config.version.tagPrefix) else { return nil }
            version = release.version
        } else if let branch, let named = BranchRole(branch, config: config).version(prefix: config.version.tagPrefix) {
            version = named
        } else {
            return nil
        }
        let input = try preReleaseInput(version: version, at: commit)
        let short = repository.shortID(of: commit)
        return PreReleaseCheck.run(input, config: config, skipping: skip).map { finding in
            var diagnostic = finding
            if let tag, diagnostic.ref == nil { diagnostic.ref = "refs/tags/" + tag }
            if diagnostic.file != nil, diagnostic.commit == nil { diagnostic.commit = short }
            return diagnostic
        }
    }
}
