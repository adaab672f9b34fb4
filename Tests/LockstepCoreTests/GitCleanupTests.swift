import Testing
@testable import LockstepCore

/// git's cleanup as commit-msg must reproduce it (HOOKS.md §2.4), line numbers kept.
struct GitCleanupTests {
    func cleaned(_ text: String, _ mode: CleanupMode, _ comment: CommentChar = .standard) -> [String] {
        GitCleanup.clean(DecodedMessage(bytes: Array(text.utf8)), mode: mode, commentChar: comment).map(\.text)
    }

    @Test func stripRemovesCommentsTrailingSpaceAndBlankRuns() {
        let text = "\n\nfeat: x  \n\n\n# Please enter the commit message\nbody\t\n#comment\n\n"
        #expect(cleaned(text, .strip) == ["feat: x", "", "body"])
    }

    @Test func whitespaceKeepsHashLines() {
        #expect(cleaned("feat: x\n\n# not a comment\n", .whitespace) == ["feat: x", "", "# not a comment"])
    }

    @Test func scissorsCutsOnlyAtTheExactTerminatedLine() {
        let diff = "feat: x\n\n# comment\n# ------------------------ >8 ------------------------\n+feat: y\n"
        #expect(cleaned(diff, .strip) == ["feat: x"])
        #expect(cleaned(diff, .scissors) == ["feat: x", "", "# comment"])
        let unterminated = "feat: x\n# ------------------------ >8 ------------------------"
        #expect(cleaned(unterminated, .scissors) == ["feat: x", "# ------------------------ >8 ------------------------"])
        let almost = "feat: x\n#  ------------------------ >8 ------------------------\nbody\n"
        #expect(cleaned(almost, .scissors).count == 3)
    }

    @Test func commentCharacterIsConfigurable() {
        let text = "feat: x\n\n# heading kept\n; git's help\n"
        #expect(cleaned(text, .strip, .character(";")) == ["feat: x", "", "# heading kept"])
    }

    @Test func autoCommentCharacterIsReadFromGitsBlock() {
        let text = "feat: x\n\n# heading\n\n; Please enter the commit message\n; On branch main\n"
        #expect(cleaned(text, .strip, .auto) == ["feat: x", "", "# heading"])
        let scissors = "feat: x\n@ ------------------------ >8 ------------------------\n@ diff\n"
        #expect(cleaned(scissors, .strip, .auto) == ["feat: x"])
    }

    @Test func lineNumbersPointIntoTheOriginalFile() {
        let lines = GitCleanup.clean(DecodedMessage(bytes: Array("# c\n\nfeat: x\n# c\nbody\n".utf8)),
                                     mode: .strip, commentChar: .standard)
        #expect(lines.map(\.number) == [3, 5])
    }

    @Test func crlfIsALineEnding() {
        #expect(cleaned("feat: x\r\n\r\nbody\r\n", .verbatim) == ["feat: x", "", "body"])
    }

    @Test func verbatimKeepsEverythingButTrailingBlankLines() {
        #expect(cleaned("feat: x \n# c\n\n\n", .verbatim) == ["feat: x ", "# c"])
    }

    @Test func hookModeFollowsCommitCleanupThenTheEditor() {
        #expect(CleanupMode.forHook(commitCleanup: nil, gitEditor: ":") == .whitespace)
        #expect(CleanupMode.forHook(commitCleanup: nil, gitEditor: nil) == .strip)
        #expect(CleanupMode.forHook(commitCleanup: nil, gitEditor: "vim") == .strip)
        #expect(CleanupMode.forHook(commitCleanup: "scissors", gitEditor: nil) == .scissors)
        #expect(CleanupMode.forHook(commitCleanup: "Verbatim", gitEditor: nil) == .verbatim)
        #expect(CleanupMode.forHook(commitCleanup: "default", gitEditor: ":") == .whitespace)
    }
}

struct MessageDecoderTests {
    @Test func invalidUTF8IsReportedWithItsLine() {
        let decoded = DecodedMessage(bytes: Array("feat: ok\n\ncaf".utf8) + [0xE9, 0x0A])
        #expect(decoded.undecodableLines == [3])
        #expect(decoded.lines[2] == "caf\u{FFFD}")
    }

    @Test func latin1IsDecodedWhenDeclared() {
        let decoded = DecodedMessage(bytes: Array("fix: caf".utf8) + [0xE9], encoding: "ISO-8859-1")
        #expect(decoded.undecodableLines.isEmpty)
        #expect(decoded.lines == ["fix: café"])
    }

    @Test func badBytesGitRemovesAreNotReported() {
        let bytes = Array("feat: x\n\n# caf".utf8) + [0xE9] + Array("\n# ------------------------ >8 ------------------------\n+caf".utf8) + [0xE9, 0x0A]
        #expect(CommitMessage(bytes: bytes, cleanup: .strip, commentChar: .standard).firstUndecodableLine == nil)
        #expect(CommitMessage(bytes: bytes, cleanup: .whitespace, commentChar: .standard).firstUndecodableLine == 3)
    }

    @Test func emptyInputHasNoLines() {
        #expect(DecodedMessage(bytes: []).lines.isEmpty)
        #expect(DecodedMessage(bytes: [0x0A]).lines == [""])
    }
}
