import Foundation
import Testing
@testable import LockstepGit

/// Repository shapes libgit2 1.5.1 trips on: unborn HEAD, split and sparse index, SHA-256,
/// worktree config, another owner, non-UTF-8 messages.
@Suite struct RepositoryShapeTests {
    @Test func emptyRepository() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        let repository = try sandbox.open("r")
        #expect(repository.isHeadUnborn)
        #expect(try repository.walkedIDs([], all: true).isEmpty)
        for arguments in [["HEAD"], ["HEAD~1..HEAD"], ["@"]] {
            do {
                _ = try repository.commits(arguments)
                Issue.record("expected HEAD has no commits yet")
            } catch {
                #expect(error.kind == .badRevision)
                #expect(error.message.contains("HEAD has no commits yet"), "\(error)")
            }
        }
    }

    @Test func splitIndexIsDiagnosed() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.commit("c1", in: "r", file: "a")
        try sandbox.git("config", "core.splitIndex", "true", in: "r")
        try sandbox.git("update-index", "--split-index", in: "r")
        let repository = try sandbox.open("r")
        let shapes = repository.unsupportedShapes()
        #expect(shapes.count == 1)
        #expect(shapes.first?.kind == .unsupportedRepository)
        #expect(shapes.first?.fix?.contains("git update-index --no-split-index") == true, "\(shapes)")
        // Walking does not read the index.
        #expect(try repository.walkedIDs(["HEAD"]).count == 1)
    }

    @Test func sparseIndexIsReadable() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.write("x", to: "r/dir/file")
        try sandbox.commit("c1", in: "r", file: "top")
        try sandbox.git("add", "dir", in: "r")
        try sandbox.commit("c2", in: "r")
        try sandbox.git("sparse-checkout", "init", "--cone", "--sparse-index", in: "r")
        #expect(try sandbox.git("ls-files", "--sparse", in: "r").contains("dir/\n"))
        #expect(try sandbox.open("r").unsupportedShapes().isEmpty)
    }

    @Test func sha256IsUnsupported() throws {
        let sandbox = try GitSandbox()
        try sandbox.git("init", "-q", "-b", "main", "--object-format=sha256", sandbox.path("r"))
        try sandbox.commit("c1", in: "r")
        #expect { try sandbox.open("r") } throws: { error in
            guard let error = error as? GitError else { return false }
            return error.kind == .unsupportedRepository && error.message.contains("SHA-256") && error.fix != nil
        }
    }

    @Test func worktreeConfigOpensAndIsRead() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.commit("c1", in: "r")
        try sandbox.git("config", "extensions.worktreeConfig", "true", in: "r")
        try sandbox.git("config", "lockstep.where", "local", in: "r")
        try sandbox.git("config", "--worktree", "lockstep.where", "worktree", in: "r")
        try sandbox.git("worktree", "add", "-q", sandbox.path("wt"), "-b", "b", in: "r")
        let repository = try sandbox.open("r")
        #expect(try repository.configString("lockstep.where") == sandbox.git("config", "lockstep.where", in: "r"))
        #expect(try repository.configString("lockstep.where") == "worktree")
        let linked = try sandbox.open("wt")
        #expect(try linked.configString("lockstep.where") == sandbox.git("config", "lockstep.where", in: "wt"))
        try sandbox.git("config", "--worktree", "lockstep.where", "linked", in: "wt")
        #expect(try sandbox.open("wt").configString("lockstep.where") == "linked")
        #expect(try sandbox.open("r").configString("lockstep.where") == "worktree")
        #expect(try linked.walkedIDs(["HEAD"]).count == 1)
    }

    /// As root, a repository owned by another uid is refused by git and libgit2 alike.
    @Test(.enabled(if: getuid() == 0)) func foreignOwnerGetsTheSafeDirectoryFix() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.commit("c1", in: "r")
        #expect(chown(sandbox.path("r"), 65534, 65534) == 0)
        #expect(chown(sandbox.path("r/.git"), 65534, 65534) == 0)
        #expect(throws: (any Error).self) { try sandbox.git("rev-parse", "HEAD", in: "r") }
        do {
            _ = try sandbox.open("r")
            Issue.record("expected an ownership error")
        } catch {
            #expect(error.kind == .unsupportedRepository)
            #expect(error.fix == "git config --global --add safe.directory \(sandbox.path("r"))", "\(error)")
        }
        chown(sandbox.path("r"), 0, 0)
        chown(sandbox.path("r/.git"), 0, 0)
    }

    @Test func ownershipMessageIsMapped() {
        let error = GitError.classify(code: -1, message: "config value 'safe.directory' was not found",
                                      operation: "open repository", path: "/srv/app")
        #expect(error.kind == .unsupportedRepository)
        #expect(error.message.contains("owned by another user"))
        #expect(error.message.contains("config value 'safe.directory' was not found"))
        #expect(error.fix == "git config --global --add safe.directory /srv/app")
        let coded = GitError.classify(code: -36, message: "repository path '/srv/app/' is not owned by current user",
                                      operation: "open repository", path: "/srv/app")
        #expect(coded.fix == error.fix)
    }

    @Test func otherLibgit2MessagesAreClassified() {
        #expect(GitError.classify(code: -1, message: "unsupported extension name extensions.refstorage", operation: "x")
            .message.contains("extensions.refstorage"))
        #expect(GitError.classify(code: -3, message: "object not found", operation: "x").kind == .notFound)
        #expect(GitError.classify(code: -1, message: "something else", operation: "x").kind == .failure)
    }

    @Test func latin1MessageIsRawWithItsEncoding() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9] + Array(": d".utf8) + [0xE9] + Array("part\n\nd".utf8) + [0xE9]
            + Array("tail\n".utf8)
        try sandbox.write(Data(bytes), to: "message.txt")
        try sandbox.git("-c", "i18n.commitEncoding=ISO-8859-1", "commit", "-q", "--allow-empty", "-F",
                        sandbox.path("message.txt"), in: "r")
        let repository = try sandbox.open("r")
        var records: [CommitRecord] = []
        try repository.walkCommits(["HEAD"]) { records.append($0); return true }
        #expect(records.count == 1)
        #expect(records.first?.message == bytes)
        #expect(records.first?.encoding == "ISO-8859-1")
        #expect(records.first?.summary == "café: départ")
    }

    /// git commit re-encodes invalid UTF-8 as Latin-1, so the object is written by hand.
    @Test func invalidUTF8WithoutEncodingIsKept() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.commit("c1", in: "r")
        let tree = try sandbox.git("rev-parse", "HEAD^{tree}", in: "r")
        let parent = try sandbox.git("rev-parse", "HEAD", in: "r")
        let message: [UInt8] = [0x66, 0x69, 0x78, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]
        let header = "tree \(tree)\nparent \(parent)\nauthor A <a@b> 1700000000 +0000\n"
            + "committer C <c@d> 1700000000 +0000\n\n"
        let id = try sandbox.git(["hash-object", "-t", "commit", "-w", "--stdin"], in: "r",
                                 input: Data(header.utf8) + Data(message))
        try sandbox.git("update-ref", "refs/heads/main", id, in: "r")
        var records: [CommitRecord] = []
        try sandbox.open("r").walkCommits(["HEAD"]) { records.append($0); return true }
        #expect(records.map(\.id.hex) == [id, parent])
        #expect(records.first?.message == message)
        #expect(records.first?.encoding == nil)
        #expect(records.first?.summary == "fix: \u{FFFD}\u{FFFD}")
    }
}
