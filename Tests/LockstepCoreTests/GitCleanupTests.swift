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

/// Hostile input never crashes the message path: every mode, every comment setting.
struct MessageRobustnessTests {
    static let samples: [[UInt8]] = [[], [0x0A], [0x0D], [0x0D, 0x0A], [0x23], [0xFF, 0xFE], [0x00, 0x0A, 0x00],
                                     Array("# ------------------------ >8 ------------------------".utf8),
                                     Array("(((((((: \n\n:".utf8), Array("feat(: ".utf8), Array("feat(a)(: x".utf8)]

    @Test(arguments: CleanupMode.allCases)
    func edgeCasesDoNotCrash(_ mode: CleanupMode) {
        for comment in [CommentChar.standard, .auto, .character(";")] {
            for sample in Self.samples {
                _ = MessageCheck.run(CommitMessage(bytes: sample, cleanup: mode, commentChar: comment), config: Config())
            }
        }
    }

    @Test func randomBytesDoNotCrash() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("feat(x)!: #;\n\r\t BREAKING-CHANGE:Refs #1é".utf8) + [0xFF, 0xC3]
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0..<60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let mode = CleanupMode.allCases.randomElement(using: &generator)!
            _ = MessageCheck.run(CommitMessage(bytes: bytes, cleanup: mode, commentChar: .auto), config: Config())
        }
    }
}
