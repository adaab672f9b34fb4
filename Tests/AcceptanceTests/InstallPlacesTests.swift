import Foundation
import Testing

/// Where install.sh writes: linked worktrees, submodules, core.hooksPath, bare server
/// repositories, and which wrappers it picks (HOOKS.md §1.1, §7.1, scenarios 54, 57, 64).
@Suite struct InstallPlacesTests {
    @Test func linkedWorktreeInstallsIntoTheCommonHooksDirectory() throws {
        let repo = try TemporaryRepository(hook: false)
        let worktree = repo.root.appendingPathComponent("wt")
        try repo.git("worktree", "add", "-q", "-b", "topic", worktree.path).expectSuccess()
        let result = try repo.install(in: worktree)
        try result.expectSuccess()
        #expect(result.stdout.contains("hooks directory: \(repo.hooksURL.path) (shared by every worktree"), "\(result)")
        for hook in InstallScript.clientHooks {
            HookExpectations.expectOurs(repo.hooksURL.appendingPathComponent(hook))
        }
        let worktreeGitDirectory = repo.path.appendingPathComponent(".git/worktrees/wt")
        #expect(!FileManager.default.fileExists(atPath: worktreeGitDirectory.appendingPathComponent("hooks").path))

        // The hooks fire in both worktrees.
        for directory in [worktree, repo.path] {
            let refused = try repo.git("commit", "--allow-empty", "-m", "bad message", in: directory)
            #expect(refused.status != 0 && refused.stderr.contains("commit/header-format"), "\(refused)")
            try repo.git("commit", "-q", "--allow-empty", "-m", "feat: fine", in: directory).expectSuccess()
        }
    }

    @Test func submoduleHasItsOwnHooks() throws {
        let repo = try TemporaryRepository(hook: false)
        let library = try TemporaryRepository(hook: false, name: "library")
        try repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", library.path.path, "lib").expectSuccess()
        try repo.git("commit", "-q", "-m", "chore: add the library").expectSuccess()
        let submodule = repo.path.appendingPathComponent("lib")
        let submoduleHooks = repo.path.appendingPathComponent(".git/modules/lib/hooks")
        let before = DirectorySnapshot(submoduleHooks)

        try repo.install().expectSuccess()
        #expect(DirectorySnapshot(submoduleHooks) == before, "the superproject's install touched the submodule's hooks")
        try repo.git("commit", "-q", "--allow-empty", "-m", "not checked here", in: submodule).expectSuccess()
        // A superproject commit that only moves the gitlink passes.
        try repo.git("add", "lib").expectSuccess()
        try repo.git("commit", "-q", "-m", "chore: move the library").expectSuccess()

        let result = try repo.install(in: submodule)
        try result.expectSuccess()
        #expect(result.stdout.contains("this submodule's own"), "\(result)")
        HookExpectations.expectOurs(submoduleHooks.appendingPathComponent("commit-msg"))
        let refused = try repo.git("commit", "--allow-empty", "-m", "bad message", in: submodule)
        #expect(refused.status != 0 && refused.stderr.contains("commit/header-format"), "\(refused)")
    }

    // MARK: core.hooksPath

    /// Everything an install could touch, to prove a refusal wrote nothing.
    private func untouched(_ repo: TemporaryRepository) -> [String: DirectorySnapshot] {
        ["hooks": DirectorySnapshot(repo.hooksURL), "git": DirectorySnapshot(repo.path.appendingPathComponent(".git"), times: false),
         "work tree": DirectorySnapshot(repo.path, times: false)]
    }

