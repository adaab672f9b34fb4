import Foundation
import Testing

/// Branch rules through pre-push and `lockstep check branch` (RELEASE_PROCESS.md "Hotfix Process",
/// scenario 42), with koprogo's `dev` as develop.
@Suite struct BranchRuleTests {
    @Test func aHotfixFromDevelopIsRefusedAndFromMainAccepted() throws {
        let repo = try TemporaryRepository.withOrigin(develop: "dev", config: "[branch]\ndevelop = \"dev\"\n")
        try repo.git("switch", "-q", "-c", "hotfix/v1.2.1", "dev").expectSuccess()
        try repo.commit("fix: expired sessions", file: "session.txt")
        let refused = try repo.git("push", "origin", "hotfix/v1.2.1")
        refused.expectPushRefused("branch/hotfix-base")
        refused.expectDiagnostic("branch/hotfix-base", at: "refs/heads/hotfix/v1.2.1",
                                 fix: "git rebase --onto main dev hotfix/v1.2.1", message: "feat: unreleased dashboard")
        #expect(!refused.stderr.contains("error[branch/hotfix-fixes-only]"), "develop's feature is hotfix-base's finding only\n\(refused)")

        try repo.git("rebase", "-q", "--onto", "main", "dev", "hotfix/v1.2.1").expectSuccess()
        let accepted = try repo.git("push", "origin", "hotfix/v1.2.1")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.originRef("refs/heads/hotfix/v1.2.1") != nil)
    }

    /// `hotfix-1.2.1` cut from develop: a look-alike name got no hotfix rule and was pushed. It is
    /// refused with the name that brings them, and under that name the hotfix base is judged.
    @Test func aLookAlikeHotfixNameIsRefusedAndRenamed() throws {
        let repo = try TemporaryRepository.withOrigin(develop: "dev", config: "[branch]\ndevelop = \"dev\"\n")
        try repo.git("switch", "-q", "-c", "hotfix-1.2.1", "dev").expectSuccess()
        try repo.commit("fix: expired sessions", file: "session.txt")
        let refused = try repo.git("push", "origin", "hotfix-1.2.1")
        refused.expectPushRefused("branch/name-version")
        let fix = try #require(refused.pastedFix)
        #expect(fix == "git branch -m hotfix-1.2.1 hotfix/v1.2.1", "\(refused)")
        try repo.paste(fix).expectSuccess()
        let renamed = try repo.git("push", "origin", "hotfix/v1.2.1")
        renamed.expectPushRefused("branch/hotfix-base")
    }

    /// A feature committed on the hotfix by mistake and reverted there ships nothing.
    @Test func aFeatureRevertedOnTheHotfixIsNoFinding() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("switch", "-q", "-c", "hotfix/v1.2.1", "main").expectSuccess()
        try repo.commit("feat: sneak in a feature", file: "feature.txt")
        try repo.git("revert", "--no-edit", "HEAD").expectSuccess()
        try repo.commit("fix: expired sessions", file: "session.txt")
        let result = try repo.lockstep("check", "branch")
        #expect(result.status == 0 && !result.stdout.contains("hotfix-fixes-only"), "\(result)")
    }

    @Test func aHotfixCarriesFixesOnlyAndNamesTheNextPatch() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("switch", "-q", "-c", "hotfix/v1.3.0", "main").expectSuccess()
        try repo.commit("feat: sneak in a feature", file: "feature.txt")
        let result = try repo.lockstep("check", "branch")
        #expect(result.status == 1, "\(result)")
        result.expectDiagnostic("branch/hotfix-version", at: "refs/heads/hotfix/v1.3.0", fix: "git branch -m hotfix/v1.3.0 hotfix/v1.2.1")
        #expect(result.stdout.contains("error[branch/hotfix-fixes-only]"), "\(result)")
        #expect(result.stdout.contains("feat: sneak in a feature"), "\(result)")
        // The rename, pasted, gives the name the rule wants.
        #expect(try repo.paste("git branch -m hotfix/v1.3.0 hotfix/v1.2.1").status == 0)
        let renamed = try repo.lockstep("check", "branch")
        #expect(!renamed.stdout.contains("branch/hotfix-version"), "\(renamed)")
    }

    @Test func releaseBranchNamesAndVersions() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("switch", "-q", "-c", "release/1.3.0", "develop").expectSuccess()
        let name = try repo.lockstep("check", "branch", "release/1.3.0")
        name.expectDiagnostic("branch/name-version", at: "refs/heads/release/1.3.0", fix: "git branch -m release/1.3.0 release/v1.3.0")
        try repo.git("switch", "-q", "-c", "release/v1.3.0", "develop").expectSuccess()
        #expect(try repo.lockstep("check", "branch").status == 0, "before the release commit")
        try repo.releaseCommit("1.3.1")
        let wrong = try repo.lockstep("check", "branch")
        wrong.expectDiagnostic("branch/release-version", at: "backend/Cargo.toml:3:11", message: "says 1.3.1")
        try repo.git("reset", "-q", "--hard", "HEAD~1").expectSuccess()
        try repo.releaseCommit("1.3.0")
        #expect(try repo.lockstep("check", "branch").status == 0)
    }

    @Test func allowedPrefixes() throws {
        let repo = try TemporaryRepository.withOrigin(
            develop: "dev", config: "[branch]\ndevelop = \"dev\"\nprefixes = [\"feature/\", \"fix/\", \"refactor/\", \"docs/\", \"chore/\"]\nnames = [\"staging\"]\n")
        for name in ["feature/login", "staging", "dev", "release/v1.3.0"] {
            if try repo.localRef("refs/heads/" + name) == nil { try repo.git("branch", name, "main").expectSuccess() }
            #expect(try repo.lockstep("check", "branch", name).status == 0, "\(name)")
        }
        try repo.git("switch", "-q", "-c", "feat/login", "main").expectSuccess()
        try repo.commit("feat: login", file: "login.txt")
        let refused = try repo.git("push", "origin", "feat/login")
        refused.expectPushRefused("branch/name-prefix")
        #expect(refused.stderr.contains("feature/login"), "the fix suggests the closest prefix\n\(refused)")
    }

    @Test func checkBranchUsages() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("switch", "-q", "--detach").expectSuccess()
        let detached = try repo.lockstep("check", "branch")
        #expect(detached.status == 2, "\(detached)")
        #expect(detached.stdout.contains("HEAD is detached at"), "\(detached)")
        let missing = try repo.lockstep("check", "branch", "nope")
        #expect(missing.status == 2, "\(missing)")
        let json = try repo.lockstep("--format", "json", "check", "branch", "main")
        #expect(json.stdout == "{\"ok\": true, \"diagnostics\": []}\n", "\(json)")
    }

    /// A shallow clone says so instead of passing a hotfix it cannot place (scenario 56).
    @Test func aShallowCloneSaysSoForHotfixAncestry() throws {
        let repo = try TemporaryRepository.withOrigin()
        try repo.git("switch", "-q", "develop").expectSuccess()
        try repo.commit("feat: more unreleased work", file: "more.txt")
        try repo.git("push", "-q", "origin", "develop").expectSuccess()
        let clone = repo.root.appendingPathComponent("shallow")
        try repo.git("clone", "-q", "--depth", "1", "--no-single-branch", "file://" + repo.origin.path, clone.path).expectSuccess()
        try repo.git("switch", "-q", "-c", "hotfix/v1.2.1", "origin/develop", in: clone).expectSuccess()
        try repo.write("fix.txt", "fix\n", in: clone)
        try repo.git("add", "fix.txt", in: clone).expectSuccess()
        try repo.git("commit", "-q", "-m", "fix: urgent", in: clone).expectSuccess()
        let result = try repo.lockstep(["check", "branch"], in: clone)
        #expect(result.status == 3, "\(result)")
        #expect(result.stdout.contains("error[repo/shallow]"), "\(result)")
        #expect(result.stdout.contains("fetch-depth: 0") || result.stdout.contains("--unshallow"), "\(result)")

        // A plain new branch from a --depth 1 clone still pushes: its range stays inside the clone.
        try repo.git("switch", "-q", "-c", "feature/y", "origin/main", in: clone).expectSuccess()
        try repo.write(".git/hooks/pre-push", try Products.installedHook("pre-push"), in: clone)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: clone.appendingPathComponent(".git/hooks/pre-push").path)
        try repo.write("y.txt", "y\n", in: clone)
        try repo.git("add", "y.txt", in: clone).expectSuccess()
        try repo.git("commit", "-q", "-m", "feat: y", in: clone).expectSuccess()
        let pushed = try repo.git(["push", "origin", "HEAD:refs/heads/feature/y"], in: clone)
        #expect(pushed.status == 0, "\(pushed)")
    }
}
