/// git's message cleanup (sequencer.c `cleanup_message`, strbuf.c `strbuf_stripspace`), kept
/// line-numbered: commit-msg receives the message *before* cleanup, and diagnostics must point
/// at the lines the user edited.
package enum GitCleanup {
    package static func clean(_ message: DecodedMessage, mode: CleanupMode, commentChar: CommentChar) -> [MessageLine] {
        let numbered = message.lines.enumerated().map { MessageLine(number: $0.offset + 1, text: $0.element) }
        guard mode != .verbatim else { return trimTrailingBlankLines(numbered) }
        let comment = commentChar.resolved(in: message.lines)
        var kept = numbered
        // wt_status_locate_end: the cut line counts only when a line feed follows it.
        if mode == .strip || mode == .scissors {
            let scissors = String(comment) + ScissorsLine.suffix
            let terminated = message.endsWithNewline ? kept.count : max(0, kept.count - 1)
            if let cut = kept.prefix(terminated).firstIndex(where: { $0.text == scissors }) {
                kept.removeSubrange(cut...)
            }
        }
        return stripSpace(kept, removingCommentsStartingWith: mode == .strip ? comment : nil)
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
