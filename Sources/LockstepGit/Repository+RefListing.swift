internal import CLibgit2

extension Repository {
    /// The object `name` (a full ref name such as `refs/tags/v1.2.0`, or `HEAD`) points at after
    /// following symbolic refs, not peeled; nil when the ref does not exist or dangles.
    package func referenceTarget(_ name: String) throws(GitError) -> ObjectID? {
        var oid = git_oid()
        let code = git_reference_name_to_id(&oid, handle, name)
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EINVALIDSPEC.rawValue { return nil }
        try check(code, "read a reference")
        return ObjectID(oid)
    }

    /// Every reference whose full name starts with `prefix` (`refs/remotes/origin/`), with what it
    /// points at, in byte order. Symbolic refs (`refs/remotes/origin/HEAD`) are left out: their
    /// target is listed under its own name.
    package func references(under prefix: String) throws(GitError) -> [(name: String, target: ObjectID)] {
        var iterator: OpaquePointer?
        try check(git_reference_iterator_new(&iterator, handle), "list references")
        defer { git_reference_iterator_free(iterator) }
        var found: [(name: String, target: ObjectID)] = []
        while true {
            var reference: OpaquePointer?
            let code = git_reference_next(&reference, iterator)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "list references")
            guard let reference else { continue }
            defer { git_reference_free(reference) }
            let name = String(cString: git_reference_name(reference))
            guard name.hasPrefix(prefix), let target = git_reference_target(reference) else { continue }
            found.append((name, ObjectID(target.pointee)))
        }
        return found.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// Every tag (`v1.2.0`, without `refs/tags/`) that leads to a commit, with that commit, sorted.
    package func tagCommits() throws(GitError) -> [(name: String, commit: ObjectID)] {
        try tagReferences().compactMap { tag in commit(of: tag).map { (tag.name, $0) } }
    }

    /// Every tag and the object its ref names, sorted by name, in git's order (as
    /// `references(under:)` lists them). Nothing is read but the refs: `commit(of:)` then peels
    /// those a caller needs.
    package func tagReferences() throws(GitError) -> [TagReference] {
        var iterator: OpaquePointer?
        try check(git_reference_iterator_glob_new(&iterator, handle, "refs/tags/*"), "list tags")
        defer { git_reference_iterator_free(iterator) }
        var found: [TagReference] = []
        while true {
            var reference: OpaquePointer?
            let code = git_reference_next(&reference, iterator)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "list tags")
            guard let reference else { continue }
            defer { git_reference_free(reference) }
            guard let target = git_reference_target(reference) else { continue }
            found.append(TagReference(name: String(cString: git_reference_name(reference)).dropFirst("refs/tags/".count).description,
                                      target: ObjectID(target.pointee),
                                      peeled: git_reference_target_peel(reference).map { ObjectID($0.pointee) }))
        }
        return found.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// The commit a tag leads to; nil when it leads to another kind of object, or to objects a
    /// shallow clone lacks. A packed tag's peeled id is read from packed-refs (git writes it
    /// there), so an annotated tag object is read only when its ref is loose.
    package func commit(of tag: TagReference) -> ObjectID? {
        if let peeled = tag.peeled { return objectKind(of: peeled) == .commit ? peeled : nil }
        guard let object = try? peeled(tag.target), object.kind == .commit else { return nil }
        return object.id
    }

    /// The branch HEAD is on (`refs/heads/main`); nil when HEAD is detached or unreadable.
    package func headBranch() -> String? {
        var reference: OpaquePointer?
        guard git_reference_lookup(&reference, handle, "HEAD") == 0, let reference else { return nil }
        defer { git_reference_free(reference) }
        guard git_reference_type(reference) == GIT_REFERENCE_SYMBOLIC,
              let target = git_reference_symbolic_target(reference) else { return nil }
        return String(cString: target)
    }

    /// The configured remotes' names (`remote.<name>.url` in git's configuration).
    package func remoteNames() throws(GitError) -> [String] {
        var names = git_strarray()
        try check(git_remote_list(&names, handle), "list remotes")
        defer { git_strarray_dispose(&names) }
        return (0..<names.count).compactMap { names.strings[$0].map { String(cString: $0) } }
    }
}

/// A tag's ref: its name (without `refs/tags/`), the object it names, and the commit or other
/// object that peels to when packed-refs records it.
package struct TagReference: Sendable {
    package let name: String
    package let target: ObjectID
    package let peeled: ObjectID?
}
