import Foundation
import Testing
@testable import LockstepGit

/// Opening a repository the way git does for hooks: discovery, GIT_DIR/GIT_WORK_TREE,
/// worktrees, bare repositories, the pre-receive quarantine. Each compared with `git rev-parse`.
@Suite struct OpeningTests {
    /// What git says about the repository seen from `directory` with `environment`.
    private func gitView(_ sandbox: GitSandbox, in directory: String, environment: [String: String] = [:])
        throws -> (gitDirectory: String, commonDirectory: String, top: String?) {
        let lines = try sandbox.git(["rev-parse", "--path-format=absolute", "--git-dir", "--git-common-dir",
                                     "--is-bare-repository"], in: directory, environment: environment)
            .split(separator: "\n").map(String.init)
        let top = lines[2] == "true" ? nil
            : try sandbox.git(["rev-parse", "--show-toplevel"], in: directory, environment: environment)
        return (lines[0], lines[1], top)
    }

    private func expectSameView(_ repository: Repository, _ view: (gitDirectory: String, commonDirectory: String, top: String?)) {
        #expect(repository.gitDirectory == view.gitDirectory)
        #expect(repository.commonDirectory == view.commonDirectory)
        #expect(repository.workDirectory == view.top)
    }

    @Test func discoversFromASubdirectory() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.commit("c1", in: "r", file: "backend/Cargo.toml")
        let repository = try sandbox.open("r/backend")
        expectSameView(repository, try gitView(sandbox, in: "r/backend"))
        #expect(repository.workDirectory == sandbox.path("r"))
        #expect(repository.indexFile == sandbox.path("r/.git/index"))
        #expect(!repository.isShallow && !repository.isHeadUnborn)
    }

    /// `git --git-dir=R/.git --work-tree=R commit` run elsewhere: the hook starts in R with
    /// GIT_DIR absolute, GIT_WORK_TREE=. and a relative or absolute GIT_INDEX_FILE.
    @Test func honoursGitDirAndWorkTreeDot() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("store")
        try sandbox.commit("c1", in: "store")
        try FileManager.default.createDirectory(atPath: sandbox.path("tree/sub"), withIntermediateDirectories: true)
        let environment = ["GIT_DIR": sandbox.path("store/.git"), "GIT_WORK_TREE": ".",
                           "GIT_INDEX_FILE": "../store/.git/index.lock"]
        let repository = try sandbox.open("tree", environment: environment)
        expectSameView(repository, try gitView(sandbox, in: "tree", environment: environment))
        #expect(repository.workDirectory == sandbox.path("tree"))
        #expect(repository.indexFile == sandbox.path("tree/../store/.git/index.lock"))
        #expect(try repository.walkedIDs(["HEAD"]).count == 1)
    }

    /// GIT_DIR without GIT_WORK_TREE: git takes the starting directory as the top.
    @Test func gitDirAloneMakesTheStartingDirectoryTheTop() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try sandbox.commit("c1", in: "r", file: "sub/x")
        let environment = ["GIT_DIR": "../.git"]
        let repository = try sandbox.open("r/sub", environment: environment)
        expectSameView(repository, try gitView(sandbox, in: "r/sub", environment: environment))
        #expect(repository.workDirectory == sandbox.path("r/sub"))
    }

    @Test func opensALinkedWorktree() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("main")
        try sandbox.commit("c1", in: "main")
        try sandbox.git("worktree", "add", "-q", sandbox.path("wt"), "-b", "wt-branch", in: "main")
        try sandbox.commit("w1", in: "wt")
        for environment in [[:], ["GIT_DIR": sandbox.path("main/.git/worktrees/wt")]] {
            let repository = try sandbox.open("wt", environment: environment)
            expectSameView(repository, try gitView(sandbox, in: "wt", environment: environment))
            #expect(repository.gitDirectory == sandbox.path("main/.git/worktrees/wt"))
            #expect(repository.commonDirectory == sandbox.path("main/.git"))
            #expect(repository.workDirectory == sandbox.path("wt"))
            #expect(repository.indexFile == sandbox.path("main/.git/worktrees/wt/index"))
            #expect(try repository.walkedIDs(["HEAD"]) == sandbox.revList(["HEAD"], in: "wt"))
        }
    }

    /// --all includes the other worktrees' HEADs, even detached on commits no ref names.
    @Test func allIncludesOtherWorktreesHeads() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("main")
        try sandbox.commit("c1", in: "main")
        try sandbox.git("worktree", "add", "-q", "--detach", sandbox.path("wt"), in: "main")
        try sandbox.commit("detached only", in: "wt")
        let fromMain = try sandbox.open("main")
        #expect(try fromMain.walkedIDs([], all: true) == sandbox.revList(["--all"], in: "main"))
        #expect(try fromMain.walkedIDs([], all: true).count == 2)
        try sandbox.git("switch", "-q", "--detach", "HEAD", in: "main")
        try sandbox.commit("main detached", in: "main")
        let fromWorktree = try sandbox.open("wt")
        #expect(try fromWorktree.walkedIDs([], all: true) == sandbox.revList(["--all"], in: "wt"))
    }

    @Test func opensBareRepositories() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("work")
        try sandbox.commit("c1", in: "work")
        try sandbox.git("clone", "-q", "--bare", sandbox.path("work"), sandbox.path("server.git"))
        // Discovered from inside, and as a server hook sees it: cwd = $GIT_DIR, GIT_DIR=.
        for environment in [[:], ["GIT_DIR": "."]] {
            let repository = try sandbox.open("server.git", environment: environment)
            expectSameView(repository, try gitView(sandbox, in: "server.git", environment: environment))
            #expect(repository.workDirectory == nil)
            #expect(try repository.walkedIDs(["main"]).count == 1)
        }
    }

    /// A pre-receive hook copies its quarantine and rejects the push, so the pushed objects exist
    /// only in the copy: readable with GIT_OBJECT_DIRECTORY + GIT_ALTERNATE_OBJECT_DIRECTORIES.
    @Test func readsThePreReceiveQuarantine() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("work")
        let base = try sandbox.commit("c1", in: "work")
        try sandbox.git("clone", "-q", "--bare", sandbox.path("work"), sandbox.path("server.git"))
        let pushed = try sandbox.commit("pushed", in: "work", file: "new.txt")
        let hook = """
            #!/bin/sh
            cp -R "$GIT_OBJECT_DIRECTORY" "\(sandbox.path("quarantine"))"
            env | grep -E '^GIT_(OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|QUARANTINE_PATH)=' > "\(sandbox.path("hook.env"))"
            exit 1
            """
        try sandbox.write(hook, to: "server.git/hooks/pre-receive")
        chmod(sandbox.path("server.git/hooks/pre-receive"), 0o755)
        #expect(throws: (any Error).self) { try sandbox.git("push", "-q", sandbox.path("server.git"), "main", in: "work") }
        let seen = try String(contentsOfFile: sandbox.path("hook.env"), encoding: .utf8)
        #expect(seen.contains("GIT_QUARANTINE_PATH="))
        let alternates = seen.split(separator: "\n").first { $0.hasPrefix("GIT_ALTERNATE_OBJECT_DIRECTORIES=") }
            .map { String($0.dropFirst("GIT_ALTERNATE_OBJECT_DIRECTORIES=".count)) } ?? ""
        let plain = try sandbox.open("server.git", environment: ["GIT_DIR": "."])
        #expect(throws: GitError.self) { try plain.commits([pushed]) }
        let quarantined = try sandbox.open("server.git", environment: [
            "GIT_DIR": ".", "GIT_OBJECT_DIRECTORY": sandbox.path("quarantine"),
            "GIT_ALTERNATE_OBJECT_DIRECTORIES": alternates])
        #expect(try quarantined.walkedIDs(["\(base)..\(pushed)"]) == [pushed])
        #expect(try quarantined.walkedIDs([pushed]) == [pushed, base])
    }

    @Test func ceilingDirectoriesStopDiscovery() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        try FileManager.default.createDirectory(atPath: sandbox.path("r/sub/deeper"), withIntermediateDirectories: true)
        let environment = ["GIT_CEILING_DIRECTORIES": sandbox.path("r/sub")]
        #expect(throws: (any Error).self) { try sandbox.git(["rev-parse", "--git-dir"], in: "r/sub/deeper", environment: environment) }
        #expect { try sandbox.open("r/sub/deeper", environment: environment) } throws: { error in
            (error as? GitError)?.kind == .notARepository
        }
        #expect(try sandbox.open("r/sub/deeper").workDirectory == sandbox.path("r"))
    }

    @Test func notARepository() throws {
        let sandbox = try GitSandbox()
        try FileManager.default.createDirectory(atPath: sandbox.path("plain"), withIntermediateDirectories: true)
        #expect { try sandbox.open("plain") } throws: { error in
            guard let error = error as? GitError else { return false }
            return error.kind == .notARepository && error.message.contains(sandbox.path("plain"))
        }
        #expect { try sandbox.open("plain", environment: ["GIT_DIR": "nowhere"]) } throws: { error in
            (error as? GitError)?.kind == .notARepository
        }
    }

    @Test func gitCommonDirIsRefused() throws {
        let sandbox = try GitSandbox()
        try sandbox.makeRepository("r")
        #expect { try sandbox.open("r", environment: ["GIT_COMMON_DIR": sandbox.path("r/.git")]) } throws: { error in
            (error as? GitError)?.kind == .unsupportedRepository
        }
    }
}
