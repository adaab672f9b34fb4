import Foundation
import Testing

/// A commit-msg hook that was there before install.sh, kept as `commit-msg.lockstep-orig`,
/// runs first; git commits what the file holds afterwards (HOOKS.md §6, install.sh).
@Suite struct ChainedHookTests {
    private func previousHook(_ repo: TemporaryRepository, _ body: String) throws {
        let url = repo.path.appendingPathComponent(".git/hooks/commit-msg.lockstep-orig")
        try Data(("#!/bin/sh\n" + body).utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    @Test func previousHookRunsFirstAndItsTrailerIsChecked() throws {
        let repo = try TemporaryRepository()
        // Lockstep only passes if it reads the message after the previous hook signed it off.
        try repo.write(".lockstep.toml", "[commit]\nrequire-signoff = true\n")
        try previousHook(repo, "printf '\\nSigned-off-by: Ann Lee <ann@example.org>\\n' >> \"$1\"\n")
        let result = try repo.git("commit", "-q", "--allow-empty", "-m", "feat: x", environment: probe())
        #expect(result.status == 0, "\(result)")
        result.expectHookRan()
        #expect(try repo.commitCount() == 2)
        #expect(try repo.lastMessage() == "feat: x\n\nSigned-off-by: Ann Lee <ann@example.org>\n")
    }

    @Test func failingPreviousHookRefusesAGoodMessage() throws {
        let repo = try TemporaryRepository()
        try previousHook(repo, "echo 'previous hook says no' >&2\nexit 1\n")
        let result = try repo.git("commit", "--allow-empty", "-m", "feat: x")
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains("previous hook says no"), "\(result)")
        #expect(try repo.commitCount() == 1)
    }
}
