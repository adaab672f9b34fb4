/// The `~n` and `^n` steps at the end of a revision (`HEAD~2^2`), taken over a `CommitGraph` so
/// that a shallow clone's boundary is respected: git treats shallow commits as parentless.
enum AncestrySteps {
    /// One step: `~n` follows first parents n times; `^n` takes the n-th parent (`^0`: itself).
    struct Step: Equatable {
        let isFirstParentChain: Bool
        let count: Int
    }

    /// The revision before its trailing steps, and the steps in order; nil when nothing would
    /// remain of the base, or when the revision holds a `:` (`:/text~2` searches for "text~2").
    static func split(_ revision: String) -> (base: String, steps: [Step])? {
        let bytes = Array(revision.utf8)
        guard !bytes.contains(UInt8(ascii: ":")) else { return nil }
        var end = bytes.count
        var steps: [Step] = []
        while end > 0 {
            var digits = end
            while digits > 0, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[digits - 1]) { digits -= 1 }
            guard digits > 0, bytes[digits - 1] == UInt8(ascii: "~") || bytes[digits - 1] == UInt8(ascii: "^") else { break }
            let number = digits == end ? 1 : Int(String(decoding: bytes[digits..<end], as: UTF8.self))
            guard let number else { break }
            steps.insert(Step(isFirstParentChain: bytes[digits - 1] == UInt8(ascii: "~"), count: number), at: 0)
            end = digits - 1
        }
        guard end > 0 else { return nil }
        return (String(decoding: bytes[..<end], as: UTF8.self), steps)
    }

    /// Takes `steps` from `start`; `.shallow` when a step needs a parent beyond the boundary,
    /// `.badRevision` when a commit has no such parent.
    static func follow(_ steps: [Step], from start: ObjectID, in graph: CommitGraph,
                       revision: String) throws(GitError) -> ObjectID {
        var node = graph.node(start)
        for step in steps {
            let hops = step.isFirstParentChain ? step.count : min(step.count, 1)
            let parentNumber = step.isFirstParentChain ? 0 : step.count - 1
            for _ in 0..<hops {
                try graph.parse(node)
                if graph.has(node, .shallowRoot) {
                    throw GitError(.shallow, operation: "resolve revision",
                                   message: "'\(revision)' reaches past shallow commit \(graph.ids[Int(node)].hex), "
                                       + "whose parents are not in this clone",
                                   fix: CommitGraph.shallowFix)
                }
                let parents = graph.parentIndices(of: node)
                guard parentNumber < parents.count else {
                    throw GitError(.badRevision, operation: "resolve revision",
                                   message: "unknown revision '\(revision)': \(graph.ids[Int(node)].hex) has "
                                       + "\(parents.count) parent(s)")
                }
                node = graph.parent(at: parents.lowerBound + parentNumber)
            }
        }
        try graph.parse(node)
        return graph.ids[Int(node)]
    }
}
