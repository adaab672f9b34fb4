internal import CLibgit2

/// The commits one walk has met, numbered in the order met, with git's revision-walk flags.
///
/// A commit is parsed (its raw object read through `git_odb_read`) when the walk first needs its
/// date or parents. Commits listed in `$GIT_DIR/shallow` get no parents, as in git.
///
/// The raw object stays retained until the walk hands the commit out (`takeObject`) or learns it
/// is excluded (`release`), so that a message is inflated once. Retention is capped at
/// `retentionLimit` bytes (git's log keeps every buffer); past it, objects are read again when
/// handed out. Besides that, memory grows by about 100 bytes per commit met.
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

    /// What the walk knows of one commit; one array of these keeps each step to one access.
    private struct Info {
        var flags: Flags = []
        var parentCount: Int32 = 0
        var parentStart: Int32 = 0
        var date: Int64 = 0
    }

    private let objects: OpaquePointer
    private let shallowCommits: Set<ObjectID>
    private(set) var ids: [ObjectID] = []
    private var numbers: [ObjectID: Node] = [:]
    private var infos: [Info] = []
    private var parentNodes: [Node] = []
    private var scratchParents: [ObjectID] = []
    /// Raw objects kept since parsing, by node; nil when not kept.
    private var retained: [OpaquePointer?] = []
    private var retainedBytes = 0
    /// The most raw-object bytes kept at once (plus libgit2's per-object overhead).
    let retentionLimit: Int

    /// `objects` must outlive the graph (the walk holds the repository that owns it).
    init(objects: OpaquePointer, shallowCommits: Set<ObjectID>, retentionLimit: Int = 0) {
        self.objects = objects
        self.shallowCommits = shallowCommits
        self.retentionLimit = retentionLimit
    }

    deinit {
        for object in retained { if let object { git_odb_object_free(object) } }
    }

    var isShallowRepository: Bool { !shallowCommits.isEmpty }
    var count: Int { ids.count }

    /// The node for `id`, created (unparsed, no flags) when first met.
    func node(_ id: ObjectID) -> Node {
        if let known = numbers[id] { return known }
        let node = Node(ids.count)
        ids.append(id)
        numbers[id] = node
        infos.append(Info())
        retained.append(nil)
        return node
    }

    /// Where the parents git sees (none for a shallow root) are, for `parent(at:)`; empty until
    /// `node` is parsed. Indices stay valid while the graph grows (slices would copy it).
    func parentIndices(of node: Node) -> Range<Int> {
        let info = infos[Int(node)]
        return Int(info.parentStart)..<Int(info.parentStart + info.parentCount)
    }

    func parent(at index: Int) -> Node { parentNodes[index] }

    /// The committer date git sorts by; 0 until `node` is parsed.
    func date(of node: Node) -> Int64 { infos[Int(node)].date }

    func has(_ node: Node, _ flag: Flags) -> Bool { infos[Int(node)].flags.contains(flag) }
    func add(_ flag: Flags, to node: Node) { infos[Int(node)].flags.insert(flag) }
    func remove(_ flag: Flags, from node: Node) { infos[Int(node)].flags.remove(flag) }

    /// Reads and parses `node` if it was not parsed yet, keeping the raw object for
    /// `takeObject` unless the commit is already excluded or the retention limit is reached.
    func parse(_ node: Node) throws(GitError) {
        guard !has(node, .parsed) else { return }
        let object = try read(node)
        scratchParents.removeAll(keepingCapacity: true)
        let data = Self.data(of: object)
        let header = RawCommit.header(of: data, parents: &scratchParents)
        var info = infos[Int(node)]
        info.date = header.committerTime
        info.parentStart = Int32(parentNodes.count)
        info.flags.insert(.parsed)
        if isShallowRepository, shallowCommits.contains(ids[Int(node)]) {
            info.flags.insert(.shallowRoot)
        } else {
            for parent in scratchParents { parentNodes.append(self.node(parent)) }
            info.parentCount = Int32(scratchParents.count)
        }
        infos[Int(node)] = info
        let cost = data.count + Self.objectOverhead
        if !info.flags.contains(.uninteresting), retainedBytes + cost <= retentionLimit {
            retained[Int(node)] = object
            retainedBytes += cost
        } else {
            git_odb_object_free(object)
        }
    }

    /// The raw object of `node`, kept since parsing or read again; the caller frees it.
    func takeObject(_ node: Node) throws(GitError) -> OpaquePointer {
        guard let object = retained[Int(node)] else { return try read(node) }
        retained[Int(node)] = nil
        retainedBytes -= git_odb_object_size(object) + Self.objectOverhead
        return object
    }

    /// Drops the raw object kept for `node`, once the walk knows it will not hand it out.
    func release(_ node: Node) {
        guard let object = retained[Int(node)] else { return }
        retained[Int(node)] = nil
        retainedBytes -= git_odb_object_size(object) + Self.objectOverhead
        git_odb_object_free(object)
    }

    /// About what libgit2 and malloc add to each object kept.
    private static let objectOverhead = 96

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
