extension CommitGraph {
    /// The merge bases of two commits, newest first: git's paint_down_to_common (commit.c)
    /// without generation numbers, keeping the results that no other result reaches.
    ///
    /// libgit2 1.5.1's `git_merge_bases` fails in shallow clones; this one stops at shallow roots
    /// like git, and throws `.shallow` when one side's history ends at a shallow root before the
    /// two sides have met (git would then answer from truncated history).
    func mergeBases(_ one: Node, _ two: Node) throws(GitError) -> [Node] {
        if one == two { return [one] }
        let first: UInt8 = 1, second: UInt8 = 2, stale: UInt8 = 4, result: UInt8 = 8
        var paint: [Node: UInt8] = [:]
        var queue = CommitQueue()
        for (node, side) in [(one, first), (two, second)] {
            try parse(node)
            paint[node, default: 0] |= side
            queue.push(node, date: date(of: node))
        }
        var results: [Node] = []
        while queue.entries.contains(where: { paint[$0.node, default: 0] & stale == 0 }), let entry = queue.pop() {
            let node = entry.node
            var sides = paint[node, default: 0] & (first | second | stale)
            if sides == first | second {
                if paint[node, default: 0] & result == 0 {
                    paint[node, default: 0] |= result
                    results.append(node)
                }
                sides |= stale
            } else if sides & stale == 0, has(node, .shallowRoot) {
                throw GitError(.shallow, operation: "find merge bases",
                               message: "the history of \(ids[Int(node)].hex) ends at the shallow clone's boundary "
                                   + "before \(ids[Int(one)].hex) and \(ids[Int(two)].hex) meet",
                               fix: Self.shallowFix)
            }
            for index in parentIndices(of: node) {
                let parent = parent(at: index)
                if paint[parent, default: 0] & sides == sides { continue }
                try parse(parent)
                paint[parent, default: 0] |= sides
                queue.push(parent, date: date(of: parent))
            }
        }
        return results.filter { paint[$0, default: 0] & stale == 0 }
    }
}
