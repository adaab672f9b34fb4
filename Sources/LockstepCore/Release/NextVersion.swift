/// The version the commits since the previous release tag call for (RELEASE_PROCESS.md "Release
/// Types"): a breaking change bumps the major, `feat` the minor, `fix`/`perf` the patch.
///
/// After a pre-release the next version finishes it unless the new commits call for more than the
/// pre-release already stands for: `1.3.0-rc.1` + fix → `1.3.0`, + breaking → `2.0.0`. With
/// `tag.zero-major-breaking = "minor"`, a breaking change while the major is 0 bumps the minor.
/// Without a previous release tag the commits count from 0.0.0.
package struct NextVersion: Sendable {
    package let previous: ReleaseTag?
    /// The highest kind among the commits, as applied to the previous tag (`semver inc`: a patch
    /// of `1.3.0-rc.1` is `1.3.0`); the pre-release's own kind when it is finished without any; nil
    /// when nothing calls for a release.
    package let bump: BumpKind?
    /// The version to release; nil when nothing calls for a release.
    package let version: SemVer?
    /// The commits that decided the bump (those of the highest kind), newest first.
    package let deciding: [ReleaseCommit]
    /// How many commits were weighed.
    package let commitCount: Int
    /// The pre-release the version finishes (its own numbers are released as they are).
    package let finishes: ReleaseTag?
    /// Deciding breaking changes that bump only the minor because the major is 0.
    package let zeroMajorBreakingCount: Int

    /// Commits left out because they were reverted since the previous tag, with their reverts.
    package let cancelledCount: Int

    package init(previous: ReleaseTag?, commits all: [ReleaseCommit], config: TagConfig) {
        self.previous = previous
        commitCount = all.count
        let commits = ReleaseCommit.withoutReverted(all)
        cancelledCount = all.count - commits.count
        let base = previous?.version.core ?? SemVer(major: "0", minor: "0", patch: "0")
        let zeroMajorMinor = base.isInitialDevelopment && config.zeroMajorBreaking == .minor
        func effective(_ commit: ReleaseCommit) -> BumpKind? {
            guard let kind = commit.kind else { return nil }
            return kind == .major && zeroMajorMinor ? .minor : kind
        }
        let highest = commits.compactMap(effective).max()
        deciding = highest.map { kind in commits.filter { effective($0) == kind } } ?? []
        zeroMajorBreakingCount = zeroMajorMinor ? deciding.filter { $0.kind == .major }.count : 0
        if let previous, previous.version.isPrerelease {
            // The pre-release already stands for a bump of its own kind: finish it unless more is needed.
            let represented = BumpKind.represented(by: base)
            if let highest, highest > represented {
                bump = highest
                version = highest.applied(to: base)
                finishes = nil
            } else {
                bump = highest ?? represented
                version = base
                finishes = previous
            }
        } else {
            bump = highest
            version = highest?.applied(to: base)
            finishes = nil
        }
    }

    /// Why, in words: the lines `lockstep next-version` prints under the version.
    package func explanation(tagPrefix: String) -> [String] {
        let since = previous.map { "since \($0.name)" } ?? "since the first commit (no release tag yet: counted from 0.0.0)"
        let count = "\(commitCount) commit\(commitCount == 1 ? "" : "s") \(since)"
        let cancelled = cancelledCount == 0 ? [] : ["  (\(cancelledCount) commits are not counted: reverted since, or reverts of those)"]
        guard let bump, let version else {
            if commitCount == 0 { return ["no release needed: there is no commit \(since)"] }
            return ["no release needed: none of the \(count) is a feature, a fix or a breaking change"
                    + (cancelledCount == 0 ? "" : " that was not reverted")] + cancelled
        }
        let reasons = "\(reasonCounts) among \(count)"
        var lines: [String]
        if let finishes {
            lines = ["\(bump): \(tagPrefix)\(version) finishes the pre-release \(finishes.name)"
                     + (deciding.isEmpty ? " (\(count))" : "; \(reasons):")]
        } else {
            lines = ["\(bump): \(reasons):"]
        }
        lines += deciding.map { "  \($0.shortID) \($0.header)" }
        if zeroMajorBreakingCount > 0 {
            lines.append("  (a breaking change bumps the minor while the major is 0: tag.zero-major-breaking = \"minor\")")
        }
        if finishes == nil, let previous, previous.version.isPrerelease {
            lines.append("  (more than the pre-release \(previous.name) stands for)")
        }
        return lines + cancelled
    }

    /// `1 breaking change and 2 features`: the deciding commits by what each one is.
    private var reasonCounts: String {
        let names: [(BumpKind, String)] = [(.major, "breaking change"), (.minor, "feature"), (.patch, "fix")]
        return names.compactMap { kind, name -> String? in
            let count = deciding.filter { $0.kind == kind }.count
            return count == 0 ? nil : "\(count) \(name)\(count == 1 ? "" : "s")"
        }.joined(separator: " and ")
    }

    /// `{"version": "1.3.0" or null, "bump": "minor" or null, "finishes": "v1.3.0-rc.1" or null,
    /// "commits": [{"id", "header", "bump", "breaking"}], "explanation": [lines]}`.
    package func json(tagPrefix: String) -> String {
        let commits = deciding.map { commit in
            "{\"id\": \(JSONRenderer.quote(commit.id)), \"header\": \(JSONRenderer.quote(commit.header)), "
                + "\"bump\": \(JSONRenderer.quote(bump?.description ?? "")), \"breaking\": \(commit.kind == .major)}"
        }
        let explanation = explanation(tagPrefix: tagPrefix).map { JSONRenderer.quote($0.drop(while: { $0 == " " }).description) }
        return "{\"version\": \(version.map { JSONRenderer.quote($0.description) } ?? "null"), "
            + "\"bump\": \(bump.map { JSONRenderer.quote($0.description) } ?? "null"), "
            + "\"finishes\": \(finishes.map { JSONRenderer.quote($0.name) } ?? "null"), "
            + "\"commits\": [\(commits.joined(separator: ", "))], "
            + "\"explanation\": [\(explanation.joined(separator: ", "))]}\n"
    }
}
