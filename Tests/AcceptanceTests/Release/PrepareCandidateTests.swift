import Foundation
import Testing

/// `release prepare` on a release branch that has release candidates: what `auto` means there, and
/// fixes that name the next candidate or the final release, never a version past it.
@Suite struct PrepareCandidateTests {
    /// A branch with v1.3.0-rc.1 tagged on release/v1.3.0, and a fix committed after it.
    private static func candidateWithAFix() throws -> TemporaryRepository {
        let repo = try TemporaryRepository.preparable()
        try repo.git("switch", "-q", "-c", "develop").expectSuccess()
        try repo.lockstep("release", "prepare", "minor", "--pre", "rc", "--branch", "--commit", "--tag", "--date", "2025-12-01")
            .expectSuccess()
        try repo.write("src.txt", "feature X, fixed\n")
        try repo.git("commit", "-q", "--no-verify", "-am", "fix: feature x").expectSuccess()
        return repo
    }

    /// next-version says 1.3.0 on the tagged candidate, and so does `auto` (the documented one-line
    /// release); `auto --pre rc` there is still the candidate again, with nothing to do.
    @Test func autoOnATaggedCandidatePreparesTheFinalRelease() throws {
        let repo = try TemporaryRepository.preparable()
        try repo.lockstep("release", "prepare", "auto", "--pre", "rc", "--commit", "--tag", "--date", "2025-12-01").expectSuccess()
        #expect(try repo.gitOutput("describe", "--tags", "--exact-match") == "v1.3.0-rc.1")
        #expect(try repo.lockstep("next-version").stdout.hasPrefix("1.3.0\n"))
        let again = try repo.lockstep("release", "prepare", "auto", "--pre", "rc", "--dry-run")
        #expect(again.status == 0 && again.stderr.contains("nothing to do"), "\(again)")

        let final = try repo.lockstep("release", "prepare", "auto", "--commit", "--tag", "--date", "2025-12-02")
        #expect(final.status == 0, "\(final)")
        #expect(!final.stderr.contains("nothing to do"), "\(final)")
        #expect(try repo.gitOutput("describe", "--tags", "--exact-match") == "v1.3.0")
        #expect(try repo.stored("CHANGELOG.md")?.contains("## [1.3.0] - 2025-12-02") == true)
        #expect(try repo.lockstep("check", "tag", "v1.3.0").status == 0)
        let rerun = try repo.lockstep("release", "prepare", "auto", "--commit", "--tag")
        #expect(rerun.status == 0 && rerun.stderr.contains("nothing to do"), "\(rerun)")
    }

    /// The candidate that exists asked for again: the fix names rc.2, not 1.3.1 (which would skip
    /// the final 1.3.0); a lower final version is told 1.3.0. Each fix works when pasted.
    @Test func aVersionNotAboveTheCandidateIsToldTheNextCandidateOrItsRelease() throws {
        let repo = try Self.candidateWithAFix()
        let same = try repo.lockstep("release", "prepare", "1.3.0-rc.1")
        #expect(same.status == 1, "\(same)")
        #expect(same.pastedFix == "lockstep release prepare 1.3.0-rc.2", "\(same)")
        let lower = try repo.lockstep("release", "prepare", "1.2.1")
        #expect(lower.status == 1, "\(lower)")
        #expect(lower.pastedFix == "lockstep release prepare 1.3.0", "\(lower)")
        #expect(!lower.stderr.contains("prepare 1.3.0-rc.1`"), "a fix names a released version: \(lower)")

        let pasted = try repo.paste((same.pastedFix ?? "false") + " --commit --tag --date 2025-12-02")
        #expect(pasted.status == 0, "\(pasted)")
        #expect(try repo.gitOutput("describe", "--tags", "--exact-match") == "v1.3.0-rc.2")
        #expect(try repo.lockstep("check", "branch").status == 0)
    }

    /// On release/v1.3.0 another version would be refused by `branch/release-version` at the push:
    /// release prepare refuses it first and names the branch's own release.
    @Test func anotherVersionOnAReleaseBranchIsRefusedBeforeAnythingIsWritten() throws {
        let repo = try Self.candidateWithAFix()
        let state = try repo.state()
        let files = try repo.workTreeFiles()
        for (asked, fix) in [("1.3.1", "lockstep release prepare 1.3.0 --commit --tag"),
                             ("1.4.0-rc.1", "lockstep release prepare 1.3.0 --pre rc --commit --tag")] {
            let refused = try repo.lockstep("release", "prepare", asked, "--commit", "--tag")
            #expect(refused.status == 1 && refused.stderr.contains("HEAD is on release/v1.3.0"), "\(refused)")
            #expect(refused.pastedFix == fix, "\(refused)")
            #expect(try repo.state() == state && (try repo.workTreeFiles()) == files)
        }
        let pasted = try repo.paste("lockstep release prepare 1.3.0 --commit --tag --date 2025-12-02")
        #expect(pasted.status == 0, "\(pasted)")
        #expect(try repo.lockstep("check", "branch").status == 0)
        #expect(try repo.lockstep("check", "tag", "v1.3.0").status == 0)
    }

    /// A hotfix branch named for another version than the patch asked for: renaming it is offered,
    /// and works when pasted.
    @Test func aHotfixBranchNamedForAnotherPatchIsToldToRenameIt() throws {
        let repo = try TemporaryRepository.preparable()
        try repo.git("switch", "-q", "-c", "hotfix/v1.3.1").expectSuccess()
        let refused = try repo.lockstep("release", "prepare", "patch")
        #expect(refused.status == 1 && refused.stderr.contains("HEAD is on hotfix/v1.3.1"), "\(refused)")
        #expect(refused.pastedFix == "git branch -m hotfix/v1.3.1 hotfix/v1.2.1", "\(refused)")
        try repo.paste(refused.pastedFix ?? "false").expectSuccess()
        let prepared = try repo.lockstep("release", "prepare", "patch", "--date", "2025-12-01")
        #expect(prepared.status == 0, "\(prepared)")
    }
}
