internal import CBlobID
internal import CLibgit2
import LockstepCore
import LockstepSystem

/// Where a tree's files come from inside the repository: the index being committed, or a commit.
package enum StoredTree: Sendable, Equatable {
    /// The index git is committing: `GIT_INDEX_FILE` when set (`index.lock` for `commit -a`,
    /// `next-index-<pid>.lock` for `commit <paths>`), else the repository's index.
    case index
    /// What the index holds that a sparse checkout keeps out of the work tree (skip-worktree
    /// entries, and everything under a sparse index's directory entries): for git these files are
    /// unchanged, so the work tree's check reads them here.
    case outsideWorkTree
    /// The tree of the commit a revision names (`HEAD`, `v1.2.0`, a hash).
    case revision(String)
}

/// The watched paths of a tree as object ids, before any file is read: two trees whose located
/// entries are equal hold the same files, so an ordinary commit is judged without reading a blob.
package struct LocatedTree: Sendable, Equatable {
    /// Path → mode (as git writes it, e.g. 100644, 120000, 160000) and blob id.
    package let entries: [String: LocatedEntry]
    /// Files directly under the listed folders.
    package let listing: [String]
    /// The blob id of each listed file: a listed file edited in place changes its id, not the listing.
    package var listedIDs: [String: ObjectID] = [:]
    /// For the index: the work tree and the sizes git recorded of its files, whose copies `load`
    /// may read instead of inflating blobs (how the files are read, not what they hold: not compared).
    var workTree: (root: String, sizes: [String: UInt32])?

    package init(entries: [String: LocatedEntry], listing: [String], listedIDs: [String: ObjectID] = [:]) {
        self.entries = entries
        self.listing = listing
        self.listedIDs = listedIDs
    }

    package static func == (lhs: LocatedTree, rhs: LocatedTree) -> Bool {
        lhs.entries == rhs.entries && lhs.listing == rhs.listing && lhs.listedIDs == rhs.listedIDs
    }
}

package struct LocatedEntry: Sendable, Equatable {
    package let mode: UInt32
    package let id: ObjectID

    /// Whether `load` reads both as the same entry: the same blob, as a file (any file mode), a
    /// link or a submodule alike.
    package func loadsLike(_ other: LocatedEntry) -> Bool {
        id == other.id && Self.kind(mode) == Self.kind(other.mode)
    }

    private static func kind(_ mode: UInt32) -> UInt32 {
        let kind = mode & 0o170000
        return kind == 0o160000 || kind == 0o120000 ? kind : 0
    }
}

extension LocatedTree {
    /// The entries at `paths` only, with the whole listing: a few files of a tree, to load.
    package func restricted(to paths: some Sequence<String>) -> LocatedTree {
        var kept: [String: LocatedEntry] = [:]
        for path in paths { kept[path] = entries[path] }
        var restricted = LocatedTree(entries: kept, listing: listing, listedIDs: listedIDs)
        restricted.workTree = workTree
        return restricted
    }

    /// Whether `load` makes the same snapshot of both, without reading a blob.
    package func loadsLike(_ other: LocatedTree) -> Bool {
        entries.count == other.entries.count && listing.sorted() == other.listing.sorted()
            && entries.allSatisfy { path, entry in other.entries[path].map(entry.loadsLike) ?? false }
    }
}

extension Repository {
    /// Finds `paths` and lists the files directly under `folders`, in the index or a commit.
    /// Nil for `HEAD` on an unborn branch and for `REV^` of a root commit. Never takes a lock.
    package func locate(_ source: StoredTree, paths: [String], listing folders: [String]) throws(GitError) -> LocatedTree? {
        switch source {
        case .index: return try locateInIndex(paths: paths, listing: folders)
        case .outsideWorkTree: return try locateInIndex(paths: paths, listing: folders, outsideWorkTreeOnly: true)
        case .revision(let revision): return try locateInCommit(revision, paths: paths, listing: folders)
        }
    }

    /// Reads the located files: a link's text is its target, a gitlink is a submodule, and a blob
    /// over the size limit is measured from its object header, never loaded.
    package func load(_ located: LocatedTree) throws(GitError) -> TreeSnapshot {
        var snapshot = TreeSnapshot(entries: [:], listing: located.listing)
        for (path, entry) in located.entries {
            switch entry.mode & 0o170000 {
            case 0o160000:
                snapshot.entries[path] = .submodule
            case 0o120000:
                snapshot.entries[path] = .symlink(target: String(decoding: try blobBytes(entry.id, limit: 4096) ?? [], as: UTF8.self))
            default:
                if let copy = workTreeCopy(of: path, entry, in: located) {
                    snapshot.entries[path] = .file(copy)
                    continue
                }
                if let loose = looseBlob(entry.id) {
                    snapshot.entries[path] = loose
                    continue
                }
                var size = 0
                var type = GIT_OBJECT_INVALID
                var oid = entry.id.gitOID
                try check(git_odb_read_header(&size, &type, objects, &oid), "read an object header")
                snapshot.entries[path] = size > maximumReadableFileSize
                    ? .tooLarge(size: size) : .file(try blobBytes(entry.id, limit: maximumReadableFileSize) ?? [])
            }
        }
        return snapshot
    }

