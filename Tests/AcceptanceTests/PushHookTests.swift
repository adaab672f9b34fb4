import Foundation
import Testing

/// pre-push (HOOKS.md §2.5, scenarios 34–45): every new commit's message, the destination's branch
/// rules, pushed tags; git's standard input read exactly, and replayed byte for byte to the hook
/// that was there before.
@Suite struct PushHookTests {
    @Test func aBadMessageIsRefusedAndNothingIsPushed() throws {
        let repo = try TemporaryRepository.withOrigin()
        let before = try repo.originRef("main")
        let bad = try repo.commit("Add the export", file: "export.txt")
        let refused = try repo.git("push", "origin", "main")
        refused.expectPushRefused("commit/header-format")
        #expect(refused.stderr.contains("commit \(String(bad.prefix(7)))"), "\(refused)")
        #expect(refused.stderr.contains("git rebase -i"), "\(refused)")
        #expect(try repo.originRef("main") == before, "nothing pushed")

        try repo.git("commit", "-q", "--amend", "--no-verify", "-m", "feat: add the export").expectSuccess()
        let accepted = try repo.git("push", "-q", "origin", "main")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.originRef("main") == (try repo.localRef("main")))
    }

    @Test func anUpToDatePushPassesAndTheChainedHookGetsEmptyInput() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.chainRecordingHook("pre-push")
        let result = try repo.git("push", "origin", "main")
        #expect(result.status == 0, "\(result)")
        #expect(repo.recordedInput("pre-push") == Data(), "empty stays empty, not a lone newline")
        #expect((try? String(contentsOf: repo.root.appendingPathComponent("pre-push.args"), encoding: .utf8)) == "origin\n\(repo.origin.path)\n")
    }

    @Test func theChainedHookGetsTheSameBytesAndRunsOnlyAfterLockstepPassed() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.chainRecordingHook("pre-push")
        let main = try repo.commit("fix: handle expired sessions", file: "session.txt")
        try repo.git("switch", "-q", "-c", "feature/export").expectSuccess()
        let feature = try repo.commit("feat: export buildings", file: "export.txt")
        let oldMain = try #require(try repo.originRef("main"))
        let zero = String(repeating: "0", count: 40)
        let pushed = try repo.git("push", "origin", "main", "feature/export")
        #expect(pushed.status == 0, "\(pushed)")
        let expected = "refs/heads/main \(main) refs/heads/main \(oldMain)\nrefs/heads/feature/export \(feature) refs/heads/feature/export \(zero)\n"
        #expect(repo.recordedInput("pre-push") == Data(expected.utf8))

        try FileManager.default.removeItem(at: repo.root.appendingPathComponent("pre-push.stdin"))
        try repo.commit("bad message", file: "bad.txt")
        let refused = try repo.git("push", "origin", "feature/export")
        refused.expectPushRefused("commit/header-format")
        #expect(repo.recordedInput("pre-push") == nil, "the chained hook does not run after a refusal")
    }

    @Test func aFailingChainedHookStillRefuses() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.chainRecordingHook("pre-push", exit: 1)
        try repo.commit("fix: a good message", file: "f.txt")
        let result = try repo.git("push", "origin", "main")
        #expect(result.status != 0, "\(result)")
        #expect(repo.recordedInput("pre-push") != nil)
    }

    @Test func aNewBranchIsJudgedOnlyOnWhatTheRemoteLacks() throws {
        let repo = try TemporaryRepository.withOrigin()
        // A bad commit reached the remote before Lockstep was installed (or with --no-verify).
        try repo.commit("WIP", file: "wip.txt")
        try repo.git("push", "-q", "--no-verify", "origin", "main").expectSuccess()
        try repo.git("switch", "-q", "-c", "feature/report").expectSuccess()
        try repo.commit("feat: monthly report", file: "report.txt")
        let result = try repo.git("push", "origin", "feature/report")
        #expect(result.status == 0, "the WIP commit is on origin/main already: only the new commit counts\n\(result)")
        #expect(try repo.originRef("feature/report") != nil)
    }

    @Test func aNewBranchMadeOfCommitsTheRemoteHasPasses() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("branch", "copy-of-develop", "develop").expectSuccess()
        let result = try repo.git("push", "origin", "copy-of-develop")
        #expect(result.status == 0, "\(result)")
    }

    @Test func deletingABranchPasses() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("switch", "-q", "-c", "feature/old").expectSuccess()
        try repo.commit("feat: old work", file: "old.txt")
        try repo.git("push", "-q", "origin", "feature/old").expectSuccess()
        let result = try repo.git("push", "origin", "--delete", "feature/old")
        #expect(result.status == 0, "\(result)")
        #expect(try repo.originRef("refs/heads/feature/old") == nil)
    }

    @Test func forcePushIsJudgedAfterTheOldTip() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("fix: first try", file: "a.txt")
        try repo.git("push", "-q", "origin", "main").expectSuccess()
        try repo.git("commit", "-q", "--amend", "--no-verify", "-m", "rework everything").expectSuccess()
        try repo.git("push", "-f", "origin", "main").expectPushRefused("commit/header-format")
        try repo.git("commit", "-q", "--amend", "--no-verify", "-m", "fix: second try").expectSuccess()
        let accepted = try repo.git("push", "-f", "origin", "main")
        #expect(accepted.status == 0, "\(accepted)")
    }

    /// Someone else pushed: the remote's tip is not in this repository (HOOKS.md §2.5, scenario 37).
    @Test func forcePushOverACommitThatIsNotHere() throws {
        let repo = try TemporaryRepository.withOrigin()
        let other = repo.root.appendingPathComponent("other")
        try repo.git("clone", "-q", repo.origin.path, other.path).expectSuccess()
        try repo.write("theirs.txt", "theirs\n", in: other)
        try repo.git("add", "theirs.txt", in: other).expectSuccess()
        try repo.git("commit", "-q", "-m", "fix: their change", in: other).expectSuccess()
        try repo.git("push", "-q", "origin", "main", in: other).expectSuccess()
        let theirs = try #require(try repo.originRef("main"))
        #expect(try repo.git("cat-file", "-e", theirs).status != 0, "their commit is not here")

        try repo.commit("feat: mine", file: "mine.txt")
        let result = try repo.git("push", "-f", "origin", "main")
        #expect(result.status == 0, "\(result)")
        result.expectNoCrash()
        try repo.git("reset", "-q", "--hard", "HEAD~1").expectSuccess()
        try repo.commit("mine, badly", file: "mine.txt")
        try repo.git("push", "-f", "origin", "main").expectPushRefused("commit/header-format")
    }

    @Test func severalRefsAtOnceAreRefusedTogether() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("switch", "-q", "-c", "feature/good").expectSuccess()
        try repo.commit("feat: good", file: "good.txt")
        try repo.git("switch", "-q", "-c", "feature/bad", "main").expectSuccess()
        try repo.commit("bad", file: "bad.txt")
        let result = try repo.git("push", "origin", "feature/good", "feature/bad")
        result.expectPushRefused("commit/header-format")
        #expect(result.stderr.contains("in refs/heads/feature/bad"), "the note names the refused ref\n\(result)")
        #expect(try repo.originRef("refs/heads/feature/good") == nil, "pre-push refuses the whole push")
    }

    /// `git push origin HEAD~1:refs/heads/release/v1.3.0`: the local side as typed, the rules of the remote name.
    @Test func typedLocalRefsAndRemoteNames() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.releaseCommit("1.3.1")
        try repo.commit("docs: after the release", file: "notes.txt")
        try repo.git("push", "origin", "HEAD~1:refs/heads/release/v1.3.0").expectPushRefused("branch/release-version")
        let good = try repo.git("push", "origin", "HEAD~1:refs/heads/release/v1.3.1")
        #expect(good.status == 0, "\(good)")
    }

    @Test func pushingToAURLWorks() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("bad", file: "bad.txt")
        try repo.git("push", repo.origin.path, "HEAD:refs/heads/feature/x").expectPushRefused("commit/header-format")
        try repo.git("commit", "-q", "--amend", "--no-verify", "-m", "feat: x").expectSuccess()
        let result = try repo.git("push", repo.origin.path, "HEAD:refs/heads/feature/x")
        #expect(result.status == 0, "\(result)")
    }

    /// Branch names are data (scenario 43): nothing in them is executed, and messages quote them.
    @Test func branchNamesWithShellCharactersAreData() throws {
        let repo = try TemporaryRepository.withOrigin()
        for name in ["feature/$(touch${IFS}pwned)", "hotfix/v1.2.1;touch${IFS}pwned", "feature/it's", "feature/a|b"] {
            try repo.git("switch", "-q", "-c", name, "main").expectSuccess()
            try repo.commit("fix: for \(name)", file: "f.txt")
            let result = try repo.git("push", "origin", name)
            #expect(result.status == 0 || result.stderr.contains("error[branch/"), "\(result)")
            result.expectNoCrash()
        }
        #expect(!FileManager.default.fileExists(atPath: repo.path.appendingPathComponent("pwned").path))
        #expect(!FileManager.default.fileExists(atPath: repo.root.appendingPathComponent("pwned").path))
        let named = try repo.git("push", "origin", "hotfix/v1.2.1;touch${IFS}pwned")
        #expect(named.status == 0 || named.stderr.contains("hotfix/v1.2.1;touch${IFS}pwned"))
    }

    /// `git push --tags` with a lightweight release tag (made where the gate did not run): refused (scenario 39).
    @Test func aLightweightReleaseTagIsRefused() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("fix: a", file: "a.txt")
        try repo.releaseCommit("1.2.1")
        try repo.git("push", "-q", "origin", "main").expectSuccess()
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "v1.2.1").expectSuccess()
        let refused = try repo.git("push", "origin", "--tags")
        refused.expectPushRefused("tag/annotated")
        refused.expectDiagnostic("tag/annotated", at: "refs/tags/v1.2.1", fix: "git tag -a v1.2.1")
        #expect(try repo.originRef("refs/tags/v1.2.1") == nil)
    }

    /// The fix names the tagged commit: pasted after HEAD moved on, it re-tags the release commit.
    @Test func theLightweightTagFixTagsTheSameCommitAfterHEADMoved() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("fix: a", file: "a.txt")
        try repo.releaseCommit("1.2.1")
        let release = try repo.gitOutput("rev-parse", "HEAD")
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "v1.2.1").expectSuccess()
        try repo.commit("docs: after the release", file: "b.txt")
        let refused = try repo.git("push", "origin", "main", "--tags")
        refused.expectPushRefused("tag/annotated")
        let fix = try #require(refused.pastedFix)
        #expect(fix.hasPrefix("git tag -d v1.2.1 && git tag -a v1.2.1 -m \"Release v1.2.1\" "), "\(fix)")
        try repo.paste(fix).expectSuccess()
        #expect(try repo.gitOutput("rev-parse", "v1.2.1^{commit}") == release)
        let pushed = try repo.git("push", "origin", "main", "--tags")
        #expect(pushed.status == 0, "\(pushed)")
    }

    /// `git push --follow-tags` of an annotated tag whose commit says another version (scenario 40).
    @Test func aTagWhoseCommitSaysAnotherVersionIsRefusedNamingBoth() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("fix: a", file: "a.txt")
        try repo.releaseCommit("1.2.2")
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "-a", "v1.2.3", "-m", "Release v1.2.3").expectSuccess()
        let refused = try repo.git("push", "--follow-tags", "origin", "main")
        refused.expectPushRefused("tag/manifest-version")
        refused.expectDiagnostic("tag/manifest-version", at: "backend/Cargo.toml:3:11 in commit \(try repo.gitOutput("rev-parse", "--short", "HEAD"))",
                                 message: "says 1.2.2, not 1.2.3", withExcerpt: false)
        #expect(try repo.originRef("main") != (try repo.localRef("main")), "the branch in the same push is refused too")
        // 1.2.2 would skip 1.2.1 (tag/bump-kind): the release commit says 1.2.1, and so does the tag.
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "-d", "v1.2.3").expectSuccess()
        try repo.git("reset", "-q", "--hard", "HEAD~1").expectSuccess()
        try repo.releaseCommit("1.2.1")
        try repo.git("-c", "core.hooksPath=/dev/null", "tag", "-a", "v1.2.1", "-m", "Release v1.2.1").expectSuccess()
        let accepted = try repo.git("push", "--follow-tags", "origin", "main")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.originRef("refs/tags/v1.2.1") != nil)
    }

    @Test func noVerifySkipsTheHook() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.commit("bad", file: "bad.txt")
        let result = try repo.git("push", "--no-verify", "origin", "main")
        #expect(result.status == 0, "\(result)")
    }

    @Test func checkPushReadsTheSameInputFromAScript() throws {
        let repo = try TemporaryRepository.withOrigin()
        let bad = try repo.commit("bad", file: "bad.txt")
        let remote = try #require(try repo.originRef("main"))
        let input = Data("refs/heads/main \(bad) refs/heads/main \(remote)\n".utf8)
        let result = try repo.lockstep(["--format", "json", "check", "push", "origin", repo.origin.path], stdin: input)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.hasPrefix("{\"ok\": false, \"diagnostics\": [{\"rule\": \"commit/header-format\""), "\(result)")
        #expect(result.stdout.contains("\"ref\": \"refs/heads/main\""), "\(result)")
        let empty = try repo.lockstep(["check", "push", "origin"], stdin: Data())
        #expect(empty.status == 0 && empty.stdout.isEmpty, "\(empty)")
        let garbage = try repo.lockstep(["check", "push", "origin"], stdin: Data("nonsense\n".utf8))
        #expect(garbage.status == 2, "\(garbage)")
    }
}
