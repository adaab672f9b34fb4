import Foundation
import Testing

/// A git config with `[include]` sends the hook through `lockstep-cli` (libgit2). That path must
/// find the same repository, work tree and `.lockstep.toml` as the fast one, in every shape git
/// runs hooks in (HOOKS.md §1.4, §4: libgit2 1.5.1 and `GIT_WORK_TREE=.`).
@Suite struct IncludedConfigTests {
    private func includeSemicolon(_ repo: TemporaryRepository) throws {
        let included = try repo.write("included.gitconfig", "[core]\n\tcommentChar = \";\"\n", in: repo.root)
        try repo.git("config", "include.path", included.path).expectSuccess()
    }

    @Test func lockstepTomlIsReadOnTheFullPath() throws {
        let repo = try TemporaryRepository()
        try includeSemicolon(repo)
        try repo.write(".lockstep.toml", "[commit]\ntypes = [\"deploy\"]\n")
        let accepted = try repo.git("commit", "-q", "--allow-empty", "-m", "deploy: x", environment: probe())
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectHookRan()
        let refused = try repo.git("commit", "--allow-empty", "-m", "feat: x")
        refused.expectRejection(rule: "commit/type-enum", at: ".git/COMMIT_EDITMSG:1:1", excerpt: "feat: x")
        #expect(try repo.commitCount() == 2)
    }

    @Test func fromASubdirectory() throws {
        let repo = try TemporaryRepository()
        try includeSemicolon(repo)
        try repo.write("backend/main.rs", "fn main() {}\n")
        let editor = try repo.editor(writing: "feat: x\n# heading\n")
        let result = try repo.git("commit", "--allow-empty", in: repo.path.appendingPathComponent("backend"),
                                  environment: ["GIT_EDITOR": editor])
        result.expectRejection(rule: "commit/body-leading-blank", at: ".git/COMMIT_EDITMSG:2:1", excerpt: "# heading")
        #expect(try repo.commitCount() == 1)
    }

    @Test func fromALinkedWorktree() throws {
        let repo = try TemporaryRepository()
        try includeSemicolon(repo)
        let worktree = repo.root.appendingPathComponent("wt")
        try repo.git("worktree", "add", "-q", "-b", "wt", worktree.path).expectSuccess()
        let messageFile = repo.path.appendingPathComponent(".git/worktrees/wt/COMMIT_EDITMSG").path
        let editor = try repo.editor(writing: "feat: x\n# heading\n")
        let refused = try repo.git("commit", "--allow-empty", in: worktree, environment: ["GIT_EDITOR": editor])
        refused.expectRejection(rule: "commit/body-leading-blank", at: "\(messageFile):2:1", excerpt: "# heading",
                                messageFile: messageFile)
        let accepted = try repo.git("commit", "-q", "--allow-empty", "-m", "feat: x", in: worktree, environment: probe())
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectHookRan()
        #expect(try repo.commitCount(in: worktree) == 2)
    }

    @Test func gitDirAndWorkTreeFromAnotherDirectory() throws {
        let repo = try TemporaryRepository()
        try includeSemicolon(repo)
        try repo.write(".lockstep.toml", "[commit]\ntypes = [\"deploy\", \"feat\"]\n")
        let elsewhere = repo.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let options = ["--git-dir=\(repo.path.path)/.git", "--work-tree=\(repo.path.path)"]
        let messageFile = repo.path.appendingPathComponent(".git/COMMIT_EDITMSG").path
        let editor = try repo.editor(writing: "feat: x\n# heading\n")

        let refused = try repo.git(options + ["commit", "--allow-empty"], in: elsewhere, environment: ["GIT_EDITOR": editor])
        refused.expectRejection(rule: "commit/body-leading-blank", at: "\(messageFile):2:1", excerpt: "# heading",
                                messageFile: messageFile)
        let accepted = try repo.git(options + ["commit", "-q", "--allow-empty", "-m", "deploy: x"], in: elsewhere, environment: probe())
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectHookRan()
        #expect(try repo.commitCount() == 2)
    }

    @Test func checkMessageOutsideARepository() throws {
        // No repository: only the environment's settings apply, and nothing fails to open.
        let repo = try TemporaryRepository()
        let file = try repo.messageFile("feat: x\n# heading\n")
        let result = try repo.lockstep("check", "message", "--format", "json", file.path, in: repo.root,
                                       environment: ["GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "core.commentChar",
                                                     "GIT_CONFIG_VALUE_0": ";"])
        #expect(result.status == 1, "with `;` as comment character the `#` line is body\n\(result)")
        #expect(result.stdout.contains("commit/body-leading-blank"), "\(result)")
    }
}