    /// Every tag name (`v1.2.0`, without `refs/tags/`).
    package func tagNames() throws(GitError) -> [String] {
        var names = git_strarray()
        try check(git_tag_list(&names, handle), "list tags")
        defer { git_strarray_dispose(&names) }
        return (0..<names.count).compactMap { names.strings[$0].map { String(cString: $0) } }
    }

    /// Reads `indexFile` itself (see `IndexFile`): a missing file is an empty index (nothing was
    /// ever added), and nothing is locked or written. In a sparse index, paths under a directory entry are found in that
    /// directory's tree, as git finds them.
    private func locateInIndex(paths: [String], listing folders: [String], outsideWorkTreeOnly: Bool = false) throws(GitError) -> LocatedTree {
        guard let found = try findInIndexFile(paths: paths, listing: folders, outsideWorkTreeOnly: outsideWorkTreeOnly) else {
            return LocatedTree(entries: [:], listing: [])
        }
        var entries = found.entries
        var listing = found.listing
        var listedIDs = found.listedIDs
        for directory in found.sparseDirectories {
            let inside = paths.filter { entries[$0] == nil && $0.hasPrefix(directory.path) }
            let listed = folders.filter { ($0.hasSuffix("/") ? $0 : $0 + "/").hasPrefix(directory.path) }
            guard !inside.isEmpty || !listed.isEmpty else { continue }
            var oid = directory.tree.gitOID
            var tree: OpaquePointer?
            try check(git_tree_lookup(&tree, handle, &oid), "read a sparse directory of the index")
            guard let tree else { continue }
            defer { git_tree_free(tree) }
            let relative = { (path: String) in String(path.dropFirst(directory.path.count)) }
            let located = locate(in: tree, paths: inside.map(relative), listing: listed.map(relative))
            for (path, entry) in located.entries { entries[directory.path + path] = entry }
            listing += located.listing.map { directory.path + $0 }
            for (path, id) in located.listedIDs { listedIDs[directory.path + path] = id }
        }
        var located = LocatedTree(entries: entries, listing: listing.sorted(), listedIDs: listedIDs)
        if !outsideWorkTreeOnly, let workDirectory { located.workTree = (workDirectory, found.sizes) }
        return located
    }

    /// `IndexFile.find` on the index file, mapped as git maps it; nil when there is no index file.
    func findInIndexFile(paths: [String], listing folders: [String], outsideWorkTreeOnly: Bool = false) throws(GitError) -> IndexFile.Found? {
        // No `Result`: a generic type made at run time costs a hook more than this scan of the index.
        var failure: GitError?
        var found = IndexFile.Found()
        let exists: Bool
        do throws(SystemError) {
            exists = try FileSystem.withMappedFile(indexFile) { bytes in
                do throws(GitError) {
                    found = try IndexFile.find(paths: paths, listing: folders, in: bytes, path: indexFile, outsideWorkTreeOnly: outsideWorkTreeOnly)
                } catch {
                    failure = error
                }
            }
        } catch {
            throw GitError(.failure, operation: "read the index", message: error.description)
        }
        if let failure { throw failure }
        return exists ? found : nil
    }

    private func locateInCommit(_ revision: String, paths: [String], listing folders: [String]) throws(GitError) -> LocatedTree? {
        var object: OpaquePointer?
        let code = git_revparse_single(&object, handle, revision)
        // HEAD on an unborn branch, or the parent of a root commit: there is nothing to compare with.
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EUNBORNBRANCH.rawValue, revision == "HEAD" || revision.hasSuffix("^") {
            return nil
        }
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EAMBIGUOUS.rawValue || code == GIT_EINVALIDSPEC.rawValue {
            throw GitError(.badRevision, operation: "resolve \(revision)", message: "unknown revision `\(revision)`: \(lastErrorMessage(code))")
        }
        guard code == 0, let object else { throw lastError(code, "resolve \(revision)") }
        defer { git_object_free(object) }
        var treeObject: OpaquePointer?
        try check(git_object_peel(&treeObject, object, GIT_OBJECT_TREE), "read the tree of a commit")
        guard let tree = treeObject else { return nil }
        defer { git_object_free(tree) }
        return locate(in: tree, paths: paths, listing: folders)
    }

