internal import CLibgit2

/// A walk over the commits selected by revision arguments, in `git rev-list` order: newest
/// committer date first, ties in the order git queues them. Pull commits with `next()`.
///
/// Without negative revisions the walk streams: each commit object is read once and memory
/// holds only the queue and ~100 bytes per commit met. With negatives (`^A`, `A..B`, `A...B`),
/// it first limits the range like git's `limit_list` (same early stop, same clock-skew slop),
/// keeping the raw objects of selected commits up to `CommitGraph.retentionLimit` (beyond it,
/// they are read a second time when handed out).
///
/// Shallow clones: commits in `$GIT_DIR/shallow` have no parents, as in git. When the answer
/// would depend on the missing history, `next()` throws `.shallow` instead: a selected commit is
/// a shallow root (its parents would belong to the range), or a negative side ends at a shallow
/// root while commits of the positive side remain to be decided. Commits handed out before the
/// throw were right.
package final class CommitWalk {
    private typealias Node = CommitGraph.Node
    /// Holds the object database the graph reads.
    private let repository: Repository
    private let graph: CommitGraph
    private var queue = CommitQueue()
    /// The limited range in output order; nil while streaming.
    private var limited: [Node]?
    private var position = 0
    /// Reused for the parents `RawCommit` reports while a record is made.
    private var scratchParents: [ObjectID] = []

    init(_ repository: Repository, graph: CommitGraph, selections: [RevisionSelection]) throws(GitError) {
        self.repository = repository
        self.graph = graph
        var pending: [Node] = []
        for selection in selections {
            switch selection {
            case .commit(let id, let isNegative):
                let node = graph.node(id)
                if isNegative { graph.add(.uninteresting, to: node) }
                pending.append(node)
            case .symmetric(let left, let right):
                // git's handle_dotdot_1: the merge bases become negatives, queued before both sides.
                let (leftNode, rightNode) = (graph.node(left), graph.node(right))
                for base in try graph.mergeBases(leftNode, rightNode) {
                    graph.add(.uninteresting, to: base)
                    pending.append(base)
                }
                pending += [leftNode, rightNode]
            }
        }
        var isLimited = false
        for node in pending {
            try graph.parse(node)
            if graph.has(node, .uninteresting) {
                isLimited = true
                markParentsUninteresting(node)
            }
            if !graph.has(node, .seen) { enqueue(node) }
        }
        if isLimited { limited = try limit() }
    }

    /// The next commit, or nil when the walk is over.
    package func next() throws(GitError) -> CommitRecord? {
        if let limited {
            while position < limited.count {
                let node = limited[position]
                position += 1
                if graph.has(node, .uninteresting) {
                    graph.release(node)
                    continue
                }
                return try record(node)
            }
            return nil
        }
        while let entry = queue.pop() {
            graph.remove(.queued, from: entry.node)
            try processParents(entry.node)
            return try record(entry.node)
        }
        return nil
    }

    /// git's limit_list (revision.c, 2.39): walk by date, propagating "uninteresting" down, and
    /// stop once only uninteresting commits remain, five commits after the last interesting date.
    private func limit() throws(GitError) -> [Node] {
        var selected: [Node] = []
        var lastDate = Int64.max
        var slop = 5
        var interestingCache: Node = -1
        defer { drainQueue() }
        while let entry = queue.pop() {
            let node = entry.node
            graph.remove(.queued, from: node)
            if node == interestingCache { interestingCache = -1 }
            try processParents(node)
            guard graph.has(node, .uninteresting) else {
                lastDate = graph.date(of: node)
                selected.append(node)
                continue
            }
            graph.release(node)
            markParentsUninteresting(node)
            // An excluded shallow root ends the excluded side as it ends git's: what lies below the
            // cut is not in the clone, so no commit of the clone is wrongly kept for lack of it
            // (commits that are themselves shallow roots are refused when handed out).
            slop = stillInteresting(since: lastDate, slop: slop, cache: &interestingCache)
            if slop == 0 { break }
        }
        return selected
    }

    private func stillInteresting(since date: Int64, slop: Int, cache: inout Node) -> Int {
        guard let first = queue.first else { return 0 }
        if date <= first.date { return 5 }
        if !everybodyUninteresting(&cache) { return 5 }
        return slop - 1
    }

    private func everybodyUninteresting(_ cache: inout Node) -> Bool {
        if cache >= 0, !graph.has(cache, .uninteresting) { return false }
        for entry in queue.entries where !graph.has(entry.node, .uninteresting) {
            cache = entry.node
            return false
        }
        return true
    }

    /// git's process_parents: queue the parents not seen yet; below an uninteresting commit,
    /// mark them (and what is known of their ancestry) uninteresting first.
    private func processParents(_ node: Node) throws(GitError) {
        let isUninteresting = graph.has(node, .uninteresting)
        for index in graph.parentIndices(of: node) {
            let parent = graph.parent(at: index)
            if isUninteresting { graph.add(.uninteresting, to: parent) }
            do {
                try graph.parse(parent)
            } catch where isUninteresting && error.kind == .notFound {
                continue  // git parses excluded parents "gently": a missing one is skipped
            }
            if isUninteresting, !graph.parentIndices(of: parent).isEmpty { markParentsUninteresting(parent) }
            if !graph.has(parent, .seen) { enqueue(parent) }
        }
    }

    /// git's mark_parents_uninteresting: down the parsed part of the ancestry, stopping at
    /// commits already marked.
    private func markParentsUninteresting(_ node: Node) {
        var stack = graph.parentIndices(of: node).map { graph.parent(at: $0) }
        while let commit = stack.popLast() {
            if graph.has(commit, .uninteresting) { continue }
            graph.add(.uninteresting, to: commit)
            for index in graph.parentIndices(of: commit) { stack.append(graph.parent(at: index)) }
        }
    }

    private func enqueue(_ node: Node) {
        graph.add([.seen, .queued], to: node)
        queue.push(node, date: graph.date(of: node))
    }

    private func drainQueue() {
        while let entry = queue.pop() { graph.remove(.queued, from: entry.node) }
    }

    /// The record of a selected commit, from the object kept since it was parsed or read again.
    private func record(_ node: Node) throws(GitError) -> CommitRecord {
        let id = graph.ids[Int(node)]
        if graph.has(node, .shallowRoot) {
            graph.release(node)
            throw GitError(.shallow, operation: "walk commits",
                           message: "the range goes past shallow commit \(id.hex): its parents are not in this clone",
                           fix: CommitGraph.shallowFix)
        }
        let object = try graph.takeObject(node)
        defer { git_odb_object_free(object) }
        let data = CommitGraph.data(of: object)
        scratchParents.removeAll(keepingCapacity: true)
        let header = RawCommit.header(of: data, parents: &scratchParents)
        let encoding = header.encoding.map { String(decoding: data[$0], as: UTF8.self) }
        return CommitRecord(id: id, message: Array(data[header.messageStart...]), encoding: encoding,
                            parentCount: header.parentCount)
    }
}
