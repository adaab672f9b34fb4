internal import CLibgit2

/// libgit2's process-wide set-up, done once, on first use, before any repository is opened.
enum Libgit2 {
    /// nil when libgit2 is ready; the set-up failure otherwise.
    private static let setUpFailure: GitError? = setUp()

    /// Initialises libgit2 (once per process) or rethrows why it could not be.
    static func ensureReady() throws(GitError) {
        if let setUpFailure { throw setUpFailure }
    }

    private static func setUp() -> GitError? {
        do {
            try check(git_libgit2_init(), "initialise libgit2")
            // libgit2 1.5.1 refuses repositories with extensions.worktreeConfig (supported from 1.8);
            // opening them is safe for reading, and Repository reads config.worktree itself.
            let accepted = "worktreeconfig".withCString { name in
                var names: [UnsafePointer<CChar>?] = [name]
                return names.withUnsafeMutableBufferPointer { lockstep_git_add_extensions($0.baseAddress, 1) }
            }
            try check(accepted, "enable extensions.worktreeConfig")
            // git does not re-hash objects it reads; SHA-1DC over every commit of a long walk
            // costs about a tenth of the walk.
            try check(lockstep_git_set_strict_hash_verification(0), "disable read hash verification")
            // A walk reads each commit once (CommitGraph keeps what it needs); caching raw commits
            // would only grow memory with the length of history.
            try check(lockstep_git_set_cache_object_limit(GIT_OBJECT_COMMIT, 0), "limit the commit cache")
            // Trees over 4 KiB (the default limit: a root or a migrations folder of a real project)
            // would be inflated again, with their delta chains, for every path looked up through them.
            try check(lockstep_git_set_cache_object_limit(GIT_OBJECT_TREE, 1 << 20), "raise the tree cache limit")
            return nil
        } catch {
            return error
        }
    }
}
