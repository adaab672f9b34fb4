/// git's message cleanup (sequencer.c `cleanup_message`, strbuf.c `strbuf_stripspace`), kept
/// line-numbered: commit-msg receives the message *before* cleanup, and diagnostics must point
/// at the lines the user edited.
package enum GitCleanup {
    /// - Parameter verbose: whether git runs with `-v` (or `commit.verbose`); nil when unknown.
    package static func clean(_ message: DecodedMessage, mode: CleanupMode, commentChar: CommentChar,
                              verbose: Bool? = nil) -> [MessageLine] {
        let numbered = message.lines.enumerated().map { MessageLine(number: $0.offset + 1, text: $0.element) }
        var kept = numbered
        if cutsAtScissors(mode: mode, verbose: verbose), let cut = scissorsIndex(in: message, commentChar: commentChar) {
            kept.removeSubrange(cut...)
        }
        guard mode != .verbatim else { return trimTrailingBlankLines(kept) }
        let comment = commentChar.resolved(in: message.lines)
        return stripSpace(kept, removingCommentsStartingWith: mode == .strip ? comment : nil)
    }

    /// builtin/commit.c: `if (verbose || cleanup_mode == COMMIT_MSG_CLEANUP_SCISSORS)` cut at the
    /// scissors line. When the command line is unknown, `strip` (an editor was started) is taken
    /// to be `git commit -v`, the usual way a scissors line gets there.
    static func cutsAtScissors(mode: CleanupMode, verbose: Bool?) -> Bool {
        mode == .scissors || verbose ?? (mode == .strip)
    }

    /// The index of the line git cuts at, whether or not it will: wt_status_locate_end counts the
    /// scissors line only when a line feed follows it.
    package static func scissorsIndex(in message: DecodedMessage, commentChar: CommentChar) -> Int? {
        let scissors = String(commentChar.resolved(in: message.lines)) + ScissorsLine.suffix
        let terminated = message.endsWithNewline ? message.lines.count : max(0, message.lines.count - 1)
        return message.lines.prefix(terminated).firstIndex(where: { $0 == scissors })
    }

    /// A scissors line git will not cut at, when something below it is kept: the diff of
    /// `git commit -v` committed as message text.
    package static func uncutScissorsLine(_ message: DecodedMessage, kept: [MessageLine], mode: CleanupMode,
                                          commentChar: CommentChar, verbose: Bool?) -> MessageLine? {
        guard !cutsAtScissors(mode: mode, verbose: verbose), let index = scissorsIndex(in: message, commentChar: commentChar),
              let last = kept.last, last.number > index + 1 else { return nil }
        return MessageLine(number: index + 1, text: message.lines[index])
    }

    /// strbuf_stripspace: trailing whitespace off every line, comment lines dropped, runs of
    /// blank lines folded into one, leading and trailing blank lines dropped.
    static func stripSpace(_ lines: [MessageLine], removingCommentsStartingWith comment: Character?) -> [MessageLine] {
        var result: [MessageLine] = []
        var pendingBlank: MessageLine?
        for line in lines {
            if let comment, line.text.first == comment { continue }
            let text = String(line.text.gitRightTrimmed)
            if text.isEmpty {
                if !result.isEmpty, pendingBlank == nil { pendingBlank = MessageLine(number: line.number, text: "") }
                continue
            }
            if let blank = pendingBlank { result.append(blank); pendingBlank = nil }
            result.append(MessageLine(number: line.number, text: text))
        }
        return result
    }

    static func trimTrailingBlankLines(_ lines: [MessageLine]) -> [MessageLine] {
        var lines = lines
        while let last = lines.last, last.isBlank { lines.removeLast() }
        return lines
    }
}
