/// git's `isspace`: space, tab, CR, vertical tab, form feed (line feeds never reach a line).
/// Unicode spaces such as U+00A0 are text to git, so they are text here too.
extension Character {
    var isGitSpace: Bool { self == " " || self == "\t" || self == "\r" || self == "\u{0B}" || self == "\u{0C}" }
}

extension StringProtocol {
    /// The text without git's trailing whitespace (strbuf_rtrim).
    var gitRightTrimmed: SubSequence {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isGitSpace { end = index(before: end) }
        return self[startIndex..<end]
    }

    var isGitBlank: Bool {
        utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C }
    }
}
