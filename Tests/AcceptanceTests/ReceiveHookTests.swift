import Foundation
import Testing

/// pre-receive in a bare repository (HOOKS.md §2.7, scenario 58): the same checks on the server,
/// with the pushed objects read from git's quarantine, `remote:` lines for the pusher, and no way
/// around it from the client.
@Suite struct ReceiveHookTests {
    private func server() throws -> TemporaryRepository {
        let repo = try TemporaryRepository.withOrigin()
        try repo.installServerHook()
        return repo
    }

    @Test func aBadTagIsRejectedWithRemoteLinesEvenWithNoVerify() throws {
        let repo = try server()
        try repo.commit("fix: a", file: "a.txt")
        try repo.git("push", "-q", "origin", "main").expectSuccess()
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "v1.2.1").expectSuccess()
        let result = try repo.git("push", "--no-verify", "origin", "v1.2.1")
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains("remote: error[tag/annotated]: v1.2.1 is a lightweight tag"), "\(result)")
        #expect(result.stderr.contains("remote: lockstep: push rejected"), "\(result)")
        #expect(result.stderr.contains("[remote rejected] v1.2.1 -> v1.2.1 (pre-receive hook declined)"), "\(result)")
        #expect(try repo.originRef("refs/tags/v1.2.1") == nil)
    }

    @Test func aGoodPushIsAcceptedWithItsObjectsReadFromTheQuarantine() throws {
        let repo = try server()
        // New commits and a new tag object exist only in the quarantine while the hook runs.
        try repo.commit("fix: handle expired sessions", file: "session.txt")
        try repo.releaseCommit("1.2.1")
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "-a", "v1.2.1", "-m", "Release v1.2.1").expectSuccess()
        let result = try repo.git("push", "--no-verify", "origin", "main", "v1.2.1")
        #expect(result.status == 0, "\(result)")
        #expect(!result.stderr.contains("remote: error"), "\(result)")
        #expect(try repo.originRef("refs/tags/v1.2.1") == (try repo.localRef("refs/tags/v1.2.1")))
    }

    @Test func badCommitMessagesAreRejectedOnTheServer() throws {
        let repo = try server()
        try repo.git("switch", "-q", "-c", "feature/x").expectSuccess()
        try repo.commit("stuff", file: "stuff.txt")
        let result = try repo.git("push", "--no-verify", "origin", "feature/x")
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains("remote: error[commit/header-format]"), "\(result)")
        #expect(try repo.originRef("refs/heads/feature/x") == nil)
    }

    @Test func aHotfixFromDevelopIsRejectedOnTheServer() throws {
        let repo = try server()
        try repo.git("switch", "-q", "-c", "hotfix/v1.2.1", "develop").expectSuccess()
        try repo.commit("fix: urgent", file: "urgent.txt")
        let result = try repo.git("push", "--no-verify", "origin", "hotfix/v1.2.1")
        #expect(result.status != 0, "\(result)")
        #expect(result.stderr.contains("remote: error[branch/hotfix-base]"), "\(result)")
        #expect(result.stderr.contains("feat: unreleased dashboard"), "the develop commit is listed\n\(result)")
    }

    @Test func deletionsAreHandled() throws {
        let repo = try server()
        try repo.git("switch", "-q", "-c", "feature/old").expectSuccess()
        try repo.commit("feat: old", file: "old.txt")
        try repo.git("push", "-q", "origin", "feature/old").expectSuccess()
        let branch = try repo.git("push", "--no-verify", "origin", "--delete", "feature/old")
        #expect(branch.status == 0, "\(branch)")
        let tag = try repo.git("push", "--no-verify", "origin", ":refs/tags/v1.2.0")
        #expect(tag.status != 0, "\(tag)")
        #expect(tag.stderr.contains("remote: error[tag/no-delete]"), "\(tag)")
        #expect(try repo.originRef("refs/tags/v1.2.0") != nil)
    }

    @Test func anAtomicPushIsAllOrNothing() throws {
        let repo = try server()
        try repo.git("switch", "-q", "-c", "feature/good").expectSuccess()
        try repo.commit("feat: good", file: "good.txt")
        try repo.git("switch", "-q", "-c", "feature/bad", "main").expectSuccess()
        try repo.commit("bad", file: "bad.txt")
        let result = try repo.git("push", "--no-verify", "--atomic", "origin", "feature/good", "feature/bad")
        #expect(result.status != 0, "\(result)")
        #expect(try repo.originRef("refs/heads/feature/good") == nil)
        #expect(try repo.originRef("refs/heads/feature/bad") == nil)
    }

    /// The server reads its configuration from its default branch, not from what is pushed.
    @Test func theServerConfigurationComesFromItsDefaultBranch() throws {
        let repo = try server()
        try repo.write(".lockstep.toml", "[rules]\n\"commit/header-format\" = \"off\"\n")
        try repo.git("add", ".lockstep.toml").expectSuccess()
        try repo.commit("let me through")
        let pushed = try repo.git("push", "--no-verify", "origin", "main")
        #expect(pushed.status != 0, "a pushed .lockstep.toml does not judge its own push\n\(pushed)")
        try repo.git("commit", "-q", "--amend", "--no-verify", "-m", "chore: relax the header rule").expectSuccess()
        try repo.git("push", "-q", "--no-verify", "origin", "main").expectSuccess()
        try repo.commit("now it is off")
        let relaxed = try repo.git("push", "--no-verify", "origin", "main")
        #expect(relaxed.status == 0, "main's configuration now applies\n\(relaxed)")
    }
}
