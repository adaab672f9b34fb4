internal import CLibgit2

/// One revision argument once resolved: a commit to include or exclude, or both sides of `A...B`.
enum RevisionSelection {
    case commit(ObjectID, isNegative: Bool)
    case symmetric(ObjectID, ObjectID)
}

extension Repository {
    /// The commits selected by git-style revision arguments, newest first (see `CommitWalk`).
    ///
    /// Each argument is `B` (B and its whole history), `^A` (exclude A's history), `A..B`
    /// (`^A B`), `A...B` (commits in one history but not both), with `A..`/`..B` meaning HEAD on
    /// the empty side. `all` adds every reference, HEAD and the other worktrees' HEADs, as
    /// `--all`. Like `git rev-list`, the result is the union of the positive sides minus the
    /// union of everything reachable from the negative ones. Revisions are whatever libgit2's
    /// revparse reads (`main`, `v1.2.0`, `HEAD~2`, `origin/main`, 40 or fewer hex digits…).
    ///
    /// Throws `.badRevision` naming the argument (`HEAD has no commits yet` on an unborn HEAD, and
    /// also for a tag of a tree or blob, which git would silently skip), `.shallow` when the
    /// revision needs history a shallow clone lacks.
    package func commits(_ revisions: [String], all: Bool = false) throws(GitError) -> CommitWalk {
        try commits(revisions, all: all, retentionLimit: 32 << 20)
    }

    /// `commits(_:all:)` keeping at most `retentionLimit` bytes of raw objects between reading
    /// a commit and handing it out (see `CommitGraph`).
    func commits(_ revisions: [String], all: Bool, retentionLimit: Int) throws(GitError) -> CommitWalk {
        let graph = CommitGraph(objects: objects, shallowCommits: shallowCommits, retentionLimit: retentionLimit)
        var selections: [RevisionSelection] = []
        for argument in revisions { selections += try selection(argument, graph: graph) }
        if all {
            for id in try allReferenceTips() { selections.append(.commit(id, isNegative: false)) }
        }
        return try CommitWalk(self, graph: graph, selections: selections)
    }

    /// Calls `body` with each commit of `commits(revisions, all:)`, newest first, until it
    /// returns false. Rethrows `body`'s errors unchanged; walk failures are `GitError`s, and may
    /// come after some commits were handed out (see `CommitWalk`).
    package func walkCommits(_ revisions: [String], all: Bool = false, _ body: (CommitRecord) throws -> Bool) throws {
        let walk = try commits(revisions, all: all)
        while let commit = try walk.next() {
            guard try body(commit) else { return }
        }
    }

    /// The commit a single revision names (tags peeled), like `git rev-parse REV^{commit}`.
    package func commitID(of revision: String) throws(GitError) -> ObjectID {
        try resolve(revision, argument: revision, graph: CommitGraph(objects: objects, shallowCommits: shallowCommits))
    }

    private func selection(_ argument: String, graph: CommitGraph) throws(GitError) -> [RevisionSelection] {
        // git's handle_dotdot: the first ".." splits; a third dot makes it symmetric.
        if let dots = argument.firstRange(of: "..") {
            let isSymmetric = argument[dots.upperBound...].first == "."
            let left = String(argument[..<dots.lowerBound])
            let right = String(argument[(isSymmetric ? argument.index(after: dots.upperBound) : dots.upperBound)...])
            let leftID = try resolve(left, argument: argument, graph: graph)
            let rightID = try resolve(right, argument: argument, graph: graph)
            return isSymmetric ? [.symmetric(leftID, rightID)]
                : [.commit(leftID, isNegative: true), .commit(rightID, isNegative: false)]
        }
        if argument.hasPrefix("^"), argument.count > 1 {
            return [.commit(try resolve(String(argument.dropFirst()), argument: argument, graph: graph), isNegative: true)]
        }
        return [.commit(try resolve(argument, argument: argument, graph: graph), isNegative: false)]
    }

    /// Resolves one side of an argument. Trailing `~n`/`^n` steps are taken over the walk's graph:
    /// libgit2 1.5.1 does not know a shallow clone's boundary (it would read the missing parents),
    /// and its full commit parse per step costs more than the walk itself on long chains; the
    /// commits met on the way are then already parsed for the walk.
    private func resolve(_ revision: String, argument: String, graph: CommitGraph) throws(GitError) -> ObjectID {
        let revision = revision.isEmpty ? "HEAD" : revision
        if let (base, steps) = AncestrySteps.split(revision), !steps.isEmpty {
            let start = try resolveWithLibgit2(base, revision: revision, argument: argument)
            return try AncestrySteps.follow(steps, from: start, in: graph, revision: revision)
        }
        return try resolveWithLibgit2(revision, revision: revision, argument: argument)
    }

    private func resolveWithLibgit2(_ spec: String, revision: String, argument: String) throws(GitError) -> ObjectID {
        var object: OpaquePointer?
        let code = git_revparse_single(&object, handle, spec)
        if code < 0 {
            let errorClass = git_error_last()?.pointee.klass ?? 0
            let text = lastErrorMessage(code)
            throw revisionError(code: code, errorClass: errorClass, text: text, spec: spec,
                                revision: revision, argument: argument)
        }
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        let peeled = git_object_peel(&commit, object, GIT_OBJECT_COMMIT)
        guard peeled >= 0, let commit else {
            let type = git_object_type2string(git_object_type(object)).map { String(cString: $0) } ?? "object"
            throw GitError(.badRevision, operation: "resolve revision",
                           message: "'\(revision)'\(Self.inArgument(argument, revision)) names a \(type), not a commit")
        }
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit).pointee)
    }

    private func revisionError(code: Int32, errorClass: Int32, text: String, spec: String,
                               revision: String, argument: String) -> GitError {
        let place = Self.inArgument(argument, revision)
        if isShallow, errorClass == GIT_ERROR_ODB.rawValue {
            return GitError(.shallow, operation: "resolve revision",
                            message: "'\(revision)'\(place) needs history this shallow clone does not have (\(text))",
                            fix: CommitGraph.shallowFix)
        }
        let base = AncestrySteps.split(spec)?.base ?? spec
        if base == "HEAD" || base == "@", isHeadUnborn {
            return GitError(.badRevision, operation: "resolve revision",
                            message: "HEAD has no commits yet ('\(revision)'\(place))",
                            fix: "make a first commit, or name a revision that exists")
        }
        let what = code == GIT_EAMBIGUOUS.rawValue ? "ambiguous" : "unknown"
        return GitError(.badRevision, operation: "resolve revision",
                        message: "\(what) revision '\(revision)'\(place) (\(text))")
    }

    private static func inArgument(_ argument: String, _ revision: String) -> String {
        argument == revision ? "" : " in '\(argument)'"
    }
}

extension Repository {
    /// True when the object is in this repository's object store (quarantine and alternates
    /// included), e.g. a pre-push remote id that was fetched before.
    package func contains(_ id: ObjectID) -> Bool {
        var oid = id.gitOID
        return git_odb_exists(objects, &oid) == 1
    }
}
