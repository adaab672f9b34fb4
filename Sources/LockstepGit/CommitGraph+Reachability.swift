extension CommitGraph {
    /// The index of the first of `candidates` (in the caller's order of preference) that is `tip`
    /// or in its history, like `git tag --merged`; nil when none is.
    ///
    /// One walk down from `tip`, newest commits first, shared by every candidate: a candidate is
    /// out of reach once every commit left to walk is more than a day older than it (slack for
    /// clock skew). Shallow roots have no parents, as in git, so a shallow clone answers from the
    /// history it has.
    func firstReachable(_ candidates: [Node], from tip: Node) throws(GitError) -> Int? {
        let slack: Int64 = 86_400
        var reached: Set<Node> = [tip]
        var queue = CommitQueue()
        try parse(tip)
        queue.push(tip, date: date(of: tip))
        for (index, candidate) in candidates.enumerated() {
            try parse(candidate)
            while !reached.contains(candidate), let next = queue.first, next.date + slack >= date(of: candidate) {
                guard let entry = queue.pop() else { break }
                for position in parentIndices(of: entry.node) {
                    let parent = parent(at: position)
                    guard reached.insert(parent).inserted else { continue }
                    try parse(parent)
                    queue.push(parent, date: date(of: parent))
                }
            }
            if reached.contains(candidate) { return index }
        }
        return nil
    }
}
