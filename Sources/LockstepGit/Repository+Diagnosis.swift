internal import CLibgit2
import LockstepSystem

extension Repository {
    /// What Lockstep cannot read in this repository, each with a fix, for `lockstep doctor`
    /// and for callers about to read the index: a split index (`core.splitIndex`) that cannot be
    /// read, or the setting switched on (git's next index write would make it unreadable), and a
    /// shallow clone (ranges that reach past it fail).
    /// SHA-256 repositories and repositories owned by another user fail earlier, in `init`.
    package func unsupportedShapes() -> [GitError] {
        var shapes: [GitError] = []
        do throws(GitError) {
            _ = try findInIndexFile(paths: [], listing: [])
        } catch {
            shapes.append(error)
        }
        let unreadable = shapes.map(\.message).joined()
        if configFlag("core.splitIndex"), !unreadable.contains("split") {
            shapes.append(GitError(.unsupportedRepository, operation: "check the index",
                                   message: "core.splitIndex is on: the next index git writes will be split, "
                                       + "which Lockstep cannot read",
                                   fix: "git config core.splitIndex false && git update-index --no-split-index"))
        }
        if isShallow {
            shapes.append(GitError(.shallow, operation: "check history",
                                   message: "this is a shallow clone: checks of commits older than its "
                                       + "\(shallowCommits.count) boundary commit(s) fail",
                                   fix: CommitGraph.shallowFix))
        }
        return shapes
    }

    private func configFlag(_ name: String) -> Bool {
        guard let value = (try? configString(name)) ?? nil else { return false }
        return value.isEmpty || GitEnvironment.bool(value) == true
    }
}
