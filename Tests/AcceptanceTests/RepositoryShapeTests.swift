import Foundation
import Testing

/// The hook from a subdirectory, a linked worktree, `--git-dir/--work-tree`, a GUI-like empty
/// environment, and a third-party committer (HOOKS.md §8 scenarios 9–10, 67, 71).
@Suite struct RepositoryShapeTests {
    @Test func fromASubdirectory() throws {
        let repo = try TemporaryRepository()
        try repo.write("backend/main.rs", "fn main() {}\n")
        let backend = repo.path.appendingPathComponent("backend")
        try repo.git("add", "main.rs", in: backend).expectSuccess()
        let refused = try repo.git("commit", "-m", "Add main", in: backend)
        refused.expectRejection(rule: "commit/header-format", at: ".git/COMMIT_EDITMSG:1:1", excerpt: "Add main")
        #expect(try repo.commitCount() == 1)
        let accepted = try repo.git("commit", "-q", "-m", "feat: add main", in: backend, environment: probe())
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectHookRan()
        #expect(try repo.commitCount() == 2)
    }

    @Test func fromALinkedWorktree() throws {
        let repo = try TemporaryRepository()
        let worktree = repo.root.appendingPathComponent("wt")
        try repo.git("worktree", "add", "-q", "-b", "wt", worktree.path).expectSuccess()
        let messageFile = repo.path.appendingPathComponent(".git/worktrees/wt/COMMIT_EDITMSG").path

        let refused = try repo.git("commit", "--allow-empty", "-m", "Add x", in: worktree)
        refused.expectRejection(rule: "commit/header-format", at: "\(messageFile):1:1", excerpt: "Add x",
                                messageFile: messageFile)
        #expect(try repo.commitCount(in: worktree) == 1)

        let accepted = try repo.git("commit", "-q", "--allow-empty", "-m", "feat: x", in: worktree, environment: probe())
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectHookRan()
        #expect(try repo.commitCount(in: worktree) == 2)
        #expect(try repo.commitCount() == 1, "main's branch did not move")
    }

    @Test func gitDirAndWorkTreeFromAnotherDirectory() throws {
        let repo = try TemporaryRepository()
        try repo.write(".lockstep.toml", "[commit]\ntypes = [\"deploy\", \"feat\"]\n")
        let elsewhere = repo.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let options = ["--git-dir=\(repo.path.path)/.git", "--work-tree=\(repo.path.path)"]
        let messageFile = repo.path.appendingPathComponent(".git/COMMIT_EDITMSG").path

        let refused = try repo.git(options + ["commit", "--allow-empty", "-m", "Add x"], in: elsewhere)
        refused.expectRejection(rule: "commit/header-format", at: "\(messageFile):1:1", excerpt: "Add x",
                                messageFile: messageFile)
        #expect(try repo.commitCount() == 1)

        // `deploy` is only a type through the work tree's .lockstep.toml.
        let accepted = try repo.git(options + ["commit", "-q", "--allow-empty", "-m", "deploy: x"], in: elsewhere,
                                    environment: probe())
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectHookRan()
        #expect(try repo.commitCount() == 2)
    }

    /// A GUI client: nothing exported but HOME and a short PATH, no terminal.
    private func guiCommit(_ repo: TemporaryRepository, _ message: String, probing: Bool = false) throws -> RunResult {
        try run("/usr/bin/env", ["-i", "HOME=\(repo.home.path)", "PATH=/usr/bin:/bin"]
                    + (probing ? probe().map { "\($0.key)=\($0.value)" } : [])
                    + ["git", "commit", "-q", "--allow-empty", "-m", message],
                in: repo.path, environment: repo.environment)
    }

    @Test func guiLikeEnvironment() throws {
        let repo = try TemporaryRepository()
        let refused = try guiCommit(repo, "Add x")
        refused.expectRejection(rule: "commit/header-format", at: ".git/COMMIT_EDITMSG:1:1", excerpt: "Add x")
        #expect(!refused.stderr.contains("not installed and not on PATH"), "the absolute path in the hook is used\n\(refused)")
        #expect(try repo.commitCount() == 1)

        let accepted = try guiCommit(repo, "feat: x", probing: true)
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectHookRan()
        #expect(try repo.commitCount() == 2)
        accepted.expectNoColour()
    }

    @Test func thirdPartyCommitterRunsTheHookFromASubdirectory() throws {
        // Like `cog commit`: cwd a subdirectory, an absolute message path, no GIT_INDEX_FILE, and
        // something on stdin that must not be read as the message.
        let repo = try TemporaryRepository()
        try repo.write("backend/main.rs", "fn main() {}\n")
        let backend = repo.path.appendingPathComponent("backend")
        let hook = repo.path.appendingPathComponent(".git/hooks/commit-msg").path
        let bad = try repo.messageFile("Add main\n")
        let refused = try run(hook, [bad.path], in: backend, environment: repo.environment,
                              stdin: Data("feat: from stdin\n".utf8))
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("error[commit/header-format]"), "\(refused)")
        #expect(refused.stderr.contains("--> \(bad.path):1:1"), "\(refused)")

        let good = try repo.messageFile("feat: add main\n")
        let accepted = try run(hook, [good.path], in: backend, environment: repo.environment,
                               stdin: Data("Not a header\n".utf8))
        #expect(accepted.status == 0, "\(accepted)")
    }

    @Test func recoveryCommandIsQuotedForTheShell() throws {
        // The printed `git commit -e -F PATH` must work when pasted, whatever the path holds.
        let repo = try TemporaryRepository(name: "it's my repo")
        let worktree = repo.root.appendingPathComponent("wt")
        try repo.git("worktree", "add", "-q", "-b", "wt", worktree.path).expectSuccess()
        let messageFile = repo.path.appendingPathComponent(".git/worktrees/wt/COMMIT_EDITMSG").path
        let refused = try repo.git("commit", "--allow-empty", "-m", "Add x", in: worktree)
        #expect(refused.status != 0, "\(refused)")
        #expect(refused.stderr.contains("error[commit/header-format]"), "\(refused)")
        // The retry repeats the commit's options (`--allow-empty`) before `-e -F PATH`.
        let hint = try #require(refused.stderr.split(separator: "\n").first { $0.contains("edit and retry:  git commit ") },
                                "\(refused)")
        let command = String(hint[hint.range(of: "git commit ")!.lowerBound...])
        #expect(command.hasPrefix("git commit --allow-empty -e -F "), "\(command)")
        let words = try run("/bin/sh", ["-c", "eval \"set -- $1\"; while [ \"$1\" != -F ]; do shift; done; printf '%s\\n' \"$2\"",
                                        "sh", command],
                            in: repo.root, environment: repo.environment)
        #expect(words.stdout == messageFile + "\n", "pasting `\(command)` must name \(messageFile)\n\(words)")
    }
}
