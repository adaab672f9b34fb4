internal import CLibgit2

/// What kind of object an id names.
package enum ObjectKind: String, Sendable, Equatable {
    case commit, tree, blob, tag
}

/// An annotated tag object: the name it was made for, its message, and what it points at.
package struct TagAnnotation: Sendable, Equatable {
    /// The `tag` header: the name given to `git tag -a`.
    package let name: String
    /// The message as stored (may be empty).
    package let message: String
    package let target: ObjectID
    package let targetKind: ObjectKind?
}

extension Repository {
    /// The kind of `id`, read from the object's header only; nil when the object is not here
    /// (a pre-push remote id that was never fetched, a pre-receive id outside the quarantine).
    package func objectKind(of id: ObjectID) -> ObjectKind? {
        var oid = id.gitOID
        var size = 0
        var type = GIT_OBJECT_INVALID
        guard git_odb_read_header(&size, &type, objects, &oid) == 0 else { return nil }
        return Self.kind(type)
    }

    /// The annotation `id` names; nil when `id` is not a tag object.
    package func annotation(_ id: ObjectID) throws(GitError) -> TagAnnotation? {
        guard objectKind(of: id) == .tag else { return nil }
        var oid = id.gitOID
        var tag: OpaquePointer?
        try check(git_tag_lookup(&tag, handle, &oid), "read a tag")
        guard let tag else { return nil }
        defer { git_tag_free(tag) }
        let target = ObjectID(git_tag_target_id(tag).pointee)
        return TagAnnotation(name: git_tag_name(tag).map { String(cString: $0) } ?? "",
                             message: git_tag_message(tag).map { String(cString: $0) } ?? "",
                             target: target, targetKind: Self.kind(git_tag_target_type(tag)))
    }

    /// The object a chain of tags ends at (`id` itself when it is no tag), with its kind; nil when
    /// an object of the chain is missing. At most 32 steps, as git's peel.
    package func peeled(_ id: ObjectID) throws(GitError) -> (id: ObjectID, kind: ObjectKind)? {
        var current = id
        for _ in 0..<32 {
            guard let kind = objectKind(of: current) else { return nil }
            guard kind == .tag, let annotation = try annotation(current) else { return (current, kind) }
            current = annotation.target
        }
        return nil
    }

    private static func kind(_ type: git_object_t) -> ObjectKind? {
        switch type {
        case GIT_OBJECT_COMMIT: return .commit
        case GIT_OBJECT_TREE: return .tree
        case GIT_OBJECT_BLOB: return .blob
        case GIT_OBJECT_TAG: return .tag
        default: return nil
        }
    }
}
