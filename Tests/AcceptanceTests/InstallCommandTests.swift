import Foundation
import Testing

/// Lockstep installed into a prefix as a new user would (built binaries copied with `--bin`, no
/// rebuild), then `lockstep install`, `install --check` and `uninstall` from there, and hooks
/// run with a GUI's minimal PATH (HOOKS.md §6.2, scenario 67).
@Suite struct InstallCommandTests {
    /// A prefix in the temporary folder, never on PATH: `<root>/opt/bin` and `<root>/opt/share/lockstep`.
    private func installedPrefix(_ repo: TemporaryRepository, extra: [String] = ["--no-hooks"]) throws -> URL {
        let bin = repo.root.appendingPathComponent("opt/bin")
        let result = try repo.install(["--bin", Products.directory.path, "--prefix", bin.path] + extra, prefix: nil)
        try result.expectSuccess()
        #expect(result.stdout.contains("installed lockstep"), "\(result)")
        return bin
    }

    @Test func binariesAndInstallerLandInThePrefix() throws {
        let repo = try TemporaryRepository(hook: false)
        let bin = try installedPrefix(repo)
        let share = bin.deletingLastPathComponent().appendingPathComponent("share/lockstep")
        for name in ["lockstep", "lockstep-hook", "lockstep-cli"] {
            #expect(FileManager.default.isExecutableFile(atPath: bin.appendingPathComponent(name).path), "\(name) missing")
        }
        #expect(FileManager.default.isExecutableFile(atPath: share.appendingPathComponent("install.sh").path))
        #expect(InstallScript.wrapperNames(in: share.appendingPathComponent("hooks")) == InstallScript.wrapperNames())
        // --no-hooks wrote no hook.
        #expect(!FileManager.default.fileExists(atPath: repo.hooksURL.appendingPathComponent("commit-msg").path))
        let version = try run(bin.appendingPathComponent("lockstep").path, ["--version"], in: repo.path, environment: repo.environment)
        #expect(version.status == 0 && !version.stdout.isEmpty, "\(version)")
    }

    @Test func lockstepInstallCheckAndUninstallFromThePrefix() throws {
        let repo = try TemporaryRepository(hook: false)
        try repo.writeHook("pre-commit", "#!/bin/sh\nexit 0\n")
        let before = DirectorySnapshot(repo.hooksURL)
        let lockstep = try installedPrefix(repo).appendingPathComponent("lockstep").path
        let minimal = ["PATH": "/usr/bin:/bin"]

        let check = try run(lockstep, ["install", "--check"], in: repo.path, environment: repo.environment.merging(minimal) { $1 })
        #expect(check.status == 1, "\(check)")
        #expect(DirectorySnapshot(repo.hooksURL) == before)

        let install = try run(lockstep, ["install", "-C", repo.path.path], in: repo.root, environment: repo.environment.merging(minimal) { $1 })
        try install.expectSuccess()
        for hook in InstallScript.clientHooks {
            HookExpectations.expectOurs(repo.hooksURL.appendingPathComponent(hook), calls: lockstep)
        }
        #expect(install.stdout.contains("undo with: \(lockstep) uninstall -C \(repo.path.path)"), "\(install)")
        let recheck = try run(lockstep, ["install", "--check"], in: repo.path, environment: repo.environment.merging(minimal) { $1 })
        #expect(recheck.status == 0, "\(recheck)")

        // The GUI-like environment (env -i, PATH=/usr/bin:/bin): the hooks call lockstep by path.
        let gui = ["PATH": "/usr/bin:/bin", "HOME": repo.home.path, "GIT_CONFIG_NOSYSTEM": "1"]
        let refused = try run("git", ["commit", "--allow-empty", "-m", "bad message"], in: repo.path, environment: gui)
        #expect(refused.status != 0, "\(refused)")
        #expect(refused.stderr.contains("error[commit/header-format]"), "\(refused)")
        refused.expectNoColour()
        try run("git", ["commit", "-q", "--allow-empty", "-m", "feat: from a GUI"], in: repo.path, environment: gui).expectSuccess()

        let uninstall = try run(lockstep, ["uninstall"], in: repo.path, environment: repo.environment.merging(minimal) { $1 })
        try uninstall.expectSuccess()
        let after = DirectorySnapshot(repo.hooksURL)
        #expect(after == before, "\(after.differences(from: before))")
    }