    /// `paths` and the files directly under `folders` (relative to `tree`; "" is the tree itself).
    private func locate(in tree: OpaquePointer, paths: [String], listing folders: [String]) -> LocatedTree {
        var entries: [String: LocatedEntry] = [:]
        for path in paths {
            var entry: OpaquePointer?
            guard git_tree_entry_bypath(&entry, tree, path) == 0, let entry else { continue }
            defer { git_tree_entry_free(entry) }
            guard let id = git_tree_entry_id(entry) else { continue }
            entries[path] = LocatedEntry(mode: UInt32(git_tree_entry_filemode(entry).rawValue), id: ObjectID(id.pointee))
        }
        var listing: [String] = []
        var listedIDs: [String: ObjectID] = [:]
        for folder in folders {
            let name = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            var subtree: OpaquePointer?
            if name.isEmpty {
                guard git_tree_dup(&subtree, tree) == 0 else { continue }
            } else {
                var entry: OpaquePointer?
                guard git_tree_entry_bypath(&entry, tree, name) == 0, let entry else { continue }
                defer { git_tree_entry_free(entry) }
                guard git_tree_entry_type(entry) == GIT_OBJECT_TREE, let id = git_tree_entry_id(entry),
                      git_tree_lookup(&subtree, handle, id) == 0 else { continue }
            }
            guard let subtree else { continue }
            defer { git_tree_free(subtree) }
            for index in 0..<git_tree_entrycount(subtree) {
                guard let child = git_tree_entry_byindex(subtree, index), git_tree_entry_type(child) == GIT_OBJECT_BLOB else { continue }
                let path = (name.isEmpty ? "" : name + "/") + String(cString: git_tree_entry_name(child))
                listing.append(path)
                if let id = git_tree_entry_id(child) { listedIDs[path] = ObjectID(id.pointee) }
            }
        }
        return LocatedTree(entries: entries, listing: listing, listedIDs: listedIDs)
    }

    /// The work tree's copy of a large staged file when it is that blob byte for byte (its blob
    /// id is the entry's): reading and hashing a file costs a fifth of inflating its blob. A copy
    /// that differs (edited since, or changed by a filter or line-ending conversion) is not used.
    private func workTreeCopy(of path: String, _ entry: LocatedEntry, in located: LocatedTree) -> [UInt8]? {
        guard let (root, sizes) = located.workTree, let recorded = sizes[path], recorded >= 16384,
              entry.mode & 0o170000 == 0o100000 else { return nil }
        let file = Path.join(root, path)
        guard let size = FileSystem.size(of: file), size <= maximumReadableFileSize, UInt32(truncatingIfNeeded: size) == recorded,
              let bytes = try? FileSystem.read(file, limit: maximumReadableFileSize + 1) else { return nil }
        var id = [UInt8](repeating: 0, count: 20)
        guard bytes.withUnsafeBytes({ lockstep_blob_id($0.baseAddress, $0.count, &id) }) == 1,
              ObjectID(bytes: id) == entry.id else { return nil }
        return bytes
    }

    /// A loose blob (what `git add` has just written: a release commit's lock files) inflated
    /// straight into the array. Read whole first, a 481 KiB package-lock.json costs a second
    /// buffer, a copy, and a page fault per 4 KiB of each. Nil for a packed object (libgit2 1.5.1
    /// streams only loose ones) and for anything unexpected, which the whole read then reports.
    private func looseBlob(_ id: ObjectID) -> TreeEntry? {
        var stream: UnsafeMutablePointer<git_odb_stream>?
        var size = 0
        var type = GIT_OBJECT_INVALID
        var oid = id.gitOID
        guard git_odb_open_rstream(&stream, &size, &type, objects, &oid) == 0, let stream else {
            git_error_clear()
            return nil
        }
        defer { git_odb_stream_free(stream) }
        guard type == GIT_OBJECT_BLOB else { return nil }
        guard size <= maximumReadableFileSize else { return .tooLarge(size: size) }
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let read = buffer.baseAddress.map { git_odb_stream_read(stream, UnsafeMutableRawPointer($0 + count).assumingMemoryBound(to: CChar.self), size - count) } ?? 0
                guard read > 0 else {
                    complete = false
                    return
                }
                count += Int(read)
            }
        }
        if !complete { git_error_clear() }
        // Not hashed: the whole read does not check ids either (`Libgit2` turns libgit2's strict
        // hash verification off, as git does not check what it reads).
        return complete ? .file(bytes) : nil
    }

    private func blobBytes(_ id: ObjectID, limit: Int) throws(GitError) -> [UInt8]? {
        var blob: OpaquePointer?
        var oid = id.gitOID
        try check(git_blob_lookup(&blob, handle, &oid), "read a file from the repository")
        guard let blob else { return nil }
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size <= limit, let content = git_blob_rawcontent(blob) else { return nil }
        return Array(UnsafeRawBufferPointer(start: content, count: size))
    }
}
