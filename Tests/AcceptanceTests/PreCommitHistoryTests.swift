import Foundation
import Testing

/// Merges into main (pre-merge-commit, and pre-commit after a conflict) and `--amend`
/// (HOOKS.md §2.2, §5, §8 scenarios 11 and 32).
@Suite struct PreCommitHistoryTests {
    /// main moves on, and `release/v1.3.0` holds a bump made with `--no-verify`.
    private func releaseBranch(_ repo: TemporaryRepository, consistent: Bool) throws {
        try repo.git("checkout", "-q", "-b", "release/v1.3.0").expectSuccess()
        if consistent {
            try repo.writeRelease("1.3.0")
        } else {
            try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        }
        try repo.git("commit", "-q", "--no-verify", "-a", "-m", "chore: prepare release v1.3.0").expectSuccess()
        try repo.git("checkout", "-q", "main").expectSuccess()
        try repo.write("docs/guide.md", "# Guide\n")
        try repo.git("add", "-A").expectSuccess()
        try repo.git("commit", "-q", "-m", "docs: add a guide").expectSuccess()
    }

    private func parentCount(_ repo: TemporaryRepository) throws -> Int {
        try repo.gitOutput("rev-list", "--parents", "-n", "1", "HEAD").split(separator: " ").count - 1
    }

    @Test func mergingAReleaseBranchThatBumpedOnlyCargoTomlIsRefused() throws {
        let repo = try TemporaryRepository.release()
        try releaseBranch(repo, consistent: false)
        let head = try repo.headID()

        let refused = try repo.git("merge", "--no-ff", "--no-edit", "release/v1.3.0")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion,
                                    message: "backend/Cargo.toml says 1.3.0")
        refused.expectCommitRefused("version/changelog-section", at: ReleaseFiles.cargoVersion)
        #expect(try repo.headID() == head, "no merge commit")
        #expect(try parentCount(repo) == 1)
        try repo.git("merge", "--abort").expectSuccess()
        #expect(try repo.stored(ReleaseFiles.cargoPath, at: "") == ReleaseFiles.cargo("1.2.0"))
    }

    @Test func mergingAConsistentReleaseBranchIsAccepted() throws {
        let repo = try TemporaryRepository.release()
        try releaseBranch(repo, consistent: true)
        let merged = try repo.git("merge", "-q", "--no-ff", "--no-edit", "release/v1.3.0")
        #expect(merged.status == 0, "\(merged)")
        #expect(try parentCount(repo) == 2, "a merge commit was made")
        #expect(try repo.stored(ReleaseFiles.cargoPath) == ReleaseFiles.cargo("1.3.0"))
        #expect(try repo.stored(ReleaseFiles.packagePath) == ReleaseFiles.packageJSON("1.3.0"))
    }

    /// A conflicted merge is concluded by `git commit`, which runs pre-commit on the merged index.
    @Test func concludingAConflictedMergeIsChecked() throws {
        let repo = try TemporaryRepository.release()
        try repo.git("checkout", "-q", "-b", "release/v1.3.0").expectSuccess()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.write("README.md", "# KoproGo 1.3\n")
        try repo.git("commit", "-q", "--no-verify", "-a", "-m", "chore: prepare release v1.3.0").expectSuccess()
        try repo.git("checkout", "-q", "main").expectSuccess()
        try repo.write("README.md", "# KoproGo (main)\n")
        try repo.git("commit", "-q", "-a", "-m", "docs: rename").expectSuccess()

        let conflicted = try repo.git("merge", "--no-ff", "--no-edit", "release/v1.3.0")
        #expect(conflicted.status != 0, "README.md conflicts\n\(conflicted)")
        try repo.write("README.md", "# KoproGo\n")
        try repo.git("add", "README.md").expectSuccess()
        let head = try repo.headID()
        let refused = try repo.git("commit", "--no-edit")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
        #expect(try repo.headID() == head)
    }

    @Test func amendAddingAVersionBumpWithoutChangelogIsRefused() throws {
        let repo = try TemporaryRepository.release()
        try repo.write("docs/guide.md", "# Guide\n")
        try repo.git("add", "-A").expectSuccess()
        try repo.git("commit", "-q", "-m", "docs: add a guide").expectSuccess()
        let head = try repo.headID()

        try repo.writeRelease("1.3.0", changelogDate: nil)
        let refused = try repo.git("commit", "-a", "--amend", "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("version/changelog-section", at: ReleaseFiles.cargoVersion, message: "1.3.0")
        #expect(try repo.headID() == head, "HEAD was not replaced")

        try repo.writeRelease("1.3.0")
        let accepted = try repo.git("commit", "-q", "-a", "--amend", "-m", "chore: prepare release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.commitCount() == 2)
        #expect(try repo.stored(ReleaseFiles.cargoPath) == ReleaseFiles.cargo("1.3.0"))
    }

    /// HOOKS.md §8 scenario 11: under `--amend` HEAD is the commit being replaced; the commit that
    /// results still bumps 1.2.0 → 1.3.0 against its parent without a changelog section.
    @Test func amendingABumpMadeWithNoVerifyIsJudgedAgainstTheParent() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3.0", changelogDate: nil)
        try repo.git("commit", "-q", "--no-verify", "-a", "-m", "chore: bump").expectSuccess()
        let head = try repo.headID()

        let refused = try repo.git("commit", "--amend", "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("version/changelog-section", at: ReleaseFiles.cargoVersion, message: "1.3.0")
        #expect(try repo.headID() == head, "the amended commit still has no CHANGELOG section for 1.3.0")
    }
}