    @Test func hooksDisabledWithANonexistentDirectory() throws {
        let repo = try TemporaryRepository(hook: false)
        try repo.git("config", "core.hooksPath", ".git/hooks-disabled").expectSuccess()
        let before = untouched(repo)
        for extra in [[], ["--hooks-path-ok"]] {
            let result = try repo.install(extra)
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains("hooks are disabled"), "\(result)")
            #expect(result.stderr.contains("git config --local --unset core.hooksPath"), "\(result)")
            #expect(result.stderr.contains("Nothing was written."), "\(result)")
            #expect(untouched(repo) == before)
        }
        #expect(!FileManager.default.fileExists(atPath: repo.path.appendingPathComponent(".git/hooks-disabled").path))
    }

    @Test func huskyDirectoryIsRefusedUnlessAsked() throws {
        let repo = try TemporaryRepository(hook: false)
        let husky = repo.path.appendingPathComponent(".husky/_")
        try FileManager.default.createDirectory(at: husky, withIntermediateDirectories: true)
        try Data("*\n".utf8).write(to: husky.appendingPathComponent(".gitignore"))   // as husky writes it
        try repo.writeHook("pre-commit", "#!/bin/sh\n. \"$(dirname \"$0\")/h\"\n", in: husky)
        try repo.git("config", "core.hooksPath", ".husky/_").expectSuccess()
        let before = untouched(repo)
        let refused = try repo.install()
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("husky"), "\(refused)")
        #expect(refused.stderr.contains(".husky/commit-msg:  lockstep hook commit-msg \"$@\""), "\(refused)")
        #expect(refused.stderr.contains("core.hooksPath = .husky/_ in .git/config, local scope"), "\(refused)")
        #expect(untouched(repo) == before)

        let huskyBefore = DirectorySnapshot(husky)
        let forced = try repo.install(["--hooks-path-ok"])
        try forced.expectSuccess()
        HookExpectations.expectOurs(husky.appendingPathComponent("commit-msg"))
        #expect(FileManager.default.fileExists(atPath: husky.appendingPathComponent("pre-commit.lockstep-orig").path))
        try repo.install(["--uninstall", "--hooks-path-ok"]).expectSuccess()
        #expect(DirectorySnapshot(husky) == huskyBefore, "\(DirectorySnapshot(husky).differences(from: huskyBefore))")
    }

    @Test func trackedHooksDirectoryIsNeverWritten() throws {
        let repo = try TemporaryRepository(hook: false)
        try repo.write(".githooks/pre-commit", "#!/bin/sh\nexit 0\n")
        try repo.git("add", ".githooks").expectSuccess()
        try repo.git("commit", "-q", "-m", "chore: shared hooks").expectSuccess()
        try repo.git("config", "core.hooksPath", ".githooks").expectSuccess()
        let before = untouched(repo)
        for extra in [[], ["--hooks-path-ok"]] {
            let result = try repo.install(extra)
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains("git tracks files in .githooks"), "\(result)")
            #expect(result.stderr.contains(".githooks/pre-commit:  lockstep hook pre-commit \"$@\""), "\(result)")
            #expect(untouched(repo) == before)
        }
    }

    @Test func globalHooksPathIsExplained() throws {
        let repo = try TemporaryRepository(hook: false)
        let shared = repo.root.appendingPathComponent("global-hooks")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try repo.git("config", "--global", "core.hooksPath", shared.path).expectSuccess()
        let before = untouched(repo)
        let refused = try repo.install()
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("global scope"), "\(refused)")
        #expect(refused.stderr.contains("every repository of yours"), "\(refused)")
        #expect(refused.stderr.contains("--hooks-path-ok"), "\(refused)")
        #expect(untouched(repo) == before)
        try repo.install(["--hooks-path-ok"]).expectSuccess()
        HookExpectations.expectOurs(shared.appendingPathComponent("commit-msg"))
    }

    @Test func hooksPathNamingTheDefaultDirectoryIsFine() throws {
        let repo = try TemporaryRepository(hook: false)
        try repo.git("config", "core.hooksPath", ".git/hooks").expectSuccess()
        let result = try repo.install()
        try result.expectSuccess()
        HookExpectations.expectOurs(repo.hooksURL.appendingPathComponent("commit-msg"))
    }

    @Test func uninstallIgnoresAHooksPathSetAfterwards() throws {
        let repo = try TemporaryRepository(hook: false)
        try repo.writeHook("pre-commit", "#!/bin/sh\nexit 0\n")
        let before = DirectorySnapshot(repo.hooksURL)
        try repo.install().expectSuccess()
        // koprogo's docs: disable hooks with core.hooksPath, later uninstall Lockstep.
        try repo.git("config", "core.hooksPath", ".git/hooks-disabled").expectSuccess()
        let result = try repo.install(["--uninstall"])
        try result.expectSuccess()
        #expect(DirectorySnapshot(repo.hooksURL) == before, "\(DirectorySnapshot(repo.hooksURL).differences(from: before))")
    }

    // MARK: Which wrappers

    /// install.sh installs every wrapper hooks/ holds, whatever their names, except server hooks
    /// (only with --server, in a bare repository) and, unless --tag-gate, reference-transaction.
    @Test func wrappersAreWhateverHooksHolds() throws {
        let repo = try TemporaryRepository(hook: false)
        let script = try InstallScript.fakeSource(in: repo.root, extra: ["pre-push", "reference-transaction", "pre-receive"])
        let provided = InstallScript.wrapperNames(in: URL(fileURLWithPath: script).deletingLastPathComponent().appendingPathComponent("hooks"))
        try repo.writeHook("reference-transaction", "#!/bin/sh\nexit 0\n")
        let before = DirectorySnapshot(repo.hooksURL)

        try repo.install(["--tag-gate"], script: script).expectSuccess()
        let installed = DirectorySnapshot(repo.hooksURL)
        for hook in provided where hook != "pre-receive" {
            HookExpectations.expectOurs(repo.hooksURL.appendingPathComponent(hook))
        }
        #expect(installed.entries["pre-receive"] == nil && installed.entries["README.md"] == nil, "\(installed)")

        // Without --tag-gate the gate comes out again and the previous hook goes back.
        let withoutGate = try repo.install(script: script)
        try withoutGate.expectSuccess()
        #expect(DirectorySnapshot(repo.hooksURL).entries["reference-transaction"] == before.entries["reference-transaction"],
                "\(withoutGate)")
        HookExpectations.expectOurs(repo.hooksURL.appendingPathComponent("pre-push"))

        try repo.install(["--uninstall"], script: script).expectSuccess()
        #expect(DirectorySnapshot(repo.hooksURL) == before)

        let server = try repo.install(["--server"], script: script)
        #expect(server.status == 2 && server.stderr.contains("bare repository"), "\(server)")
    }

    @Test func bareServerRepositoryGetsPreReceiveOnly() throws {
        let repo = try TemporaryRepository(hook: false)
        let script = try InstallScript.fakeSource(in: repo.root, extra: ["pre-push", "reference-transaction", "pre-receive"])
        let bare = repo.root.appendingPathComponent("server.git")
        try repo.git("clone", "-q", "--bare", repo.path.path, bare.path).expectSuccess()
        let hooks = bare.appendingPathComponent("hooks")

        let client = try repo.install(in: bare, script: script)
        #expect(client.status == 2 && client.stderr.contains("Use --server"), "\(client)")
        try repo.install(["--server"], in: bare, script: script).expectSuccess()
        HookExpectations.expectOurs(hooks.appendingPathComponent("pre-receive"))
        #expect(!FileManager.default.fileExists(atPath: hooks.appendingPathComponent("commit-msg").path))
        try repo.install(["--uninstall"], in: bare, script: script).expectSuccess()
        #expect(!FileManager.default.fileExists(atPath: hooks.appendingPathComponent("pre-receive").path))
    }

    @Test func hooksOptionChoosesAndLeavesTheRest() throws {
        let repo = try TemporaryRepository(hook: false)
        try repo.install(["--hooks", "commit-msg"]).expectSuccess()
        #expect(DirectorySnapshot(repo.hooksURL).names.filter { !$0.hasSuffix(".sample") } == ["commit-msg"])
        try repo.install().expectSuccess()
        try repo.install(["--uninstall", "--hooks", "commit-msg"]).expectSuccess()
        let left = DirectorySnapshot(repo.hooksURL).names.filter { !$0.hasSuffix(".sample") }
        #expect(left == InstallScript.clientHooks.filter { $0 != "commit-msg" }, "\(left)")
    }
}
