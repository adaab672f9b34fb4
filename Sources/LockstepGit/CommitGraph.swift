internal import CLibgit2

/// The commits one walk has met, numbered in the order met, with git's revision-walk flags.
///
/// A commit is parsed (its raw object read once through `git_odb_read`) when the walk first
/// needs its date or parents. Commits listed in `$GIT_DIR/shallow` get no parents, as in git.
/// Memory grows by about 100 bytes per commit met; messages are never kept here.
final class CommitGraph {
    typealias Node = Int32

    struct Flags: OptionSet {
        let rawValue: UInt8
        /// Queued once (git's SEEN).
        static let seen = Flags(rawValue: 1)
        /// Reachable from a negative revision (git's UNINTERESTING).
        static let uninteresting = Flags(rawValue: 2)
        static let parsed = Flags(rawValue: 4)
        /// Listed in the shallow file: its real parents are missing.
        static let shallowRoot = Flags(rawValue: 8)
        /// Currently in the walk's queue.
        static let queued = Flags(rawValue: 16)
    }

    private let objects: OpaquePointer
    private let shallowCommits: Set<ObjectID>
    private(set) var ids: [ObjectID] = []
    private var numbers: [ObjectID: Node] = [:]
    var flags: [Flags] = []
    private(set) var dates: [Int64] = []
    private var parentStart: [Int32] = []
    private var parentCount: [Int32] = []
    private var parentNodes: [Node] = []
    private var scratchParents: [ObjectID] = []

    /// `objects` must outlive the graph (the walk holds the repository that owns it).
    init(objects: OpaquePointer, shallowCommits: Set<ObjectID>) {
        self.objects = objects
        self.shallowCommits = shallowCommits
    }

    var isShallowRepository: Bool { !shallowCommits.isEmpty }
    var count: Int { ids.count }

    /// The node for `id`, created (unparsed, no flags) when first met.
    func node(_ id: ObjectID) -> Node {
        if let known = numbers[id] { return known }
        let node = Node(ids.count)
        ids.append(id)
        numbers[id] = node
        flags.append([])
        dates.append(0)
        parentStart.append(0)
        parentCount.append(0)
        return node
    }

    /// Where the parents git sees (none for a shallow root) are, for `parent(at:)`; empty until
    /// `node` is parsed. Indices stay valid while the graph grows (slices would copy it).
    func parentIndices(of node: Node) -> Range<Int> {
        let start = Int(parentStart[Int(node)])
        return start..<(start + Int(parentCount[Int(node)]))
    }

    func parent(at index: Int) -> Node { parentNodes[index] }

    func has(_ node: Node, _ flag: Flags) -> Bool { flags[Int(node)].contains(flag) }
    func add(_ flag: Flags, to node: Node) { flags[Int(node)].insert(flag) }
    func remove(_ flag: Flags, from node: Node) { flags[Int(node)].remove(flag) }

    /// Reads and parses `node` if it was not parsed yet. Returns the raw object when it had to be
    /// read, so that the caller can keep it for the message; the caller frees it.
    @discardableResult
    func parse(_ node: Node) throws(GitError) -> OpaquePointer? {
        guard !has(node, .parsed) else { return nil }
        let object = try read(node)
        scratchParents.removeAll(keepingCapacity: true)
        let header = RawCommit.header(of: Self.data(of: object), parents: &scratchParents)
        dates[Int(node)] = header.committerTime
        parentStart[Int(node)] = Int32(parentNodes.count)
        if shallowCommits.contains(ids[Int(node)]) {
            add(.shallowRoot, to: node)
        } else {
            for parent in scratchParents { parentNodes.append(self.node(parent)) }
            parentCount[Int(node)] = Int32(scratchParents.count)
        }
        add(.parsed, to: node)
        return object
    }

    /// Parses `node` if needed, for its date and parents only.
    func parseAndRelease(_ node: Node) throws(GitError) {
        if let object = try parse(node) { git_odb_object_free(object) }
    }

    /// The raw commit object of `node`; the caller frees it with `git_odb_object_free`.
    func read(_ node: Node) throws(GitError) -> OpaquePointer {
        let id = ids[Int(node)]
        var oid = id.gitOID
        var found: OpaquePointer?
        let code = git_odb_read(&found, objects, &oid)
        if code == GIT_ENOTFOUND.rawValue {
            let text = lastErrorMessage(code)
            if isShallowRepository {
                throw GitError(.shallow, operation: "walk commits",
                               message: "commit \(id.hex) is not in this shallow clone (\(text))",
                               fix: Self.shallowFix)
            }
            throw GitError(.notFound, operation: "walk commits", message: "commit \(id.hex) is missing (\(text))")
        }
        try check(code, "read a commit")
        guard let object = found else {
            throw GitError(.failure, operation: "read a commit", message: "libgit2 returned no object for \(id.hex)")
        }
        let type = git_odb_object_type(object)
        guard type == GIT_OBJECT_COMMIT else {
            git_odb_object_free(object)
            let name = git_object_type2string(type).map { String(cString: $0) } ?? "object"
            throw GitError(.badRevision, operation: "walk commits", message: "\(id.hex) is a \(name), not a commit")
        }
        return object
    }

    static func data(of object: OpaquePointer) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: git_odb_object_data(object), count: git_odb_object_size(object))
    }

    static let shallowFix = "fetch more history: git fetch --unshallow (CI: fetch-depth: 0)"
}
