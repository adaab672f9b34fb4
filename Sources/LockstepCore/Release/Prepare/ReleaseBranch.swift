/// The branch `release prepare --branch` makes, and where it must start (RELEASE_PROCESS.md):
/// `release/vX.Y.Z` from the integration branch (`branch.develop`), `hotfix/vX.Y.Z` for a patch
/// made on `branch.main`. A release branch cut from a feature branch or a detached HEAD would
/// carry work that was never integrated, so HEAD anywhere else is refused before anything is written.
package struct ReleaseBranch: Sendable, Equatable {
    /// `release/` or `hotfix/`, the tag prefix and the version without its pre-release part: the
    /// release candidates of 1.3.0 are cut on `release/v1.3.0`, as the final release is.
    package let name: String
    /// The branch it starts from: `branch.develop`, or `branch.main` for a hotfix.
    package let base: String
    /// HEAD is on this branch already (a second run): there is nothing to make.
    package let isCurrent: Bool
    /// A final patch: made on main it is a hotfix.
    private let isPatch: Bool

    /// - Parameter head: the branch HEAD is on (`develop`, not `refs/heads/develop`); nil when detached.
    package init(target: SemVer, head: String?, config: Config) {
        isPatch = target.patch != "0" && !target.isPrerelease
        let isHotfix = isPatch && head == config.branch.main
        let version = config.version.tagPrefix + SemVer(major: target.major, minor: target.minor, patch: target.patch).description
        let ownNames = ["release/" + version, "hotfix/" + version]
        if let head, ownNames.contains(head) {
            name = head
            base = head.hasPrefix("hotfix/") ? config.branch.main : config.branch.develop
            isCurrent = true
        } else {
            name = isHotfix ? ownNames[1] : ownNames[0]
            base = isHotfix ? config.branch.main : config.branch.develop
            isCurrent = false
        }
    }

    /// The version of the release or hotfix branch `head` when `target` is neither it nor one of its
    /// pre-releases (1.3.1 asked for on release/v1.3.0): `branch/release-version` refuses that there.
    package static func otherVersion(onBranch head: String, than target: SemVer, config: Config) -> SemVer? {
        guard let version = BranchRole(head, config: config).version(prefix: config.version.tagPrefix), !version.isPrerelease,
              target.description != version.description, !target.isPrerelease(of: version) else { return nil }
        return version
    }

    /// Why the branch cannot start where HEAD is, with the commands that make it right; nil when
    /// HEAD is on its base (or on the branch already).
    /// - Parameters:
    ///   - head: as in `init`; `headCommit` names a detached HEAD.
    ///   - baseExists: whether the base branch exists in this repository.
    ///   - commandLine: the command as typed, run again once HEAD is on the base.
    package func refusal(head: String?, headCommit: String, baseExists: Bool, config: Config, commandLine: String) -> Diagnostic? {
        guard !isCurrent, head != base else { return nil }
        let kind = name.hasPrefix("hotfix/") ? "a hotfix" : "a release"
        let whereHead = head.map { "HEAD is on \($0)" } ?? "HEAD is detached at \(headCommit)"
        let key = base == config.branch.main ? "branch.main" : "branch.develop"
        guard baseExists else {
            return Diagnostic(VersionEdits.rule, "\(name) starts from \(base) (\(key)), which does not exist; \(whereHead)",
                              fix: "set `\(key)` in .lockstep.toml to your integration branch, or create it from \(config.branch.main): `git switch -c \(ShellQuoting.quote(base)) \(ShellQuoting.quote(config.branch.main)) && \(commandLine)`")
        }
        let hotfixHint = isPatch ? "; a patch made on \(config.branch.main) gets hotfix/\(name.dropFirst("release/".count)) instead" : ""
        return Diagnostic(VersionEdits.rule, "\(kind) branch starts from \(base), but \(whereHead)\(hotfixHint)",
                          fix: "switch there and run it again: `git switch \(ShellQuoting.quote(base)) && \(commandLine)`")
    }
}
