extension Repository {
    /// The commits reachable from `tips` and from none of `hidden`, newest first, like
    /// `git rev-list <tips> --not <hidden>`; exact in shallow clones (see `CommitWalk`), where a
    /// range that needs history the clone lacks throws `.shallow` instead of answering wrongly.
    package func commits(from tips: [ObjectID], hiding hidden: [ObjectID]) throws(GitError) -> CommitWalk {
        let graph = CommitGraph(objects: objects, shallowCommits: shallowCommits, retentionLimit: 32 << 20)
        let selections = tips.map { RevisionSelection.commit($0, isNegative: false) }
            + hidden.map { RevisionSelection.commit($0, isNegative: true) }
        return try CommitWalk(self, graph: graph, selections: selections)
    }

    /// The index of the first of `candidates` that is `tip` or in its history (`git tag --merged`
    /// for commits), in one walk; see `CommitGraph.firstReachable`.
    package func firstReachable(_ candidates: [ObjectID], from tip: ObjectID) throws(GitError) -> Int? {
        let graph = CommitGraph(objects: objects, shallowCommits: shallowCommits)
        return try graph.firstReachable(candidates.map(graph.node), from: graph.node(tip))
    }

    /// The best common ancestor of two commits (git's `merge-base`, the newest when there are
    /// several); nil when their histories never meet. `.shallow` when the answer lies past a
    /// shallow clone's boundary. Never libgit2's `git_merge_base`, which fails in shallow clones.
    package func mergeBase(_ one: ObjectID, _ two: ObjectID) throws(GitError) -> ObjectID? {
        let graph = CommitGraph(objects: objects, shallowCommits: shallowCommits)
        let bases = try graph.mergeBases(graph.node(one), graph.node(two))
        return bases.first.map { graph.ids[Int($0)] }
    }
}
