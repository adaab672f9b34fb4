import Foundation
import Testing

/// Issue 10 item 14: `uninstall` after `install --hooks-path-ok` finds what was installed, and the
/// "undo with" hint install prints works when pasted into a shell.
@Suite struct HooksPathUninstallTests {
    private func installedIntoHooksPath() throws -> (TemporaryRepository, URL, RunResult) {
        let repo = try TemporaryRepository(hook: false)
        let hooks = repo.root.appendingPathComponent("shared hooks")
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        try repo.git("config", "core.hooksPath", hooks.path).expectSuccess()
        let install = try repo.lockstep("install", "--hooks-path-ok")
        try install.expectSuccess()
        #expect(FileManager.default.fileExists(atPath: hooks.appendingPathComponent("commit-msg").path), "\(install)")
        return (repo, hooks, install)
    }

    private func ours(_ hooks: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: hooks.path)) ?? []).filter { name in
            (try? String(contentsOf: hooks.appendingPathComponent(name), encoding: .utf8))?.contains("lockstep-managed-hook") == true
        }
    }

    @Test func theUndoHintWorksWhenPasted() throws {
        let (repo, hooks, install) = try installedIntoHooksPath()
        let line = try #require(install.output.split(separator: "\n").first { $0.contains("undo with: ") }, "\(install)")
        let command = String(line[line.range(of: "undo with: ")!.upperBound...])
        #expect(command.hasSuffix("--hooks-path-ok"), "\(command)")
        let undone = try run("/bin/sh", ["-c", command], in: repo.path, environment: repo.environment)
        try undone.expectSuccess()
        #expect(ours(hooks).isEmpty, "\(undone)")
    }

    @Test func uninstallWithoutTheFlagStillFindsThem() throws {
        let (repo, hooks, _) = try installedIntoHooksPath()
        let uninstall = try repo.lockstep("uninstall")
        try uninstall.expectSuccess()
        #expect(!uninstall.output.contains("nothing of Lockstep's"), "\(uninstall)")
        #expect(ours(hooks).isEmpty, "\(uninstall)")
    }
}
