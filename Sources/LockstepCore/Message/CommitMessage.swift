/// A commit message after git's cleanup, split the way Conventional Commits 1.0.0 reads it:
/// header, blank line, body, footers. Every part keeps its line number in the original file.
package struct CommitMessage: Sendable {
    package let lines: [MessageLine]
    package let firstUndecodableLine: Int?
    /// The parsed header, or why it does not parse. Nil for an empty message.
    package let header: Result<ConventionalHeader, HeaderProblem>?
    /// Lines between the header and the footers (the separating blank line included).
    package let body: [MessageLine]
    /// The trailing paragraphs that start with a footer, as lines.
    package let footerLines: [MessageLine]
    package let footers: [Footer]
    /// git's own merge, revert and fixup messages.
    package let isGitGenerated: Bool
    package let conventionalHeader: ConventionalHeader?
    /// A scissors line git will not cut at, with text below it that git keeps (the diff of a
    /// `git commit -v` retried without `-v`).
    package let uncutScissorsLine: MessageLine?

    package init(lines: [MessageLine], firstUndecodableLine: Int? = nil, uncutScissorsLine: MessageLine? = nil) {
        self.lines = lines
        self.firstUndecodableLine = firstUndecodableLine
        self.uncutScissorsLine = uncutScissorsLine
        header = lines.first.map { ConventionalHeader.parse($0.text) }
        conventionalHeader = try? header?.get()
        isGitGenerated = lines.first.map { GitGeneratedMessage.prefix(of: $0.text) != nil } ?? false
        let rest = Array(lines.dropFirst())
        let footerStart = Self.footerStart(in: rest)
        body = Array(rest[..<footerStart])
        footerLines = Array(rest[footerStart...])
        var footers: [Footer] = []
        for line in footerLines {
            if let footer = Footer.start(of: line) {
                footers.append(footer)
            } else if let last = footers.popLast() {
                footers.append(last.appending(line.text))
            }
        }
        self.footers = footers
    }

    /// Cleans and parses a message file the way git will store it; `verbose` is whether git runs
    /// with `-v` (nil: unknown).
    package init(bytes: [UInt8], encoding: String? = nil, cleanup: CleanupMode, commentChar: CommentChar, verbose: Bool? = nil) {
        let decoded = DecodedMessage(bytes: bytes, encoding: encoding)
        let lines = GitCleanup.clean(decoded, mode: cleanup, commentChar: commentChar, verbose: verbose)
        // Only what git keeps matters: bad bytes in a stripped comment or below the scissors are gone.
        let kept = Set(lines.map(\.number))
        self.init(lines: lines, firstUndecodableLine: decoded.undecodableLines.first(where: kept.contains),
                  uncutScissorsLine: GitCleanup.uncutScissorsLine(decoded, kept: lines, mode: cleanup,
                                                                  commentChar: commentChar, verbose: verbose))
    }

    package var headerLine: MessageLine? { lines.first }
    package var isEmpty: Bool { lines.isEmpty }

    /// A `!` before the colon or a line that marks a breaking change (§12–13, §15).
    package var hasBreakingChange: Bool {
        (conventionalHeader?.hasBang ?? false) || !breakingChangeLines.isEmpty
    }

    /// The lines after the header that mark a breaking change (`BreakingChangeMarker`), in the
    /// footer block or not.
    package var breakingChangeLines: [MessageLine] {
        lines.dropFirst().filter { BreakingChangeMarker.marks($0.text) }
    }

    /// The first line of the footer block; nil when the message has none.
    package var footerBlockStart: Int? { footerLines.first?.number }

    /// The footer block: the trailing run of paragraphs each starting with a footer. A body
    /// paragraph that merely contains a colon stays body.
    private static func footerStart(in rest: [MessageLine]) -> Int {
        var start = rest.count
        var index = rest.count - 1
        while index >= 0 {
            if rest[index].isBlank {
                index -= 1
                continue
            }
            var paragraphStart = index
            while paragraphStart > 0, !rest[paragraphStart - 1].isBlank { paragraphStart -= 1 }
            guard Footer.start(of: rest[paragraphStart]) != nil else { break }
            start = paragraphStart
            index = paragraphStart - 1
        }
        return start
    }
}

extension CommitMessage: ExampleInput {
    /// Examples are messages as stored in history. U+FFFD stands for a byte that is not UTF-8.
    package init(exampleText: String, config: Config) {
        var bytes: [UInt8] = []
        for scalar in exampleText.unicodeScalars {
            if scalar == "\u{FFFD}" { bytes.append(0xFF) } else { bytes.append(contentsOf: String(scalar).utf8) }
        }
        self.init(bytes: bytes, cleanup: .verbatim, commentChar: .standard)
    }
}
