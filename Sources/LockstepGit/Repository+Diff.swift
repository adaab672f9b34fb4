internal import CLibgit2

extension Repository {
    /// The paths whose content or mode differs between the trees of two commits (added, deleted,
    /// modified; a rename is its two paths), sorted. `old` nil compares with the empty tree.
    package func changedPaths(from old: ObjectID?, to new: ObjectID) throws(GitError) -> [String] {
        let newTree = try commitTree(new)
        defer { git_tree_free(newTree) }
        let oldTree = try old.map { id throws(GitError) in try commitTree(id) }
        defer { if let oldTree { git_tree_free(oldTree) } }
        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "set up a diff")
        var diff: OpaquePointer?
        try check(git_diff_tree_to_tree(&diff, handle, oldTree, newTree, &options), "compare two trees")
        guard let diff else { return [] }
        defer { git_diff_free(diff) }
        var paths = Set<String>()
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
            if let path = delta.old_file.path { paths.insert(String(cString: path)) }
            if let path = delta.new_file.path { paths.insert(String(cString: path)) }
        }
        return paths.sorted()
    }

    /// The tree of commit `id`; the caller frees it.
    private func commitTree(_ id: ObjectID) throws(GitError) -> OpaquePointer {
        var oid = id.gitOID
        var commit: OpaquePointer?
        try check(git_commit_lookup(&commit, handle, &oid), "read a commit")
        guard let commit else { throw GitError(.notFound, operation: "read a commit", message: "no commit \(id.hex)") }
        defer { git_commit_free(commit) }
        var tree: OpaquePointer?
        try check(git_commit_tree(&tree, commit), "read the tree of a commit")
        guard let tree else { throw GitError(.notFound, operation: "read a tree", message: "no tree for \(id.hex)") }
        return tree
    }
}
