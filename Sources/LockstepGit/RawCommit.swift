#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the parts of a raw commit object a revision walk needs, without libgit2's full parse
/// (which copies the message, both signatures and every header for each commit).
///
/// Layout (git's commit.c): `tree <hex>`, `parent <hex>`*, `author …`, `committer … <time> <tz>`,
/// more headers (`encoding`, `gpgsig` with continuation lines…), an empty line, the message.
enum RawCommit {
    struct Header {
        /// The committer time git sorts by (seconds since the epoch; 0 when unreadable, as in git).
        var committerTime: Int64 = 0
        /// Where the message starts: just after the first empty line (libgit2's
        /// `git_commit_message_raw`); the end of the object when there is none.
        var messageStart = 0
        /// Where the value of the `encoding` header is, if there is one.
        var encoding: Range<Int>?
        /// How many `parent` lines the object has.
        var parentCount = 0
    }

    private static let newline = UInt8(ascii: "\n")

    /// Reads `data`, appending the parent ids (in order) to `parents`.
    static func header(of data: UnsafeRawBufferPointer, parents: inout [ObjectID]) -> Header {
        var header = Header()
        var position = 0
        if starts(data, at: position, with: "tree ") { position = lineEnd(data, from: position) }
        // git's parse_commit_buffer: consecutive `parent <40 hex>\n` lines right after the tree.
        while starts(data, at: position, with: "parent "), position + 48 <= data.count, data[position + 47] == newline,
              let parent = ObjectID(hexDigits: UnsafeRawBufferPointer(rebasing: data[(position + 7)..<(position + 47)])) {
            parents.append(parent)
            header.parentCount += 1
            position += 48
        }
        while position < data.count {
            if data[position] == newline {
                header.messageStart = position + 1
                return header
            }
            let end = lineEnd(data, from: position)
            if starts(data, at: position, with: "committer ") {
                header.committerTime = time(in: data, from: position, to: end)
            } else if header.encoding == nil, starts(data, at: position, with: "encoding ") {
                let valueEnd = data[end - 1] == newline ? end - 1 : end
                header.encoding = (position + 9)..<valueEnd
            }
            position = end
        }
        header.messageStart = data.count
        return header
    }

    /// git's parse_commit_date: the number after the first `>` of the committer line.
    private static func time(in data: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int64 {
        var position = start
        while position < end, data[position] != UInt8(ascii: ">") { position += 1 }
        position += 1
        while position < end, data[position] == UInt8(ascii: " ") { position += 1 }
        var value: Int64 = 0
        while position < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(data[position]) {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = product.addingReportingOverflow(Int64(data[position] - UInt8(ascii: "0")))
            guard !overflow, !carry else { return Int64.max }
            value = sum
            position += 1
        }
        return value
    }

    /// The index just past the end of the line that starts at `start` (past its `\n`).
    private static func lineEnd(_ data: UnsafeRawBufferPointer, from start: Int) -> Int {
        guard start < data.count, let base = data.baseAddress else { return data.count }
        guard let found = memchr(base + start, Int32(newline), data.count - start) else { return data.count }
        return base.distance(to: UnsafeRawPointer(found)) + 1
    }

    private static func starts(_ data: UnsafeRawBufferPointer, at position: Int, with prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard position + length <= data.count else { return false }
        let bytes = UnsafeRawBufferPointer(start: prefix.utf8Start, count: length)
        for index in 0..<length where data[position + index] != bytes[index] { return false }
        return true
    }
}
