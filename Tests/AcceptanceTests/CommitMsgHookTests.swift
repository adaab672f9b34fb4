import Foundation
import Testing

/// `git commit -m/-F` with the installed commit-msg hook (HOOKS.md §8 scenarios 17, 21, 27, 28).
@Suite struct CommitMsgHookTests {
    @Test func conventionalHeaderIsCommitted() throws {
        let repo = try TemporaryRepository()
        try repo.write("x.txt", "x\n")
        try repo.git("add", "x.txt").expectSuccess()
        let result = try repo.git("commit", "-q", "-m", "feat: add x", environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.commitCount() == 2)
        #expect(try repo.lastMessage() == "feat: add x\n")
        result.expectNoColour()
    }

    @Test func nonConventionalHeaderIsRefusedAndKept() throws {
        let repo = try TemporaryRepository()
        try repo.write("x.txt", "x\n")
        try repo.git("add", "x.txt").expectSuccess()
        let head = try repo.gitOutput("rev-parse", "HEAD")
        let result = try repo.git("commit", "-m", "Add x")
        #expect(result.status == 1, "git commit exits 1 when commit-msg fails\n\(result)")
        result.expectRejection(rule: "commit/header-format", at: ".git/COMMIT_EDITMSG:1:1", excerpt: "Add x",
                               fix: "feat: add x")
        #expect(result.stderr.contains(" 1 | Add x\n"), "\(result)")
        #expect(try repo.commitCount() == 1)
        #expect(try repo.gitOutput("rev-parse", "HEAD") == head)
        #expect(try repo.commitEditMessage == Data("Add x\n".utf8), "the message file must be left as git wrote it")
        // The staged change is still staged: nothing was lost.
        #expect(try repo.gitOutput("diff", "--cached", "--name-only") == "x.txt")
    }

    @Test func messageFromFile() throws {
        let repo = try TemporaryRepository()
        let good = try repo.messageFile("fix(api): reject expired tokens\n\nThe check ran too late.\n")
        let accepted = try repo.git("commit", "-q", "--allow-empty", "-F", good.path, environment: probe())
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectHookRan()
        #expect(try repo.lastMessage() == "fix(api): reject expired tokens\n\nThe check ran too late.\n")

        let bad = try repo.messageFile("Reject expired tokens\n")
        let refused = try repo.git("commit", "--allow-empty", "-F", bad.path)
        refused.expectRejection(rule: "commit/header-format", at: ".git/COMMIT_EDITMSG:1:1",
                                excerpt: "Reject expired tokens", fix: "feat: reject expired tokens")
        #expect(try repo.commitCount() == 2)
    }

    @Test func hashLineFromSecondDashMIsBody() throws {
        let repo = try TemporaryRepository()
        let result = try repo.git("commit", "-q", "--allow-empty", "-m", "feat: x", "-m", "# not a comment", environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.lastMessage() == "feat: x\n\n# not a comment\n", "git keeps `#` lines made with -m")
    }

    @Test func hashLineRightUnderHeaderWithDashMIsBody() throws {
        // -m makes git use whitespace cleanup: the `#` line is stored, so it is a body line
        // without the blank line before it.
        let repo = try TemporaryRepository()
        let result = try repo.git("commit", "--allow-empty", "-m", "feat: x\n# not a comment")
        result.expectRejection(rule: "commit/body-leading-blank", at: ".git/COMMIT_EDITMSG:2:1",
                               excerpt: "# not a comment")
        #expect(try repo.commitCount() == 1)
    }

    @Test func unknownTypeSuggestsFeat() throws {
        let repo = try TemporaryRepository()
        let result = try repo.git("commit", "--allow-empty", "-m", "feature: x")
        result.expectRejection(rule: "commit/type-enum", at: ".git/COMMIT_EDITMSG:1:1", excerpt: "feature: x",
                               fix: "`feat`")
        #expect(try repo.commitCount() == 1)
    }

    @Test func noVerifyBypassesTheHook() throws {
        let repo = try TemporaryRepository()
        let result = try repo.git("commit", "-q", "--allow-empty", "--no-verify", "-m", "Add x", environment: probe())
        #expect(result.status == 0, "\(result)")
        #expect(try repo.commitCount() == 2)
        #expect(try repo.lastMessage() == "Add x\n")
        result.expectHookRan(false)
    }

    @Test func emptyMessageIsRefused() throws {
        let repo = try TemporaryRepository()
        let result = try repo.git("commit", "--allow-empty", "--allow-empty-message", "-m", "")
        result.expectRejection(rule: "commit/empty-message", at: ".git/COMMIT_EDITMSG:1:1")
        #expect(try repo.commitCount() == 1)
    }

    @Test func firstCommitOfAnEmptyRepository() throws {
        let repo = try TemporaryRepository(initialCommit: false)
        let refused = try repo.git("commit", "--allow-empty", "-m", "initial")
        refused.expectRejection(rule: "commit/header-format", at: ".git/COMMIT_EDITMSG:1:1", excerpt: "initial")
        #expect(try repo.commitCount() == 0)
        let accepted = try repo.git("commit", "-q", "--allow-empty", "-m", "chore: initial", environment: probe())
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectHookRan()
        #expect(try repo.commitCount() == 1)
    }

    @Test func headerLengthCountsCharactersNotBytes() throws {
        let repo = try TemporaryRepository()
        let hundred = "fix(ü): " + String(repeating: "é", count: 92)  // 100 characters, 192 bytes
        let accepted = try repo.git("commit", "-q", "--allow-empty", "-m", hundred, environment: probe())
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectHookRan()
        #expect(try repo.commitCount() == 2)

        let refused = try repo.git("commit", "--allow-empty", "-m", hundred + "é")
        refused.expectRejection(rule: "commit/header-max-length", at: ".git/COMMIT_EDITMSG:1:101",
                                excerpt: hundred + "é")
        #expect(try repo.commitCount() == 2)
    }

    @Test func messageFileIsNeverModified() throws {
        // The hook reads the file git hands it and leaves every byte as it was, pass or fail.
        let repo = try TemporaryRepository()
        let text = "feat: x\n\nBody with trailing text\n\nRefs: #12\n"
        let file = try repo.messageFile(text)
        let result = try repo.lockstep("hook", "commit-msg", file.path)
        #expect(result.status == 0, "\(result)")
        #expect(try Data(contentsOf: file) == Data(text.utf8))
        let bad = try repo.messageFile("Add x\n# kept\n")
        let refused = try repo.lockstep("hook", "commit-msg", bad.path)
        #expect(refused.status == 1, "\(refused)")
        #expect(try Data(contentsOf: bad) == Data("Add x\n# kept\n".utf8))
    }
}
