import Foundation
import Testing

/// `git commit` that opens an editor (a script as GIT_EDITOR): git's `#` help block, `-v` diffs
/// and the scissors line are in the file the hook reads (HOOKS.md §2.4, §8 scenario 20).
@Suite struct EditorTests {
    @Test func goodMessageAboveTheHelpBlockPasses() throws {
        let repo = try TemporaryRepository()
        let editor = try repo.editor(writing: "feat: write in the editor\n\nBody line\n# a note to self\nMore body\n")
        let result = try repo.git("commit", "-q", "--allow-empty", environment: probe(["GIT_EDITOR": editor]))
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.lastMessage() == "feat: write in the editor\n\nBody line\nMore body\n")
        let saw = try String(contentsOf: repo.editorSaw, encoding: .utf8)
        #expect(saw.contains("\n# Please enter the commit message"), "premise: git's help block was in the file\n\(saw)")
    }

    @Test func badMessageAboveTheHelpBlockIsRefused() throws {
        let repo = try TemporaryRepository()
        let editor = try repo.editor(writing: "Write in the editor\n")
        let result = try repo.git("commit", "--allow-empty", environment: ["GIT_EDITOR": editor])
        result.expectRejection(rule: "commit/header-format", at: ".git/COMMIT_EDITMSG:1:1",
                               excerpt: "Write in the editor", fix: "feat: write in the editor")
        #expect(result.locationCount == 1, "only the header is wrong; git's help block is not the message\n\(result)")
        #expect(!result.stderr.contains("Please enter"), "\(result)")
        #expect(try repo.commitCount() == 1)
    }

    /// A staged file whose diff holds lines that would fail rules if they were read as the message.
    private func stageTrickyFile(_ repo: TemporaryRepository, latin1: Bool = false) throws {
        var content = Data("Feature bad: not a header\nCloses:#12\nBREAKING CHANGES: plural\n".utf8)
        if latin1 { content.append(contentsOf: Array("caf".utf8) + [0xE9, 0x0A]) }
        try repo.write("notes.txt", content)
        try repo.git("add", "notes.txt").expectSuccess()
    }

    @Test(arguments: [["-v"], ["--cleanup=scissors", "-v"]])
    func verboseDiffIsNotParsed(_ options: [String]) throws {
        let repo = try TemporaryRepository()
        try stageTrickyFile(repo)
        let editor = try repo.editor(writing: "feat: add notes\n")
        let result = try repo.git(["commit", "-q"] + options, environment: probe(["GIT_EDITOR": editor]))
        #expect(result.status == 0, "\(options)\n\(result)")
        result.expectHookRan()
        #expect(try repo.commitCount() == 2)
        #expect(try repo.lastMessage() == "feat: add notes\n")
        let saw = try String(contentsOf: repo.editorSaw, encoding: .utf8)
        #expect(saw.contains("# ------------------------ >8 ------------------------\n"), "premise: scissors line\n\(saw)")
        #expect(saw.contains("\n+Feature bad: not a header\n"), "premise: the diff was in the file\n\(saw)")
    }

    @Test(arguments: [["-v"], ["--cleanup=scissors", "-v"]])
    func verboseBadHeaderIsRefusedAlone(_ options: [String]) throws {
        let repo = try TemporaryRepository()
        try stageTrickyFile(repo)
        let editor = try repo.editor(writing: "Add notes\n")
        let result = try repo.git(["commit"] + options, environment: ["GIT_EDITOR": editor])
        result.expectRejection(rule: "commit/header-format", at: ".git/COMMIT_EDITMSG:1:1", excerpt: "Add notes")
        #expect(result.locationCount == 1, "the diff below the scissors line must not be checked\n\(result)")
        #expect(!result.stderr.contains("Feature bad"), "\(result)")
        #expect(try repo.commitCount() == 1)
    }

    @Test func verboseDiffWithLatin1BytesIsNotChecked() throws {
        // git removes the diff before storing: the stored message is plain UTF-8.
        let repo = try TemporaryRepository()
        try stageTrickyFile(repo, latin1: true)
        let editor = try repo.editor(writing: "feat: add notes\n")
        let result = try repo.git("commit", "-q", "-v", environment: probe(["GIT_EDITOR": editor]))
        #expect(result.status == 0, "bytes below the scissors line are not part of the message\n\(result)")
        result.expectHookRan()
        #expect(try repo.commitCount() == 2)
        #expect(try repo.lastMessage() == "feat: add notes\n")
        let saw = try Data(contentsOf: repo.editorSaw)
        #expect(saw.range(of: Data([0x63, 0x61, 0x66, 0xE9])) != nil, "premise: the Latin-1 line was in the diff")
    }

    @Test func crlfFromAnEditor() throws {
        let repo = try TemporaryRepository()
        let editor = try repo.editor(writing: "fix: handle windows editors\r\n\r\nBody\r\n")
        let result = try repo.git("commit", "-q", "--allow-empty", environment: probe(["GIT_EDITOR": editor]))
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.commitCount() == 2)
    }

    @Test func commitCleanupScissorsKeepsHashLines() throws {
        // commit.cleanup=scissors: git keeps `#` lines above the scissors line, so a `# heading`
        // right under the header is stored as body.
        let repo = try TemporaryRepository()
        try repo.git("config", "commit.cleanup", "scissors").expectSuccess()
        let editor = try repo.editor(writing: "feat: x\n# heading\n")
        let result = try repo.git("commit", "--allow-empty", environment: ["GIT_EDITOR": editor])
        result.expectRejection(rule: "commit/body-leading-blank", at: ".git/COMMIT_EDITMSG:2:1", excerpt: "# heading")
        #expect(try repo.commitCount() == 1)

        let accepted = try repo.git("commit", "-q", "--allow-empty", "--no-verify", environment: ["GIT_EDITOR": editor])
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.lastMessage() == "feat: x\n# heading\n", "premise: git stores the `#` line")
    }

    @Test func commitVerboseFromConfig() throws {
        let repo = try TemporaryRepository()
        try repo.git("config", "commit.verbose", "true").expectSuccess()
        try stageTrickyFile(repo, latin1: true)
        let editor = try repo.editor(writing: "feat: add notes\n")
        let result = try repo.git("commit", "-q", environment: probe(["GIT_EDITOR": editor]))
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.lastMessage() == "feat: add notes\n")
        let saw = try String(decoding: Data(contentsOf: repo.editorSaw), as: UTF8.self)
        #expect(saw.contains("\n+Feature bad: not a header\n"), "premise: the diff was in the file")
    }
}
