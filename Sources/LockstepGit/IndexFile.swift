/// git's index file (formats 2, 3 and 4), read for a few paths without libgit2.
///
/// libgit2 1.5.1 turns every entry into an allocated, validated structure and hashes the whole
/// file with SHA-1DC to check its trailer: about a fifth of a pre-commit hook's time on a
/// 3,000-entry index. git itself does not verify the trailer when it reads the index (only
/// `git fsck` does), and a hook needs a handful of entries, so one pass over the bytes finds them.
/// Bounds are checked at every step: a truncated or damaged file is an error, never a crash.
/// A sparse index (`index.sparse`), which libgit2 1.5.1 refuses, is read: its directory entries
/// are handed back for the caller to look into.
struct IndexFile {
    /// The stage-0 entries of `paths` (path → mode and blob id) and the files directly under
    /// `folders`, in index order.
    struct Found {
        var entries: [String: LocatedEntry] = [:]
        var listing: [String] = []
        var listedIDs: [String: ObjectID] = [:]
        /// The size git recorded of each found entry's work tree file when it was staged (its low
        /// 32 bits): a work tree file of another size is not worth hashing.
        var sizes: [String: UInt32] = [:]
        /// A sparse index's directory entries (`backend/`, with the id of its tree): every path
        /// under one is in that tree, not in the index.
        var sparseDirectories: [(path: String, tree: ObjectID)] = []
    }

    /// Scans `bytes`, the contents of the index file at `path` (named in errors). With
    /// `outsideWorkTreeOnly`, only entries a sparse checkout keeps out of the work tree
    /// (skip-worktree, and every directory entry) are found.
    static func find(paths: [String], listing folders: [String], in bytes: [UInt8], path: String,
                     outsideWorkTreeOnly: Bool = false) throws(GitError) -> Found {
        let found = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(GitError) in
                try find(paths: paths, listing: folders, in: buffer, path: path, outsideWorkTreeOnly: outsideWorkTreeOnly)
            }
        }
        return try found.get()
    }

    static func find(paths: [String], listing folders: [String], in buffer: UnsafeBufferPointer<UInt8>, path: String,
                     outsideWorkTreeOnly: Bool = false) throws(GitError) -> Found {
        let wanted = paths.map { Array($0.utf8) }
        let prefixes = folders.map { Array(($0.hasSuffix("/") ? $0 : $0 + "/").utf8) }
        var found = Found()
        var scanner = Scanner(bytes: buffer)
        let failure = scanner.scan { name, mode, id, skipsWorkTree, size in
            if mode & 0o170000 == 0o040000, let id = ObjectID(bytes: id) {
                found.sparseDirectories.append((String(decoding: name, as: UTF8.self), id))
                return
            }
            if outsideWorkTreeOnly, !skipsWorkTree { return }
            // A watched file may sit in a listed folder too (a version pattern on a migration).
            if let match = wanted.firstIndex(where: { equal(name, $0) }), let id = ObjectID(bytes: id) {
                found.entries[paths[match]] = LocatedEntry(mode: mode, id: id)
                found.sizes[paths[match]] = size
            }
            if prefixes.contains(where: { isFile(name, directlyUnder: $0) }) {
                let listed = String(decoding: name, as: UTF8.self)
                found.listing.append(listed)
                if let id = ObjectID(bytes: id) { found.listedIDs[listed] = id }
            }
        }
        if let failure { throw error(failure, path: path) }
        return found
    }

    private static func equal(_ name: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
        name.count == other.count && name.elementsEqual(other)
    }

    private static func isFile(_ name: UnsafeBufferPointer<UInt8>, directlyUnder prefix: [UInt8]) -> Bool {
        name.count > prefix.count && name.prefix(prefix.count).elementsEqual(prefix)
            && !name[prefix.count...].contains(UInt8(ascii: "/"))
    }

    /// Each failure with what to do about it.
    private static func error(_ failure: Failure, path: String) -> GitError {
        switch failure {
        case .split:
            return GitError(.unsupportedRepository, operation: "read the index",
                            message: "the index is split (core.splitIndex), which Lockstep cannot read (unsupported mandatory extension: 'link')",
                            fix: "git config core.splitIndex false && git update-index --no-split-index")
        case .damaged(let reason):
            return GitError(.failure, operation: "read the index", message: "\(path): \(reason)",
                            fix: "if git also fails to read it, rebuild it from HEAD: rm \(path) && git reset")
        }
    }
}

/// Why an index file cannot be read.
private enum Failure {
    /// A split index (`link` extension): its entries are spread over a second file.
    case split
    case damaged(String)
}

