import Foundation
import Testing

/// install.sh in temporary repositories (HOOKS.md §7.1, §8 scenarios 61–66): what it writes,
/// what it keeps, and that `--uninstall` gives the hooks directory back exactly.
@Suite struct InstallTests {
    @Test func repositoryWithoutAHooksDirectory() throws {
        let repo = try TemporaryRepository(hook: false)
        try FileManager.default.removeItem(at: repo.hooksURL)   // `git init --template=` leaves none
        let result = try repo.install()
        try result.expectSuccess()
        for hook in InstallScript.clientHooks {
            HookExpectations.expectOurs(repo.hooksURL.appendingPathComponent(hook))
        }
        #expect(DirectorySnapshot(repo.hooksURL).names == InstallScript.clientHooks)
        #expect(result.stdout.contains("hooks call \(Products.lockstep)"), "\(result)")

        try repo.install(["--uninstall"]).expectSuccess()
        #expect(DirectorySnapshot(repo.hooksURL).names == [], "\(DirectorySnapshot(repo.hooksURL))")
    }

    @Test func sampleHooksOnlyAreLeftAloneAndUninstallGivesTheDirectoryBack() throws {
        let repo = try TemporaryRepository(hook: false)
        let before = DirectorySnapshot(repo.hooksURL)
        #expect(before.names.contains("pre-commit.sample"), "git's template should have written samples: \(before)")
        try repo.install().expectSuccess()
        let installed = DirectorySnapshot(repo.hooksURL)
        for name in before.names { #expect(installed.entries[name] == before.entries[name], "\(name) changed") }
        #expect(!installed.names.contains { $0.hasSuffix(".lockstep-orig") }, "nothing to back up: \(installed)")

        try repo.install(["--uninstall"]).expectSuccess()
        let after = DirectorySnapshot(repo.hooksURL)
        #expect(after == before, "after uninstall:\n\(after.differences(from: before))")
    }

    @Test func secondInstallChangesNothing() throws {
        let repo = try TemporaryRepository(hook: false)
        try repo.writeHook("pre-commit", "#!/bin/sh\necho mine\n")
        try repo.install().expectSuccess()
        let first = DirectorySnapshot(repo.hooksURL)
        let again = try repo.install()
        try again.expectSuccess()
        let second = DirectorySnapshot(repo.hooksURL)
        #expect(second == first, "the second install changed:\n\(second.differences(from: first))")
        #expect(again.stdout.contains("nothing to do"), "\(again)")
        #expect(!second.names.contains { $0.contains(".lockstep-orig.") }, "no rotation expected: \(second)")
        // And --check agrees.
        let check = try repo.install(["--check"])
        #expect(check.status == 0, "\(check)")
    }

    /// gilmry/koprogo's installer wrote pre-commit and pre-push, Lockstep chains them; the
    /// installer runs again over Lockstep's wrappers; Lockstep is installed again; an edited
    /// hook is kept beside the older one. Nothing is ever lost (HOOKS.md §7.4, scenario 63).
    @Test func hooksFromAScriptThatOverwritesThem() throws {
        let repo = try TemporaryRepository(hook: false)
        let koprogo = try repo.koprogoInstaller()
        try run("/bin/sh", [koprogo.path], in: repo.path, environment: repo.environment).expectSuccess()
        let original = DirectorySnapshot(repo.hooksURL)
        let ours = Set(InstallScript.clientHooks)

        try repo.install().expectSuccess()
        for hook in ["pre-commit", "pre-push"] where ours.contains(hook) {
            HookExpectations.expectOurs(repo.hooksURL.appendingPathComponent(hook))
            #expect(DirectorySnapshot(repo.hooksURL).entries[hook + ".lockstep-orig"] == original.entries[hook],
                    "\(hook).lockstep-orig should be koprogo's hook, bytes, mode and time")
        }
        // koprogo's pre-commit runs first, then Lockstep (which refuses the message here).
        let refused = try repo.git("commit", "--allow-empty", "-m", "bad message")
        #expect(refused.status != 0, "\(refused)")
        #expect(refused.stderr.contains("commit/header-format"), "\(refused)")
        #expect(repo.koprogoLines == ["pre-commit 1"], "\(repo.koprogoLines)")
        if ours.contains("pre-push") {
            // pre-push: Lockstep first, then koprogo's hook with git's lines on its standard input.
            try repo.git("commit", "-q", "--allow-empty", "-m", "feat: chained").expectSuccess()
            let remote = repo.root.appendingPathComponent("remote.git")
            try repo.git("init", "-q", "--bare", remote.path).expectSuccess()
            try repo.git("push", "-q", remote.path, "main").expectSuccess()
            #expect(repo.koprogoLines.last == "pre-push 1 refs/heads/main", "\(repo.koprogoLines)")
        }

        // The installer runs again and writes over Lockstep's wrappers.
        try run("/bin/sh", [koprogo.path], in: repo.path, environment: repo.environment).expectSuccess()
        let doctor = try repo.lockstep("doctor")
        #expect(doctor.status == 1, "\(doctor)")
        #expect(doctor.stdout.contains("Lockstep's pre-commit hook was replaced"), "\(doctor)")
        // The commit-msg hook, still Lockstep's, says so on the next commit (HOOKS.md §7.3).
        let warned = try repo.git("commit", "-q", "--allow-empty", "-m", "feat: after the other installer")
        try warned.expectSuccess()
        let replaced = ["pre-commit", "pre-push"].filter { ours.contains($0) }.joined(separator: ", ")
        #expect(warned.stderr.contains("Lockstep's \(replaced) were replaced by another tool"), "\(warned)")
        #expect(warned.stderr.contains("run `lockstep install` (or install.sh) again"), "\(warned)")

        // Installing again finds the same hooks already kept: nothing is rotated.
        let again = try repo.install()
        try again.expectSuccess()
        let reinstalled = DirectorySnapshot(repo.hooksURL)
        #expect(reinstalled.entries["pre-commit.lockstep-orig"] == original.entries["pre-commit"], "the backup changed")
        #expect(!reinstalled.names.contains { $0.contains(".lockstep-orig.") }, "\(reinstalled)")
        #expect(again.stdout.contains("identical copy"), "\(again)")
        HookExpectations.expectOurs(repo.hooksURL.appendingPathComponent("pre-commit"))

        // The team edits its hooks: the new one is chained, the older one kept beside it.
        try run("/bin/sh", [try repo.koprogoInstaller(edition: 2).path], in: repo.path, environment: repo.environment).expectSuccess()
        let edited = DirectorySnapshot(repo.hooksURL)
        try repo.install().expectSuccess()
        let rotated = DirectorySnapshot(repo.hooksURL)
        #expect(rotated.entries["pre-commit.lockstep-orig.1"] == original.entries["pre-commit"], "\(rotated)")
        #expect(rotated.entries["pre-commit.lockstep-orig"] == edited.entries["pre-commit"], "\(rotated)")
        try repo.git("commit", "-q", "--allow-empty", "-m", "feat: after the edit").expectSuccess()
        #expect(repo.koprogoLines.contains("pre-commit 2"), "\(repo.koprogoLines)")

        // Uninstall: the current hooks back, the older copy kept and named.
        let uninstall = try repo.install(["--uninstall"])
        try uninstall.expectSuccess()
        let after = DirectorySnapshot(repo.hooksURL)
        #expect(after.entries["pre-commit"] == edited.entries["pre-commit"], "\(after)")
        #expect(after.entries["pre-push"] == edited.entries["pre-push"], "\(after)")
        #expect(after.entries["pre-commit.lockstep-orig.1"] == original.entries["pre-commit"], "\(after)")
        #expect(uninstall.stdout.contains("pre-commit.lockstep-orig.1"), "\(uninstall)")
        #expect(!after.names.contains { HookExpectations.text(repo.hooksURL.appendingPathComponent($0)).contains(InstallScript.marker) })
    }

