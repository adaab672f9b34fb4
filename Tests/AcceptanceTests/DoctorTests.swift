import Foundation
import Testing

/// `lockstep doctor`: the hooks directory and where it comes from, each hook's state, the
/// binaries, and what libgit2 1.5.1 cannot read, each problem with its fix (HOOKS.md §7.3).
@Suite struct DoctorTests {
    /// The text of the row labelled `label` (labels are padded to the widest one).
    private func row(_ result: RunResult, _ label: String) -> String {
        guard let line = result.stdout.split(separator: "\n").first(where: { $0.hasPrefix(label + " ") }) else { return "" }
        return String(line.dropFirst(label.count).drop { $0 == " " })
    }

    @Test func healthyInstallation() throws {
        let repo = try TemporaryRepository(hook: false)
        try repo.writeHook("pre-commit", "#!/bin/sh\nexit 0\n")
        try repo.install().expectSuccess()
        let doctor = try repo.lockstep("doctor")
        #expect(doctor.status == 0, "\(doctor)")
        #expect(row(doctor, "hooks directory") == "\(repo.hooksURL.path) (git's default; no core.hooksPath)", "\(doctor)")
        #expect(row(doctor, "pre-commit") == "Lockstep, calls \(Products.lockstep), runs after pre-commit.lockstep-orig, only when it passes", "\(doctor)")
        #expect(row(doctor, "libgit2 1.5.1").hasPrefix("reads this repository"), "\(doctor)")
        #expect(doctor.stdout.contains("No problems found."), "\(doctor)")
        #expect(row(doctor, "installer") == InstallScript.path, "\(doctor)")
    }

    @Test func notInstalled() throws {
        let repo = try TemporaryRepository(hook: false)
        let doctor = try repo.lockstep("doctor")
        #expect(doctor.status == 1, "\(doctor)")
        #expect(doctor.stdout.contains("Lockstep's hooks are not installed in \(repo.hooksURL.path)"), "\(doctor)")
        #expect(doctor.stdout.contains("fix: lockstep install"), "\(doctor)")
    }

    /// HOOKS.md §7.3: "Lockstep's pre-commit hook was replaced" — a script rewrote it after the
    /// install; and a hook of ours whose binary is gone.
    @Test func replacedHookAndMissingBinary() throws {
        let repo = try TemporaryRepository(hook: false)
        let koprogo = try repo.koprogoInstaller()
        try run("/bin/sh", [koprogo.path], in: repo.path, environment: repo.environment).expectSuccess()
        let bin = repo.root.appendingPathComponent("opt/bin")
        try repo.install(["--bin", Products.directory.path, "--prefix", bin.path], prefix: nil).expectSuccess()
        try run("/bin/sh", [koprogo.path], in: repo.path, environment: repo.environment).expectSuccess()
        try FileManager.default.removeItem(at: bin.appendingPathComponent("lockstep"))

        let doctor = try repo.lockstep("doctor")
        #expect(doctor.status == 1, "\(doctor)")
        #expect(row(doctor, "pre-commit") == "NOT Lockstep's: replaced after install; pre-commit.lockstep-orig is not run", "\(doctor)")
        #expect(doctor.stdout.contains("Lockstep's pre-commit hook was replaced (probably by a script that writes hooks"), "\(doctor)")
        #expect(doctor.stdout.contains("fix: lockstep install (your new hook is kept and chained before Lockstep)"), "\(doctor)")
        #expect(doctor.stdout.contains("the commit-msg hook calls \(bin.path)/lockstep, which is missing"), "\(doctor)")
    }

    @Test func hooksPathAndItsOrigin() throws {
        let repo = try TemporaryRepository(hook: false)
        try repo.install().expectSuccess()
        try repo.git("config", "core.hooksPath", ".git/hooks-disabled").expectSuccess()
        let doctor = try repo.lockstep("doctor")
        #expect(doctor.status == 1, "\(doctor)")
        let config = repo.path.appendingPathComponent(".git/config").path
        #expect(doctor.stdout.contains("core.hooksPath = .git/hooks-disabled, from \(config), local scope"), "\(doctor)")
        #expect(doctor.stdout.contains("git runs no hooks at all in this repository (hooks are disabled)"), "\(doctor)")
        #expect(doctor.stdout.contains("fix: git config --local --unset core.hooksPath"), "\(doctor)")
        #expect(doctor.stdout.contains("Lockstep's hooks in \(repo.hooksURL.path) do not run"), "\(doctor)")

        // `git -c` (GIT_CONFIG_PARAMETERS) wins over the files, as in git.
        let command = try repo.lockstep(["doctor"], environment: ["GIT_CONFIG_PARAMETERS": "'core.hookspath'='.git/hooks'"])
        #expect(command.stdout.contains("core.hooksPath = .git/hooks, from git -c"), "\(command)")
        #expect(command.status == 0, "\(command)")
    }

    @Test func linkedWorktreeSharesTheCommonHooks() throws {
        let repo = try TemporaryRepository(hook: false)
        try repo.install().expectSuccess()
        let worktree = repo.root.appendingPathComponent("wt")
        try repo.git("worktree", "add", "-q", "-b", "topic", worktree.path).expectSuccess()
        let doctor = try repo.lockstep(["doctor"], in: worktree)
        #expect(doctor.status == 0, "\(doctor)")
        #expect(doctor.stdout.contains("(a linked worktree of \(repo.path.path)/.git)"), "\(doctor)")
        #expect(row(doctor, "hooks directory").hasPrefix(repo.hooksURL.path + " "), "\(doctor)")
    }

    /// Shapes libgit2 1.5.1 cannot read, each with what to do (scenarios 13, 56).
    @Test func repositoryShapesLibgit2CannotRead() throws {
        let origin = try TemporaryRepository(hook: false)
        for index in 1...3 {
            try origin.git("commit", "-q", "--allow-empty", "-m", "feat: change \(index)").expectSuccess()
        }
        let clone = origin.root.appendingPathComponent("shallow")
        try origin.git("clone", "-q", "--depth", "1", "file://\(origin.path.path)", clone.path).expectSuccess()
        try origin.git("config", "core.splitIndex", "true", in: clone).expectSuccess()
        try origin.git("update-index", "--split-index", in: clone).expectSuccess()
        try origin.install(in: clone).expectSuccess()

        let doctor = try origin.lockstep(["doctor"], in: clone)
        #expect(doctor.status == 1, "\(doctor)")
        #expect(doctor.stdout.contains("shallow clone"), "\(doctor)")
        #expect(doctor.stdout.contains("split"), "\(doctor)")
        #expect(doctor.stdout.contains("fix: git config core.splitIndex false && git update-index --no-split-index"), "\(doctor)")
    }

    @Test func outsideARepository() throws {
        let repo = try TemporaryRepository(hook: false)
        let doctor = try repo.lockstep(["doctor"], in: repo.home)
        #expect(doctor.status == 3, "\(doctor)")
        #expect(doctor.stdout.contains("is not inside a git repository"), "\(doctor)")
        #expect(row(doctor, "lockstep").hasPrefix("version "), "the binary is still reported\n\(doctor)")
    }
}
