import Foundation
import Testing

/// The "edit and retry" command the commit-msg hook prints after a rejection (issue 10, item 2):
/// pasted into a shell, it must make the commit the rejected one would have made, with the same
/// options, and never commit `git commit -v`'s diff as message text.
@Suite struct RetryAdviceTests {
    /// The command after `edit and retry:` in a rejection.
    private func retryCommand(in result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let line = result.stderr.split(separator: "\n").first { $0.contains("edit and retry:") }
        #expect(line != nil, "no retry advice in\n\(result)", sourceLocation: sourceLocation)
        return line.map { String($0.split(separator: ":", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces) }
    }

    /// Runs `command` with /bin/sh in the work tree, git's editor replacing the header with `header`.
    private func paste(_ command: String, in repo: TemporaryRepository, header: String) throws -> RunResult {
        try run("/bin/sh", ["-c", command], in: repo.path,
                environment: repo.environment.merging(["GIT_EDITOR": try headerEditor(repo, header)]) { $1 })
    }

    /// A `GIT_EDITOR` that replaces the file's first line with `header` (no `sed -i`: BSD's, on
    /// macOS, wants a suffix argument).
    private func headerEditor(_ repo: TemporaryRepository, _ header: String) throws -> String {
        try repo.script("header-\(UUID().uuidString).sh", "sed '1s/.*/\(header)/' \"$1\" >\"$1.new\" && mv \"$1.new\" \"$1\"\n").path
    }

    private func stageNotes(_ repo: TemporaryRepository) throws {
        try repo.write("notes.txt", "Feature bad: not a header\n+more\n")
        try repo.git("add", "notes.txt").expectSuccess()
    }

    private func expectCleanCommit(_ repo: TemporaryRepository, _ message: String, count: Int,
                                   sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try repo.lastMessage() == message, "no diff and no comment in the message", sourceLocation: sourceLocation)
        #expect(try repo.commitCount() == count, sourceLocation: sourceLocation)
        #expect(try repo.gitOutput("show", "--format=", "--name-only", "HEAD").contains("notes.txt"),
                "the staged change is committed", sourceLocation: sourceLocation)
    }

    @Test(arguments: [["-v"], ["-vv"], ["--verbose"], ["--cleanup=scissors", "-v"], ["--cleanup=strip", "-v"], ["-q", "-v", "-s"]])
    func theRetryOfAVerboseCommitCommitsNoDiff(_ options: [String]) throws {
        let repo = try TemporaryRepository()
        try stageNotes(repo)
        let rejected = try repo.git(["commit"] + options, environment: ["GIT_EDITOR": try repo.editor(writing: "Add notes\n")])
        #expect(rejected.status != 0, "\(rejected)")
        #expect(try repo.commitEditMessage.range(of: Data("diff --git".utf8)) != nil, "premise: the diff is in the kept file")
        guard let retry = retryCommand(in: rejected) else { return }
        let retried = try paste(retry, in: repo, header: "feat: add notes")
        #expect(retried.status == 0, "`\(retry)`\n\(retried)")
        try expectCleanCommit(repo, options.contains("-s") ? "feat: add notes\n\nSigned-off-by: Ann Lee <ann@example.org>\n"
                                                           : "feat: add notes\n", count: 2)
    }

    @Test func theRetryRepeatsAllAndAmend() throws {
        let repo = try TemporaryRepository()
        try repo.write("notes.txt", "first\n")
        try repo.git("add", "notes.txt").expectSuccess()
        try repo.git("commit", "-q", "-m", "feat: add notes").expectSuccess()
        try repo.write("notes.txt", "second\n")   // tracked, not staged: only `-a` commits it
        let rejected = try repo.git("commit", "--amend", "-av", environment: ["GIT_EDITOR": try headerEditor(repo, "Add notes")])
        #expect(rejected.status != 0, "\(rejected)")
        guard let retry = retryCommand(in: rejected) else { return }
        #expect(retry.hasPrefix("git commit --amend -a "), "\(retry)")
        let retried = try paste(retry, in: repo, header: "feat: add the notes")
        #expect(retried.status == 0, "`\(retry)`\n\(retried)")
        try expectCleanCommit(repo, "feat: add the notes\n", count: 2)
        #expect(try repo.stored("notes.txt") == "second\n")
    }

    @Test func theRetryRepeatsPathsAuthorAndAllowEmpty() throws {
        let repo = try TemporaryRepository()
        try stageNotes(repo)
        try repo.write("other.txt", "staged, not part of this commit\n")
        try repo.git("add", "other.txt").expectSuccess()
        let rejected = try repo.git("commit", "-v", "--author=Bo Ek <bo@example.org>", "--", "notes.txt",
                                    environment: ["GIT_EDITOR": try headerEditor(repo, "Add notes")])
        #expect(rejected.status != 0, "\(rejected)")
        guard let retry = retryCommand(in: rejected) else { return }
        #expect(retry == "git commit '--author=Bo Ek <bo@example.org>' -v -e -F .git/COMMIT_EDITMSG -- notes.txt", "\(rejected)")
        let retried = try paste(retry, in: repo, header: "feat: add notes")
        #expect(retried.status == 0, "`\(retry)`\n\(retried)")
        #expect(try repo.gitOutput("show", "--format=%an", "--name-only", "HEAD") == "Bo Ek\n\nnotes.txt")
        #expect(try repo.lastMessage() == "feat: add notes\n")

        let empty = try repo.git("commit", "-v", "--allow-empty", environment: ["GIT_EDITOR": try headerEditor(repo, "Nothing")])
        guard let emptyRetry = retryCommand(in: empty) else { return }
        let emptyDone = try paste(emptyRetry, in: repo, header: "chore: trigger a build")
        #expect(emptyDone.status == 0, "`\(emptyRetry)`\n\(emptyDone)")
        #expect(try repo.lastMessage() == "chore: trigger a build\n")
    }

    @Test func aPlainCommitIsRetriedAsIs() throws {
        let repo = try TemporaryRepository()
        try stageNotes(repo)
        let rejected = try repo.git("commit", environment: ["GIT_EDITOR": try repo.editor(writing: "Add notes\n")])
        guard let retry = retryCommand(in: rejected) else { return }
        #expect(retry == "git commit -e -F .git/COMMIT_EDITMSG", "\(rejected)")
        let retried = try paste(retry, in: repo, header: "feat: add notes")
        #expect(retried.status == 0, "\(retried)")
        try expectCleanCommit(repo, "feat: add notes\n", count: 2)
    }

    /// The advice printed before: without `-v` git keeps everything below the scissors line.
    @Test func aVerboseFileRetriedWithoutCuttingIsRefused() throws {
        let repo = try TemporaryRepository()
        try stageNotes(repo)
        let rejected = try repo.git("commit", "-v", environment: ["GIT_EDITOR": try repo.editor(writing: "Add notes\n")])
        #expect(rejected.status != 0, "\(rejected)")
        let uncut = try paste("git commit -e -F .git/COMMIT_EDITMSG", in: repo, header: "feat: add notes")
        #expect(uncut.status != 0, "the diff would have been committed\n\(uncut)")
        #expect(uncut.errorRules.contains("commit/scissors-diff"), "\(uncut)")
        #expect(uncut.stderr.contains("| # ------------------------ >8 ------------------------"), "\(uncut)")
        #expect(try repo.commitCount() == 1)
        // Its own advice works.
        guard let retry = retryCommand(in: uncut) else { return }
        let retried = try paste(retry, in: repo, header: "feat: add notes")
        #expect(retried.status == 0, "`\(retry)`\n\(retried)")
        try expectCleanCommit(repo, "feat: add notes\n", count: 2)
    }

    @Test func scissorsCleanupKeepsCuttingWithoutVerbose() throws {
        let repo = try TemporaryRepository()
        try repo.git("config", "commit.cleanup", "scissors").expectSuccess()
        try stageNotes(repo)
        let rejected = try repo.git("commit", "-v", environment: ["GIT_EDITOR": try repo.editor(writing: "Add notes\n")])
        guard let retry = retryCommand(in: rejected) else { return }
        #expect(!retry.contains("-v"), "commit.cleanup=scissors cuts by itself\n\(rejected)")
        let retried = try paste(retry, in: repo, header: "feat: add notes")
        #expect(retried.status == 0, "`\(retry)`\n\(retried)")
        #expect(try !repo.lastMessage().contains("diff --git"))
    }
}
