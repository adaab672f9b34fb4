import Foundation
import Testing

/// `core.commentChar` read from every place git reads it: the repository's config, `auto`, an
/// `[include]`d file (through lockstep-cli and libgit2), `git -c` (HOOKS.md §8 scenarios 18–19).
@Suite struct CommentCharTests {
    /// What the editor adds above git's template: a `#` line right under the header.
    static let typed = "feat: x\n# heading\n"

    private func commitWithEditor(_ repo: TemporaryRepository, gitOptions: [String] = [],
                                  environment: [String: String] = [:]) throws -> RunResult {
        let editor = try repo.editor(writing: Self.typed)
        return try repo.git(gitOptions + ["commit", "-q", "--allow-empty"],
                            environment: environment.merging(["GIT_EDITOR": editor]) { $1 })
    }

    private func expectHeadingIsBody(_ result: RunResult, _ repo: TemporaryRepository,
                                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        result.expectRejection(rule: "commit/body-leading-blank", at: ".git/COMMIT_EDITMSG:2:1", excerpt: "# heading",
                               fix: "empty line", sourceLocation: sourceLocation)
        #expect(try repo.commitCount() == 1, sourceLocation: sourceLocation)
        let saw = try String(contentsOf: repo.editorSaw, encoding: .utf8)
        #expect(saw.contains("\n; Please enter the commit message"), "premise: git used `;`\n\(saw)",
                sourceLocation: sourceLocation)
    }

    @Test func semicolonMakesHashLinesBody() throws {
        let repo = try TemporaryRepository()
        try repo.git("config", "core.commentChar", ";").expectSuccess()
        try expectHeadingIsBody(try commitWithEditor(repo), repo)
    }

    @Test func defaultCommentCharStripsTheHeading() throws {
        let repo = try TemporaryRepository()
        let result = try commitWithEditor(repo, environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.lastMessage() == "feat: x\n")
    }

    @Test func autoPicksHashForAnEmptyMessage() throws {
        let repo = try TemporaryRepository()
        try repo.git("config", "core.commentChar", "auto").expectSuccess()
        let result = try commitWithEditor(repo, environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.lastMessage() == "feat: x\n", "git picked `#` and stripped the heading")
    }

    @Test func autoPicksSemicolonWhenTheMessageStartsALineWithHash() throws {
        // git 2.39 chooses the comment character from the message before editing: `-m` text with
        // a `#` line makes it `;`, so that line is kept, right under the header.
        let repo = try TemporaryRepository()
        try repo.git("config", "core.commentChar", "auto").expectSuccess()
        let editor = try repo.editor(writing: "")
        let refused = try repo.git("commit", "--allow-empty", "-e", "-m", "feat: x\n# heading",
                                   environment: ["GIT_EDITOR": editor])
        try expectHeadingIsBody(refused, repo)

        let accepted = try repo.git("commit", "-q", "--allow-empty", "-e", "-m", "feat: x", "-m", "# heading",
                                    environment: probe(["GIT_EDITOR": editor]))
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectHookRan()
        #expect(try repo.lastMessage() == "feat: x\n\n# heading\n")
    }

    @Test func includedRepositoryConfigIsRead() throws {
        let repo = try TemporaryRepository()
        let included = try repo.write("included.gitconfig", "[core]\n\tcommentChar = \";\"\n", in: repo.root)
        try repo.git("config", "include.path", included.path).expectSuccess()
        try expectHeadingIsBody(try commitWithEditor(repo), repo)
    }

    @Test func includeIfGitdirIsRead() throws {
        let repo = try TemporaryRepository()
        let included = try repo.write("included.gitconfig", "[core]\n\tcommentChar = \";\"\n", in: repo.root)
        try repo.git("config", "includeIf.gitdir:\(repo.path.path)/.git.path", included.path).expectSuccess()
        try expectHeadingIsBody(try commitWithEditor(repo), repo)
    }

    @Test func includeFromGlobalConfigIsRead() throws {
        let repo = try TemporaryRepository()
        let included = try repo.write("included.gitconfig", "[core]\n\tcommentChar = \";\"\n", in: repo.root)
        try repo.write(".gitconfig", "[include]\n\tpath = \(included.path)\n", in: repo.home)
        try expectHeadingIsBody(try commitWithEditor(repo), repo)
    }

    @Test func commandLineConfigIsHonoured() throws {
        let repo = try TemporaryRepository()
        try expectHeadingIsBody(try commitWithEditor(repo, gitOptions: ["-c", "core.commentChar=;"]), repo)
    }

    @Test func commandLineConfigOverridesTheRepositoryConfig() throws {
        let repo = try TemporaryRepository()
        try repo.git("config", "core.commentChar", ";").expectSuccess()
        let result = try commitWithEditor(repo, gitOptions: ["-c", "core.commentChar=#"], environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.lastMessage() == "feat: x\n")
    }
}
