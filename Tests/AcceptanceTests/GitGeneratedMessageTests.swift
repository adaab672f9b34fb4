import Foundation
import Testing

/// Messages git writes itself pass the hook: merges, conflicted merges, reverts, fixup!/squash!
/// (HOOKS.md §8 scenarios 22–24).
@Suite struct GitGeneratedMessageTests {
    @Test func automaticMergeWithoutTrailingNewline() throws {
        let repo = try TemporaryRepository()
        try repo.git("checkout", "-q", "-b", "topic").expectSuccess()
        try repo.write("topic.txt", "t\n")
        try repo.git("add", "topic.txt").expectSuccess()
        try repo.git("commit", "-q", "-m", "feat: topic").expectSuccess()
        try repo.git("checkout", "-q", "main").expectSuccess()
        try repo.write("main.txt", "m\n")
        try repo.git("add", "main.txt").expectSuccess()
        try repo.git("commit", "-q", "-m", "fix: main").expectSuccess()

        let result = try repo.git("merge", "--no-ff", "topic", environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.commitCount() == 4)
        #expect(try repo.gitOutput("rev-list", "--parents", "-n", "1", "HEAD").split(separator: " ").count == 3,
                "HEAD is a merge commit")
        #expect(try repo.lastMessage() == "Merge branch 'topic'\n")
        result.expectNoColour()
    }

    @Test func conflictedMergeConcludedWithNoEdit() throws {
        let repo = try TemporaryRepository()
        try repo.write("shared.txt", "base\n")
        try repo.git("add", "shared.txt").expectSuccess()
        try repo.git("commit", "-q", "-m", "chore: base").expectSuccess()
        try repo.git("checkout", "-q", "-b", "c1").expectSuccess()
        try repo.write("shared.txt", "one\n")
        try repo.git("commit", "-q", "-a", "-m", "fix: one").expectSuccess()
        try repo.git("checkout", "-q", "main").expectSuccess()
        try repo.write("shared.txt", "two\n")
        try repo.git("commit", "-q", "-a", "-m", "fix: two").expectSuccess()

        let merge = try repo.git("merge", "c1")
        #expect(merge.status != 0, "premise: the merge conflicts\n\(merge)")
        try repo.write("shared.txt", "one and two\n")
        try repo.git("add", "shared.txt").expectSuccess()
        let result = try repo.git("commit", "--no-edit", environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.commitCount() == 5)
        let message = try repo.lastMessage()
        #expect(message.hasPrefix("Merge branch 'c1'\n"), "\(message)")
        #expect(message.contains("# Conflicts:\n#\tshared.txt\n"), "git keeps the conflict list with --no-edit\n\(message)")
    }

    @Test func revertWithTheHookInstalled() throws {
        let repo = try TemporaryRepository()
        try repo.write("x.txt", "x\n")
        try repo.git("add", "x.txt").expectSuccess()
        try repo.git("commit", "-q", "-m", "feat: add x").expectSuccess()
        let result = try repo.git("revert", "--no-edit", "HEAD")
        #expect(result.status == 0, "\(result)")
        #expect(try repo.commitCount() == 3)
        #expect(try repo.lastMessage().hasPrefix("Revert \"feat: add x\"\n"))
    }

    @Test func fixupAndSquashCommits() throws {
        let repo = try TemporaryRepository()
        try repo.git("commit", "-q", "--allow-empty", "-m", "feat: add x").expectSuccess()

        let fixup = try repo.git("commit", "-q", "--allow-empty", "--fixup=HEAD", environment: probe())
        #expect(fixup.status == 0, "\(fixup)")
        fixup.expectHookRan()
        #expect(try repo.lastMessage() == "fixup! feat: add x\n")

        let nested = try repo.git("commit", "-q", "--allow-empty", "--fixup=HEAD", environment: probe())
        #expect(nested.status == 0, "\(nested)")
        nested.expectHookRan()
        #expect(try repo.lastMessage() == "fixup! fixup! feat: add x\n")

        let squash = try repo.git("commit", "-q", "--allow-empty", "--squash=HEAD~2", "-m", "more detail", environment: probe())
        #expect(squash.status == 0, "\(squash)")
        squash.expectHookRan()
        #expect(try repo.lastMessage() == "squash! feat: add x\n\nmore detail\n")
        #expect(try repo.commitCount() == 5)
    }

    @Test func amendFixup() throws {
        let repo = try TemporaryRepository()
        try repo.git("commit", "-q", "--allow-empty", "-m", "feat: add x").expectSuccess()
        let editor = try repo.editor(writing: "")
        let result = try repo.git("commit", "-q", "--allow-empty", "--fixup=amend:HEAD",
                                  environment: probe(["GIT_EDITOR": editor]))
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.lastMessage().hasPrefix("amend! feat: add x\n"))
    }

    @Test func squashMergeMessageNeedsAHeader() throws {
        let repo = try TemporaryRepository()
        try repo.git("checkout", "-q", "-b", "topic").expectSuccess()
        try repo.write("topic.txt", "t\n")
        try repo.git("add", "topic.txt").expectSuccess()
        try repo.git("commit", "-q", "-m", "feat: topic").expectSuccess()
        try repo.git("checkout", "-q", "main").expectSuccess()
        try repo.git("merge", "-q", "--squash", "topic").expectSuccess()
        let result = try repo.git("commit", "--no-edit")
        result.expectRejection(rule: "commit/header-format", at: ".git/COMMIT_EDITMSG:1:1",
                               excerpt: "Squashed commit of the following:", fix: "merge --squash")
        #expect(try repo.commitCount() == 1)
    }

    @Test func cherryPickWithTheHookInstalled() throws {
        let repo = try TemporaryRepository()
        try repo.git("checkout", "-q", "-b", "topic").expectSuccess()
        try repo.write("topic.txt", "t\n")
        try repo.git("add", "topic.txt").expectSuccess()
        try repo.git("commit", "-q", "-m", "feat: topic").expectSuccess()
        try repo.git("checkout", "-q", "main").expectSuccess()
        let result = try repo.git("cherry-pick", "topic")
        #expect(result.status == 0, "\(result)")
        #expect(try repo.commitCount() == 2)
        #expect(try repo.lastMessage() == "feat: topic\n")
    }
}
