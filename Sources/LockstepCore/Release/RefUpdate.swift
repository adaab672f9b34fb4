/// One ref a push changes, as git hands it to pre-push (`<local ref> <local oid> <remote ref>
/// <remote oid>`) or to pre-receive (`<old oid> <new oid> <ref>`). Ids are hex text: Core never
/// sees the repository.
package struct RefUpdate: Sendable, Equatable {
    /// The local side as the user typed it (`refs/heads/main`, `HEAD~1`, `(delete)`); nil on the server.
    package var source: String?
    /// The full name of the ref being changed (pre-push: the remote's name for it).
    package var ref: String
    /// What the ref held before: all zeros when it is created.
    package var old: String
    /// What it will hold: all zeros when it is deleted.
    package var new: String

    package init(source: String? = nil, ref: String, old: String, new: String) {
        self.source = source
        self.ref = ref
        self.old = old
        self.new = new
    }

    package var isDeletion: Bool { Self.isZero(new) }
    package var isCreation: Bool { Self.isZero(old) }

    package static func isZero(_ id: String) -> Bool { id.utf8.allSatisfy { $0 == UInt8(ascii: "0") } }

    /// The branch name of `refs/heads/<name>`, nil for other refs.
    package var branch: String? { ref.hasPrefix("refs/heads/") ? String(ref.dropFirst(11)) : nil }
    /// The tag name of `refs/tags/<name>`, nil for other refs.
    package var tag: String? { ref.hasPrefix("refs/tags/") ? String(ref.dropFirst(10)) : nil }

    /// Parses pre-push's standard input (HOOKS.md §2.5). Empty input is an empty push (up to date).
    /// The local ref is what the user typed and may hold spaces (`HEAD@{1 day ago}`), so the line
    /// is read from the right: the other three fields never do.
    package static func prePush(_ bytes: [UInt8]) throws(RefUpdateError) -> [RefUpdate] {
        try lines(bytes).map { (number: Int, line: String) throws(RefUpdateError) -> RefUpdate in
            let fields = line.split(separator: " ", omittingEmptySubsequences: false)
            guard fields.count >= 4 else { throw RefUpdateError(line: number, text: line, expected: "<local ref> <local oid> <remote ref> <remote oid>") }
            let remoteOld = String(fields[fields.count - 1]), ref = String(fields[fields.count - 2])
            let new = String(fields[fields.count - 3])
            let source = fields[..<(fields.count - 3)].joined(separator: " ")
            guard isObjectID(remoteOld), isObjectID(new), !ref.isEmpty, !source.isEmpty else {
                throw RefUpdateError(line: number, text: line, expected: "<local ref> <local oid> <remote ref> <remote oid>")
            }
            return RefUpdate(source: source, ref: ref, old: remoteOld, new: new)
        }
    }

    /// Parses pre-receive's standard input (HOOKS.md §2.7): `<old> <new> <ref>` per line.
    package static func preReceive(_ bytes: [UInt8]) throws(RefUpdateError) -> [RefUpdate] {
        try lines(bytes).map { (number: Int, line: String) throws(RefUpdateError) -> RefUpdate in
            let fields = line.split(separator: " ", omittingEmptySubsequences: false)
            guard fields.count == 3, isObjectID(String(fields[0])), isObjectID(String(fields[1])), !fields[2].isEmpty else {
                throw RefUpdateError(line: number, text: line, expected: "<old oid> <new oid> <ref>")
            }
            return RefUpdate(ref: String(fields[2]), old: String(fields[0]), new: String(fields[1]))
        }
    }

    /// Lines ending in LF (the last one may lack it); blank lines are not refs.
    private static func lines(_ bytes: [UInt8]) -> [(number: Int, line: String)] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated().compactMap { index, raw in
            let line = String(decoding: raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw, as: UTF8.self)
            return line.isEmpty ? nil : (index + 1, line)
        }
    }

    /// 40 (SHA-1) or 64 (SHA-256) hex digits.
    private static func isObjectID(_ text: String) -> Bool {
        (text.utf8.count == 40 || text.utf8.count == 64) && text.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
        }
    }
}

/// A line of a hook's standard input that is not what git writes.
package struct RefUpdateError: Error, Sendable, Equatable {
    package let line: Int
    package let text: String
    package let expected: String

    package var diagnostic: Diagnostic {
        Diagnostic("config/usage", "line \(line) of the standard input is not `\(expected)`: \(text)",
                   fix: "feed the lines git gives the hook (githooks(5))", file: "<stdin>", line: line)
    }
}