    /// The uninstall snapshot over koprogo's hooks, a symlinked hook, a non-executable one, one
    /// without a shebang and the samples: names, modes, symlink targets, bytes, times (scenario 62).
    @Test func uninstallRestoresEveryPreviousHookExactly() throws {
        let repo = try TemporaryRepository(hook: false)
        try run("/bin/sh", [try repo.koprogoInstaller().path], in: repo.path, environment: repo.environment).expectSuccess()
        try repo.write("tools/commit-msg", "#!/bin/sh\nexit 0\n")
        try FileManager.default.createSymbolicLink(atPath: repo.hooksURL.appendingPathComponent("commit-msg").path,
                                                   withDestinationPath: "../../tools/commit-msg")
        try repo.writeHook("pre-merge-commit", "echo no shebang\n", mode: 0o644)
        try repo.writeHook("post-checkout", "#!/bin/sh\nexit 0\n", mode: 0o700)
        let before = DirectorySnapshot(repo.hooksURL)

        try repo.install().expectSuccess()
        #expect(DirectorySnapshot(repo.hooksURL) != before)
        try repo.install(["--uninstall"]).expectSuccess()
        let after = DirectorySnapshot(repo.hooksURL)
        #expect(after == before, "after uninstall:\n\(after.differences(from: before))")

        // A second uninstall is a no-op.
        try repo.install(["--uninstall"]).expectSuccess()
        #expect(DirectorySnapshot(repo.hooksURL) == before)
    }

