/// `core.commentChar`: a character, or `auto` (git picks one the message does not start a line with).
package enum CommentChar: Sendable, Equatable {
    case character(Character)
    case auto

    package static let standard = CommentChar.character("#")

    /// The characters git 2.39 tries for `auto`, in order (builtin/commit.c `adjust_comment_line_char`).
    static let autoCandidates: [Character] = ["#", ";", "@", "!", "$", "%", "^", "&", "|", ":"]

    /// Reads a `core.commentChar` value; git 2.39 takes only its first character.
    package init(configValue: String?) {
        guard let value = configValue, let first = value.first else { self = .standard; return }
        self = value.lowercased() == "auto" ? .auto : .character(first)
    }

    /// The character to strip in `lines`. For `auto` it is the one git used for its scissors line or
    /// its trailing help block, which is what the hook sees; `#` when neither is there.
    func resolved(in lines: [String]) -> Character {
        switch self {
        case .character(let character): return character
        case .auto:
            for line in lines {
                if let first = line.first, Self.autoCandidates.contains(first),
                   line.dropFirst() == ScissorsLine.suffix { return first }
            }
            if let last = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }), let first = last.first,
               Self.autoCandidates.contains(first) { return first }
            return "#"
        }
    }
}

/// git's cut line (wt-status.c `cut_line`), preceded by the comment character.
enum ScissorsLine {
    static let suffix = " ------------------------ >8 ------------------------"
}
