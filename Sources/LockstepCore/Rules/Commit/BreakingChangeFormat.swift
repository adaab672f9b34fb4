struct BreakingChangeFormat: CommitRule {
    static let info = RuleInfo(
        id: "commit/breaking-change-format",
        summary: "a breaking-change footer is `BREAKING CHANGE: text` (or `BREAKING-CHANGE:`), upper-case",
        rationale: """
            A breaking change forces a major release (RELEASE_PROCESS.md "Release Types"). Conventional \
            Commits 1.0.0 §16 makes the token case-sensitive, so `Breaking change: the v0 routes are gone` \
            is silently not breaking: the author must say which it is. So is `BREAKING CHANGE #12: …` \
            (§13 wants a colon and a space; ` #` is only for other footers). A line saying there is none \
            (`Breaking changes: none`, `Breaking Changes: N/A`, common in PR templates) is not a finding, \
            and the fix never turns a harmless commit into a major release.
            """,
        passing: [Example("feat!: x\n\nBREAKING CHANGE: the v0 routes are gone"),
                  Example("feat: x\n\nBREAKING-CHANGE: config keys renamed"),
                  Example("fix: x\n\nThis is not a breaking change: body text"),
                  Example("fix: x\n\nBreaking changes: none"),
                  Example("feat: x\n\nBreaking Changes: None\n\nRefs: #12"),
                  Example("feat: x\n\nBREAKING CHANGES: N/A."),
                  Example("docs: x\n\nBREAKINGLY fast"), Example("docs: x\n\nBreaking change ahead, see below")],
        failing: [Example("feat: x\n\n↓Breaking change: v0 routes removed"),
                  Example("feat: x\n\n↓BREAKING CHANGE #12: the v0 routes are gone"),
                  Example("fix: x\r\n\r\n↓BREAKING-CHANGE - config keys renamed\r\n"),
                  Example("feat: x\n\n↓BREAKING CHANGES: plural"), Example("feat: x\n\n↓BREAKING CHANGE:"),
                  Example("feat: x\n\n↓breaking-change: lower")])

    func checkMessage(_ message: CommitMessage, header: MessageLine, config: Config) -> [Diagnostic] {
        message.lines.dropFirst().compactMap { line -> Diagnostic? in
            let text = line.text
            guard let token = Self.breakingToken(in: text) else { return nil }
            let rest = text.dropFirst(token.count)
            let isExact = token == "BREAKING CHANGE:" || token == "BREAKING-CHANGE:"
            // Without the colon, a dash or colon that stands for it is not part of the description.
            let value = token.hasSuffix(":") ? rest.drop(while: \.isGitSpace)
                : rest.drop(while: { $0.isGitSpace || "-–—:".contains($0) })
            if BreakingChangeMarker.saysNone(value) { return nil }
            if isExact, rest.first == " ", !value.isEmpty { return nil }
            if value.isEmpty {
                return Diagnostic(Self.info, "a breaking-change footer needs a description",
                                  fix: "say what breaks after the colon: `BREAKING CHANGE: <what breaks and how to migrate>`; "
                                      + "if nothing breaks, delete the line", at: line, width: token.count)
            }
            let what = token.hasSuffix(":") ? "`\(token)` is not the breaking-change token"
                : "`\(token)` has no colon after it"
            return Diagnostic(Self.info, "\(what): this commit is not counted as breaking",
                              fix: "if it breaks users, write `BREAKING CHANGE: \(value)` (a major release); "
                                  + "if not, reword the line so that it does not start like a breaking-change footer",
                              at: line, width: token.count)
        }
    }

    /// The leading `breaking change:`-like token in any case, with `-`, `_` or a space, plural or not;
    /// or the upper-case words without the colon (`BREAKING CHANGE #12: …`, the footer separator ` #`
    /// of §8 that §13 does not allow here, or `BREAKING CHANGE - …`): the author clearly marked it.
    private static func breakingToken(in text: String) -> Substring? {
        guard let first = text.utf8.first, first | 0x20 == UInt8(ascii: "b") else { return nil }
        let lowered = text.lowercased()
        for separator in [" ", "-", "_", ""] {
            for noun in ["changes", "change"] {
                let word = "breaking" + separator + noun
                guard lowered.hasPrefix(word) else { continue }
                let afterWord = lowered.dropFirst(word.count).prefix(while: { $0 == " " })
                let next = lowered.dropFirst(word.count + afterWord.count).first
                if next == ":" { return text.prefix(word.count + afterWord.count + 1) }
                let written = text.prefix(word.count)
                guard written == written.uppercased(), next == nil || !afterWord.isEmpty || next == "\t" else { continue }
                return written
            }
        }
        return nil
    }
}
