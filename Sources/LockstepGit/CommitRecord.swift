/// One commit of a walk: its id and its message exactly as stored. An independent copy: it may
/// outlive the walk.
package struct CommitRecord: Sendable {
    package let id: ObjectID
    /// The message bytes exactly as stored (libgit2's `git_commit_message_raw`): everything
    /// after the header's blank line, in the commit's encoding, not cleaned up or decoded.
    package let message: [UInt8]
    /// The `encoding` header (`git -c i18n.commitEncoding=…`), nil when absent (UTF-8 by convention).
    package let encoding: String?
    /// How many parents the commit object names (2 or more for a merge). A shallow root keeps
    /// its count although its parents are not in the clone.
    package let parentCount: Int

    package init(id: ObjectID, message: [UInt8], encoding: String?, parentCount: Int) {
        self.id = id
        self.message = message
        self.encoding = encoding
        self.parentCount = parentCount
    }

    /// The first line of the message, for reports: decoded as Latin-1 when the encoding says
    /// so, otherwise as UTF-8 with invalid bytes replaced by U+FFFD.
    package var summary: String {
        let line = message.prefix { $0 != UInt8(ascii: "\n") }
        let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        if let encoding, Self.latin1Names.contains(encoding.lowercased()) {
            return String(String.UnicodeScalarView(trimmed.map { Unicode.Scalar($0) }))
        }
        return String(decoding: trimmed, as: UTF8.self)
    }

    private static let latin1Names: Set<String> = ["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1"]
}