    @Test func oneShotInstallIntoARepository() throws {
        let repo = try TemporaryRepository(hook: false)
        let bin = repo.root.appendingPathComponent("opt/bin")
        // install.sh itself with a minimal PATH: it needs nothing but sh and git's usual companions.
        let result = try repo.install(["--bin", Products.directory.path, "--prefix", bin.path, "--repo", repo.path.path],
                                      in: repo.root, prefix: nil, environment: ["PATH": "/usr/bin:/bin"])
        try result.expectSuccess()
        HookExpectations.expectOurs(repo.hooksURL.appendingPathComponent("commit-msg"), calls: bin.appendingPathComponent("lockstep").path)
        #expect(result.stdout.contains("done: \(InstallScript.clientHooks.count) hook(s) written"), "\(result)")

        // Outside a repository with no --repo: binaries only, and a word about it.
        let elsewhere = try repo.install(["--bin", Products.directory.path, "--prefix", bin.path], in: repo.home, prefix: nil)
        try elsewhere.expectSuccess()
        #expect(elsewhere.stdout.contains("not inside a git repository: no hooks installed"), "\(elsewhere)")

        // --uninstall --binaries removes the hooks, then the binaries and the installer.
        try repo.install(["--uninstall", "--binaries", "--prefix", bin.path, "--repo", repo.path.path], prefix: nil).expectSuccess()
        #expect(!FileManager.default.fileExists(atPath: bin.appendingPathComponent("lockstep").path))
        #expect(!FileManager.default.fileExists(atPath: bin.deletingLastPathComponent().appendingPathComponent("share/lockstep").path))
        #expect(DirectorySnapshot(repo.hooksURL).names.allSatisfy { $0.hasSuffix(".sample") })
    }

    /// A clean machine without Swift, or without libgit2-dev for a user who is not root: the
    /// message says what to do and nothing is installed.
    @Test func missingPrerequisitesAreNamed() throws {
        let repo = try TemporaryRepository(hook: false)
        let bin = repo.root.appendingPathComponent("opt/bin")
        let noSwift = try repo.install(["--prefix", bin.path], prefix: nil, environment: ["PATH": "/usr/bin:/bin"])
        #expect(noSwift.status == 3, "\(noSwift)")
        #expect(noSwift.stderr.contains("Swift 6 is not installed or not on PATH"), "\(noSwift)")

        // Not root, no libgit2: stand-ins for id, pkg-config and swift say so.
        let fake = repo.root.appendingPathComponent("fake-bin")
        try FileManager.default.createDirectory(at: fake, withIntermediateDirectories: true)
        for (name, body) in [("id", "echo 1000\n"), ("pkg-config", "exit 1\n"), ("swift", "exit 0\n")] {
            try repo.writeHook(name, "#!/bin/sh\n" + body, in: fake)
        }
        let noLibgit2 = try repo.install(["--prefix", bin.path], prefix: nil, environment: ["PATH": "\(fake.path):/usr/bin:/bin"])
        #expect(noLibgit2.status == 3, "\(noLibgit2)")
        #expect(noLibgit2.stderr.contains("run: sudo apt-get update && sudo apt-get install -y libgit2-dev pkg-config"), "\(noLibgit2)")
        #expect(!FileManager.default.fileExists(atPath: bin.path))
        #expect(DirectorySnapshot(repo.hooksURL).names.allSatisfy { $0.hasSuffix(".sample") })
    }

    @Test func missingBinaryIsNamed() throws {
        let repo = try TemporaryRepository(hook: false)
        let result = try repo.install(prefix: repo.root.appendingPathComponent("nowhere").path)
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("no lockstep in"), "\(result)")
        #expect(DirectorySnapshot(repo.hooksURL).names.allSatisfy { $0.hasSuffix(".sample") })
    }

    @Test func installFromTheBuildFolderUsesTheSourceCheckout() throws {
        let repo = try TemporaryRepository(hook: false)
        let result = try repo.lockstep("install")
        try result.expectSuccess()
        for hook in InstallScript.clientHooks {
            HookExpectations.expectOurs(repo.hooksURL.appendingPathComponent(hook))
        }
        let quiet = try repo.lockstep("install", "--quiet")
        #expect(quiet.stdout == "lockstep: nothing to do: every hook is up to date (\(Products.lockstep))\n", "\(quiet)")
    }
}
