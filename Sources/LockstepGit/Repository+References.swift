internal import CLibgit2
import LockstepSystem

extension Repository {
    /// What `--all` starts from, in git's order: every reference under `refs/` sorted by name,
    /// HEAD, then the HEADs of the other worktrees (git's other_head_refs). References to trees
    /// or blobs and dangling symbolic references are skipped, as git skips them; an unborn HEAD
    /// adds nothing.
    func allReferenceTips() throws(GitError) -> [ObjectID] {
        var tips: [ObjectID] = []
        for name in try referenceNames() {
            if let id = try commit(ofReference: name) { tips.append(id) }
        }
        if !isHeadUnborn, let head = try commit(ofReference: "HEAD") { tips.append(head) }
        for directory in worktreeGitDirectories() where directory != gitDirectory {
            if let head = try commit(ofHeadFileIn: directory) { tips.append(head) }
        }
        return tips
    }

    private func referenceNames() throws(GitError) -> [String] {
        var iterator: OpaquePointer?
        try check(git_reference_iterator_new(&iterator, handle), "list references")
        defer { git_reference_iterator_free(iterator) }
        var names: [String] = []
        while true {
            var name: UnsafePointer<CChar>?
            let code = git_reference_next_name(&name, iterator)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "list references")
            if let name { names.append(String(cString: name)) }
        }
        // git lists references in byte order.
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The commit a reference leads to, tags peeled; nil when it dangles or leads to no commit.
    private func commit(ofReference name: String) throws(GitError) -> ObjectID? {
        var reference: OpaquePointer?
        let found = git_reference_lookup(&reference, handle, name)
        if found == GIT_ENOTFOUND.rawValue { return nil }
        try check(found, "read a reference")
        defer { git_reference_free(reference) }
        var resolved: OpaquePointer?
        let resolution = git_reference_resolve(&resolved, reference)
        if resolution == GIT_ENOTFOUND.rawValue { return nil }
        try check(resolution, "resolve a reference")
        defer { git_reference_free(resolved) }
        guard let target = git_reference_target(resolved) else { return nil }
        return try commit(peeling: ObjectID(target.pointee))
    }

    /// `id` if it is a commit, the commit a tag chain ends at, or nil for trees and blobs.
    private func commit(peeling id: ObjectID) throws(GitError) -> ObjectID? {
        var oid = id.gitOID
        var size = 0
        var type = GIT_OBJECT_INVALID
        let header = git_odb_read_header(&size, &type, objects, &oid)
        if header == GIT_ENOTFOUND.rawValue {
            throw GitError(.notFound, operation: "list references", message: "a reference points at missing object \(id.hex)")
        }
        try check(header, "read an object header")
        if type == GIT_OBJECT_COMMIT { return id }
        guard type == GIT_OBJECT_TAG else { return nil }
        var object: OpaquePointer?
        try check(git_object_lookup(&object, handle, &oid, GIT_OBJECT_TAG), "read a tag")
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        guard git_object_peel(&commit, object, GIT_OBJECT_COMMIT) >= 0, let commit else { return nil }
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit).pointee)
    }

    /// The git directories of every worktree: the common directory, then `worktrees/*`.
    private func worktreeGitDirectories() -> [String] {
        let linked = commonDirectory + "/worktrees"
        return [commonDirectory] + FileSystem.names(in: linked).sorted().map { linked + "/" + $0 }
            .filter { FileSystem.isFile($0 + "/HEAD") }
    }

    /// The commit another worktree's HEAD file names (`ref: refs/heads/x` or an id); nil when
    /// that branch is unborn or the file is unreadable.
    private func commit(ofHeadFileIn directory: String) throws(GitError) -> ObjectID? {
        guard let bytes = try? FileSystem.read(directory + "/HEAD") else { return nil }
        var text = String(decoding: bytes, as: UTF8.self)
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        if text.hasPrefix("ref: ") {
            let name = String(text.dropFirst(5))
            var oid = git_oid()
            let code = git_reference_name_to_id(&oid, handle, name)
            if code == GIT_ENOTFOUND.rawValue { return nil }
            try check(code, "read another worktree's HEAD")
            return try commit(peeling: ObjectID(oid))
        }
        guard let id = ObjectID(hex: text) else { return nil }
        return try commit(peeling: id)
    }
}