    @Test func relativeSymlinkedHookStillRunsWhileChained() throws {
        let repo = try TemporaryRepository(hook: false)
        let ran = repo.root.appendingPathComponent("tool-ran")
        try repo.write("tools/pre-commit", "#!/bin/sh\ntouch '\(ran.path)'\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: repo.path.appendingPathComponent("tools/pre-commit").path)
        try FileManager.default.createSymbolicLink(atPath: repo.hooksURL.appendingPathComponent("pre-commit").path,
                                                   withDestinationPath: "../../tools/pre-commit")
        try repo.install().expectSuccess()
        let backup = repo.hooksURL.appendingPathComponent("pre-commit.lockstep-orig").path
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: backup) == "../../tools/pre-commit")
        try repo.git("commit", "-q", "--allow-empty", "-m", "feat: chained").expectSuccess()
        #expect(FileManager.default.fileExists(atPath: ran.path), "the symlinked hook did not run")

        try repo.install(["--uninstall"]).expectSuccess()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: repo.hooksURL.appendingPathComponent("pre-commit").path)
                == "../../tools/pre-commit")
    }

    /// Chaining behaves as git would with the hook alone (scenario 66): not executable → not
    /// run; no shebang → run by sh; CRLF shebang → the command stops with an error naming it.
    @Test func chainedHooksKeepGitsRulesForOddFiles() throws {
        let repo = try TemporaryRepository(hook: false)
        let log = repo.root.appendingPathComponent("odd.log")
        try repo.writeHook("pre-commit", "#!/bin/sh\necho not-executable >> '\(log.path)'\n", mode: 0o644)
        try repo.writeHook("pre-merge-commit", "echo no-shebang >> '\(log.path)'\n")
        try repo.install().expectSuccess()
        #expect(DirectorySnapshot(repo.hooksURL).entries["pre-commit.lockstep-orig"]?.mode == 0o644)
        try repo.git("commit", "-q", "--allow-empty", "-m", "feat: odd hooks").expectSuccess()
        #expect(!((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("not-executable"))

        try repo.git("checkout", "-q", "-b", "topic").expectSuccess()
        try repo.git("commit", "-q", "--allow-empty", "-m", "feat: on topic").expectSuccess()
        try repo.git("checkout", "-q", "main").expectSuccess()
        try repo.git("commit", "-q", "--allow-empty", "-m", "feat: on main").expectSuccess()
        try repo.git("merge", "-q", "--no-edit", "topic").expectSuccess()
        #expect(((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("no-shebang"), "the shebang-less hook did not run")

        try repo.writeHook("pre-commit.lockstep-orig", "#!/bin/sh\r\necho crlf\r\n")
        let crlf = try repo.git("commit", "--allow-empty", "-m", "feat: crlf")
        #expect(crlf.status != 0, "a CRLF shebang cannot run, so the commit must stop\n\(crlf)")
        #expect(crlf.stderr.contains("pre-commit.lockstep-orig"), "\(crlf)")
    }

    @Test func aDirectoryNamedLikeAHookIsReportedAndLeftAlone() throws {
        let repo = try TemporaryRepository(hook: false)
        try FileManager.default.createDirectory(at: repo.hooksURL.appendingPathComponent("commit-msg"), withIntermediateDirectories: true)
        let result = try repo.install()
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("commit-msg") && result.stderr.contains("is a directory"), "\(result)")
        #expect(DirectorySnapshot(repo.hooksURL).entries["commit-msg"]?.kind == "directory")
        HookExpectations.expectOurs(repo.hooksURL.appendingPathComponent("pre-commit"))
    }

    @Test func checkReportsWithoutWriting() throws {
        let repo = try TemporaryRepository(hook: false)
        try repo.writeHook("pre-commit", "#!/bin/sh\n")
        let before = DirectorySnapshot(repo.hooksURL)
        let check = try repo.install(["--check"])
        #expect(check.status == 1, "\(check)")
        #expect(check.stdout.contains("would be installed; your previous hook is kept as pre-commit.lockstep-orig"), "\(check)")
        #expect(DirectorySnapshot(repo.hooksURL) == before)
    }

    @Test func usageAndRepositoryErrors() throws {
        let repo = try TemporaryRepository(hook: false)
        let unknown = try repo.install(["--frobnicate"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown option --frobnicate"), "\(unknown)")
        let badHook = try repo.install(["--hooks", "pre-comit"])
        #expect(badHook.status == 2 && badHook.stderr.contains("no such hook: pre-comit"), "\(badHook)")
        let outside = try repo.install(["--repo", repo.home.path])
        #expect(outside.status == 3 && outside.stderr.contains("not inside a git repository"), "\(outside)")
        let help = try repo.install(["--help"], prefix: nil)
        #expect(help.status == 0 && help.stdout.contains("--hooks-path-ok"), "\(help)")
    }

    @Test(.enabled(if: ExternalTool.shellcheck != nil, "shellcheck is not installed (apt-get install shellcheck)"))
    func installScriptIsShellcheckClean() throws {
        let shellcheck = try #require(ExternalTool.shellcheck)
        let templates = Products.packageRoot.appendingPathComponent("ci-templates/lockstep-ci.sh").path
        let result = try ExternalTool.invoke(shellcheck, ["-s", "sh", InstallScript.path, templates])
        #expect(result.status == 0, "\(result)")
    }
}
