/// git's date-ordered commit list as a binary heap: newest committer date first, and among
/// equal dates the one queued first (git's `commit_list_insert_by_date` keeps ties in order).
struct CommitQueue {
    struct Entry {
        var date: Int64
        var sequence: Int
        var node: CommitGraph.Node
    }

    private(set) var entries: [Entry] = []
    private var nextSequence = 0

    var isEmpty: Bool { entries.isEmpty }
    var first: Entry? { entries.first }

    mutating func push(_ node: CommitGraph.Node, date: Int64) {
        entries.append(Entry(date: date, sequence: nextSequence, node: node))
        nextSequence += 1
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(entries[child], entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Entry? {
        guard let top = entries.first else { return nil }
        let last = entries.removeLast()
        guard !entries.isEmpty else { return top }
        entries[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            guard left < entries.count else { break }
            let right = left + 1
            let child = right < entries.count && Self.precedes(entries[right], entries[left]) ? right : left
            guard Self.precedes(entries[child], entries[parent]) else { break }
            entries.swapAt(child, parent)
            parent = child
        }
        return top
    }

    private static func precedes(_ a: Entry, _ b: Entry) -> Bool {
        a.date != b.date ? a.date > b.date : a.sequence < b.sequence
    }
}
