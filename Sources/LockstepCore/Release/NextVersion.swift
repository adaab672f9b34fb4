/// The version the commits since the previous release tag call for (RELEASE_PROCESS.md "Release
/// Types"): a breaking change bumps the major, `feat` the minor, `fix`/`perf` the patch.
///
/// After a pre-release the next version finishes it unless the new commits call for more than the
/// pre-release already stands for: `1.3.0-rc.1` + fix → `1.3.0`, + breaking → `2.0.0`. With
/// `tag.zero-major-breaking = "minor"`, a breaking change while the major is 0 bumps the minor.
/// Without a previous release tag the commits count from 0.0.0.
package struct NextVersion: Sendable {
    package let previous: ReleaseTag?
    /// The kind of release the commits call for; nil when none does.
    package let bump: BumpKind?
    /// The version to release; nil when nothing calls for a release.
    package let version: SemVer?
    /// The commits that decided the bump (those of the highest kind), newest first.
    package let deciding: [ReleaseCommit]
    /// How many commits were weighed.
    package let commitCount: Int

    package init(previous: ReleaseTag?, commits: [ReleaseCommit], config: TagConfig) {
        self.previous = previous
        commitCount = commits.count
        let base = previous.map { SemVer(major: $0.version.major, minor: $0.version.minor, patch: $0.version.patch) }
            ?? SemVer(major: "0", minor: "0", patch: "0")
        func effective(_ commit: ReleaseCommit) -> BumpKind? {
            guard let kind = commit.kind else { return nil }
            return kind == .major && base.isInitialDevelopment && config.zeroMajorBreaking == .minor ? .minor : kind
        }
        let highest = commits.compactMap(effective).max()
        deciding = highest.map { kind in commits.filter { effective($0) == kind } } ?? []
        if let previous, previous.version.isPrerelease {
            // The pre-release already stands for a bump of its own kind: finish it unless more is needed.
            let represented = BumpKind.represented(by: base)
            if let highest, highest > represented {
                bump = highest
                version = highest.applied(to: base)
            } else {
                bump = represented
                version = base
            }
        } else if let highest {
            bump = highest
            version = highest.applied(to: base)
        } else {
            bump = nil
            version = nil
        }
    }

    /// Why, in words: the lines `lockstep next-version` prints under the version.
    package func explanation(tagPrefix: String) -> [String] {
        let since = previous.map { "since \($0.name)" } ?? "since the first commit (no release tag yet: counted from 0.0.0)"
        let count = "\(commitCount) commit\(commitCount == 1 ? "" : "s") \(since)"
        guard let bump, let version else {
            if commitCount == 0 { return ["no release needed: there is no commit \(since)"] }
            return ["no release needed: none of the \(count) is a feature, a fix or a breaking change"]
        }
        if deciding.isEmpty, let previous {
            return ["\(bump): \(tagPrefix)\(version) finishes the pre-release \(previous.name) (\(count))"]
        }
        let reason: String
        switch bump {
        case .major: reason = "breaking change"
        case .minor: reason = "feature"
        case .patch: reason = "fix"
        }
        var lines = ["\(bump): \(deciding.count) \(reason)\(deciding.count == 1 ? "" : "s") among \(count):"]
        lines += deciding.map { "  \($0.shortID) \($0.header)" }
        if let previous, previous.version.isPrerelease {
            lines.append("  (more than the pre-release \(previous.name) stands for)")
        }
        return lines
    }

    /// `{"version": "1.3.0" or null, "bump": "minor" or null, "commits": [{"id", "header", "bump"}]}`.
    package var json: String {
        let commits = deciding.map { commit in
            "{\"id\": \(JSONRenderer.quote(commit.id)), \"header\": \(JSONRenderer.quote(commit.header)), "
                + "\"bump\": \(JSONRenderer.quote(bump?.description ?? ""))}"
        }
        return "{\"version\": \(version.map { JSONRenderer.quote($0.description) } ?? "null"), "
            + "\"bump\": \(bump.map { JSONRenderer.quote($0.description) } ?? "null"), "
            + "\"commits\": [\(commits.joined(separator: ", "))]}\n"
    }
}
