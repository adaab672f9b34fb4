import Foundation
import Testing

/// Which main a hotfix is measured against, and that the report names it (issue 10, item 4):
/// the branch's upstream when it is main, else the main that is ahead of the others.
@Suite struct HotfixMainTests {
    /// origin/main at 1.2.0 (v1.2.0); local main one release ahead: hotfix 1.2.1 merged and
    /// tagged here, not pushed yet.
    private func localMainAhead() throws -> TemporaryRepository {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("switch", "-q", "-c", "hotfix/v1.2.1", "main").expectSuccess()
        try repo.commit("fix: handle expired sessions", file: "session.txt")
        try repo.releaseCommit("1.2.1")
        try repo.git("switch", "-q", "main").expectSuccess()
        try repo.git("merge", "-q", "--no-ff", "--no-verify", "-m", "Merge branch 'hotfix/v1.2.1'", "hotfix/v1.2.1").expectSuccess()
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "-a", "v1.2.1", "-m", "Release v1.2.1").expectSuccess()
        #expect(try repo.gitOutput("rev-parse", "origin/main") != (try repo.gitOutput("rev-parse", "main")), "premise")
        return repo
    }

    @Test func anUnbumpedHotfixFromALocalMainAheadPassesAndIsPushed() throws {
        let repo = try localMainAhead()
        try repo.git("switch", "-q", "-c", "hotfix/v1.2.2", "main").expectSuccess()
        try repo.commit("fix: handle empty exports", file: "export.txt")
        let checked = try repo.lockstep("check", "branch", "hotfix/v1.2.2")
        #expect(!checked.output.contains("error["), "the hotfix is measured against the main it came from (1.2.1)\n\(checked)")
        #expect(!checked.output.contains("says 1.2.1"), "an unbumped hotfix is not said to carry a wrong version\n\(checked)")
        let pushed = try repo.git("push", "origin", "hotfix/v1.2.2")
        #expect(pushed.status == 0, "\(pushed)")
    }

    @Test func aWrongNumberNamesTheMainThatWasRead() throws {
        let repo = try localMainAhead()
        try repo.git("switch", "-q", "-c", "hotfix/v1.2.3", "main").expectSuccess()
        let local = try repo.lockstep("check", "branch", "hotfix/v1.2.3")
        #expect(local.output.contains("error[branch/hotfix-version]: 1.2.3 is not the next patch of main's version 1.2.1: expected 1.2.2"),
                "\(local)")

        // Started from origin/main, tracking it: what `git pull` and `git merge` use.
        try repo.git("switch", "-q", "-c", "hotfix/v1.2.4", "--track", "origin/main").expectSuccess()
        let upstream = try repo.lockstep("check", "branch", "hotfix/v1.2.4")
        #expect(upstream.output.contains("1.2.4 is not the next patch of origin/main's version 1.2.0: expected 1.2.1"), "\(upstream)")
    }

    @Test func theServerNamesItsOwnMain() throws {
        let repo = try localMainAhead()
        try repo.installServerHook()
        try repo.git("switch", "-q", "-c", "hotfix/v1.2.2", "main").expectSuccess()
        try repo.commit("fix: handle empty exports", file: "export.txt")
        let pushed = try repo.git("push", "--no-verify", "origin", "hotfix/v1.2.2")
        #expect(pushed.status != 0, "the server's main is still 1.2.0\n\(pushed)")
        #expect(pushed.stderr.contains("remote: error[branch/hotfix-version]: 1.2.2 is not the next patch of main's version 1.2.0"), "\(pushed)")
    }
}
