/// What a tree holds at a path, as a rule may see it. Symlinks and submodules are never
/// followed: a manifest that is a link to outside the repository is reported, not read.
package enum TreeEntry: Sendable, Equatable {
    case file([UInt8])
    case symlink(target: String)
    case submodule
    /// Larger than Lockstep reads (the size in bytes); the rule says so instead of parsing it.
    case tooLarge(size: Int)
}

/// The files of one tree that the release rules read: from the index being committed, from a
/// commit, or from the work tree. Only the watched paths are loaded.
package struct TreeSnapshot: Sendable, Equatable {
    package var entries: [String: TreeEntry]
    /// Every path under the watched folders (migrations), whether loaded or not.
    package var listing: [String]

    package init(entries: [String: TreeEntry] = [:], listing: [String] = []) {
        self.entries = entries
        self.listing = listing
    }

    package subscript(path: String) -> TreeEntry? { entries[path] }
}

/// The largest file Lockstep parses; a 50 MB CHANGELOG is reported, not read into memory.
package let maximumReadableFileSize = 8 << 20