/// One pass over an index file's bytes.
private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0

    /// The trailing checksum: SHA-1, in every repository libgit2 1.5.1 opens.
    private static let trailerSize = 20
    private static let headerSize = 12

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Calls `visit` with each stage-0 entry's path, mode, raw id, skip-worktree bit and recorded
    /// file size (in path order); returns nil, or why the file cannot be read.
    mutating func scan(_ visit: (UnsafeBufferPointer<UInt8>, UInt32, UnsafeBufferPointer<UInt8>, Bool, UInt32) -> Void) -> Failure? {
        guard bytes.count >= Self.headerSize + Self.trailerSize else { return .damaged("the index is truncated (\(bytes.count) bytes)") }
        guard bytes[0] == 0x44, bytes[1] == 0x49, bytes[2] == 0x52, bytes[3] == 0x43 else {
            return .damaged("not an index file (no DIRC signature)")
        }
        let version = word(at: 4)
        guard (2...4).contains(version) else { return .damaged("unsupported index version \(version)") }
        let count = Int(word(at: 8))
        let end = bytes.count - Self.trailerSize
        offset = Self.headerSize
        var previous: [UInt8] = []  // format 4 writes each path relative to the one before
        for _ in 0..<count {
            let start = offset
            guard start + 62 <= end else { return .damaged("the index is truncated in its entries") }
            let mode = word(at: start + 24)
            let size = word(at: start + 36)
            let flags = UInt16(bytes[start + 60]) << 8 | UInt16(bytes[start + 61])
            var nameStart = start + 62
            var intentToAdd = false, skipsWorkTree = false
            if flags & 0x4000 != 0 {
                guard version >= 3 else { return .damaged("an entry has extended flags in a version \(version) index") }
                intentToAdd = bytes[start + 62] & 0x20 != 0
                skipsWorkTree = bytes[start + 62] & 0x40 != 0
                nameStart += 2
            }
            // `git add -N` records a path without content; the commit leaves it out, and so does this.
            let isStageZero = (flags >> 12) & 3 == 0 && !intentToAdd
            let id = UnsafeBufferPointer(rebasing: bytes[(start + 40)..<(start + 60)])
            if version == 4 {
                offset = nameStart
                guard let strip = varint(before: end), strip <= previous.count else { return .damaged("an entry's path is damaged") }
                guard let nul = nulIndex(from: offset, before: end) else { return .damaged("an entry's path is not terminated") }
                previous.removeLast(strip)
                previous.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<nul]))
                offset = nul + 1
                if isStageZero { previous.withUnsafeBufferPointer { visit($0, mode, id, skipsWorkTree, size) } }
            } else {
                guard let nul = nulIndex(from: nameStart, before: end) else { return .damaged("an entry's path is not terminated") }
                // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes.
                offset = start + ((nul - start + 8) & ~7)
                guard offset <= end else { return .damaged("the index is truncated in its entries") }
                if isStageZero { visit(UnsafeBufferPointer(rebasing: bytes[nameStart..<nul]), mode, id, skipsWorkTree, size) }
            }
        }
        return extensionFailure(before: end)
    }

    /// Extensions whose signature starts with an upper-case letter are optional caches; any other
    /// one changes what the entries mean and must be understood. `sdir` only says the index has
    /// directory entries, which `find` resolves.
    private func extensionFailure(before end: Int) -> Failure? {
        var position = offset
        while position + 8 <= end {
            let signature = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + 4)]), as: UTF8.self)
            let size = Int(word(at: position + 4))
            guard size <= end - position - 8 else { return .damaged("the index extension \(signature) is truncated") }
            if !(0x41...0x5A).contains(bytes[position]), signature != "sdir" {
                return signature == "link" ? .split : .damaged("unsupported mandatory index extension '\(signature)'")
            }
            position += 8 + size
        }
        return nil
    }

    /// The big-endian word at `position` (the caller has checked the bounds).
    private func word(at position: Int) -> UInt32 {
        UInt32(bigEndian: UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt32.self))
    }

    /// git's offset varint (format 4's strip length), advancing `offset`.
    private mutating func varint(before end: Int) -> Int? {
        guard offset < end else { return nil }
        var byte = bytes[offset]
        offset += 1
        var value = Int(byte & 0x7F)
        while byte & 0x80 != 0 {
            guard offset < end, value < Int.max >> 8 else { return nil }
            byte = bytes[offset]
            offset += 1
            value = ((value + 1) << 7) | Int(byte & 0x7F)
        }
        return value
    }

    /// The first NUL at or after `position`, eight bytes at a time (a path is 40 bytes or so,
    /// and there is one per entry of a 3,000-entry index).
    private func nulIndex(from position: Int, before end: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = position
        while index + 8 <= end {
            // Byte 0 lowest: the lowest flag is the first NUL exactly (a borrow flags only bytes above it).
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let zeros = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if zeros != 0 { return index + zeros.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < end {
            if bytes[index] == 0 { return index }
            index += 1
        }
        return nil
    }
}
