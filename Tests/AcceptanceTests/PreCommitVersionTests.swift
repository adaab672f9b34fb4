import Foundation
import Testing

/// The pre-commit hook on version bumps (RELEASE_PROCESS.md "Versioning Strategy": backend/Cargo.toml
/// is the source of truth, frontend/package.json and the lock files follow, a bump comes with its
/// CHANGELOG section).
@Suite struct PreCommitVersionTests {
    @Test func bumpingOnlyCargoTomlIsRefusedAndNothingIsCommitted() throws {
        let repo = try TemporaryRepository.release()
        let head = try repo.headID()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.git("add", ReleaseFiles.cargoPath).expectSuccess()

        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion, fix: "1.3.0",
                                    message: "frontend/package.json version is 1.2.0, but backend/Cargo.toml says 1.3.0")
        refused.expectCommitRefused("version/changelog-section", at: ReleaseFiles.cargoVersion,
                                    fix: "## [1.3.0] - YYYY-MM-DD")
        #expect(refused.errorRules == ["version/changelog-section", "version/mirror-match"], "\(refused)")
        #expect(try repo.headID() == head, "nothing committed")
        #expect(try repo.stored(ReleaseFiles.cargoPath, at: "") == ReleaseFiles.cargo("1.3.0"), "the index is as the user left it")
    }

    @Test func bumpingBothManifestsWithAChangelogSectionIsAccepted() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3.0")
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "chore: prepare release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(accepted.diagnostics.isEmpty, "\(accepted)")
        #expect(try repo.commitCount() == 2)
        #expect(try repo.stored(ReleaseFiles.cargoPath) == ReleaseFiles.cargo("1.3.0"))
        #expect(try repo.stored(ReleaseFiles.packagePath) == ReleaseFiles.packageJSON("1.3.0"))
        #expect(try repo.stored(ReleaseFiles.changelogPath)?.contains("## [1.3.0] - 2025-12-01") == true)
    }

    @Test func bumpingBothManifestsWithoutAChangelogSectionIsRefused() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3.0", changelogDate: nil)
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("version/changelog-section", at: ReleaseFiles.cargoVersion, fix: "CHANGELOG.md",
                                    message: "1.3.0")
        #expect(refused.errorRules == ["version/changelog-section"], "\(refused)")
        #expect(try repo.commitCount() == 1)
    }

    /// `[workspace.package] version` in the root Cargo.toml, `version.workspace = true` in the crate.
    @Test func workspaceVersionIsReadFromTheRootCargoToml() throws {
        let repo = try TemporaryRepository.release()
        let root = { (version: String) in "[workspace]\nmembers = [\"backend\"]\n\n[workspace.package]\nversion = \"\(version)\"\n" }
        try repo.write("Cargo.toml", root("1.2.0"))
        try repo.write(ReleaseFiles.cargoPath, "[package]\nname = \"api\"\nversion.workspace = true\nedition = \"2021\"\n")
        try repo.git("add", "-A").expectSuccess()
        let converted = try repo.git("commit", "-q", "-m", "build: move the version to the workspace")
        #expect(converted.status == 0, "same version, another place: nothing to object to\n\(converted)")

        try repo.write("Cargo.toml", root("1.3.0"))
        try repo.git("add", "Cargo.toml").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion, fix: "1.3.0",
                                    message: "Cargo.toml says 1.3.0")
        refused.expectCommitRefused("version/changelog-section", at: "Cargo.toml:5:11", message: "1.3.0")
        #expect(try repo.commitCount() == 2)

        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.3.0"))
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog(("1.3.0", "2025-12-01")))
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "chore: prepare release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.stored("Cargo.toml") == root("1.3.0"))
    }

    @Test func packageLockRootEntryMustMatch() throws {
        let repo = try TemporaryRepository.release(extraFiles: ["frontend/package-lock.json": ReleaseFiles.packageLock("1.2.0")])
        try repo.writeRelease("1.3.0")
        try repo.write("frontend/package-lock.json", ReleaseFiles.packageLock("1.3.0", root: "1.2.0"))
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("version/mirror-match", at: "frontend/package-lock.json:9:18", fix: "1.3.0",
                                    message: "packages[\"\"].version is 1.2.0")
        #expect(refused.errorRules == ["version/mirror-match"], "\(refused)")
        #expect(try repo.commitCount() == 1)

        try repo.write("frontend/package-lock.json", ReleaseFiles.packageLock("1.3.0"))
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "chore: prepare release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.commitCount() == 2)
    }

    @Test func packageLockTopLevelVersionMustMatch() throws {
        let repo = try TemporaryRepository.release(extraFiles: ["frontend/package-lock.json": ReleaseFiles.packageLock("1.2.0")])
        try repo.writeRelease("1.3.0")
        try repo.write("frontend/package-lock.json", ReleaseFiles.packageLock("1.2.0", root: "1.3.0"))
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("version/mirror-match", at: "frontend/package-lock.json:3:14", fix: "1.3.0")
        #expect(try repo.commitCount() == 1)
    }

    /// Mirrors are checked when present: a backend-only repository bumps Cargo.toml alone.
    @Test func withoutPackageJsonTheCargoBumpAloneIsAccepted() throws {
        let repo = try TemporaryRepository.release(packageJSON: false)
        try repo.writeRelease("1.3.0", packageJSON: false)
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "chore: prepare release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.commitCount() == 2)

        // The changelog section is still required.
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.4.0"))
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.4.0")
        refused.expectCommitRefused("version/changelog-section", at: ReleaseFiles.cargoVersion)
        #expect(try repo.commitCount() == 2)
    }

    /// No source of truth at all: the version rules have nothing to compare and stay silent.
    @Test func withoutCargoTomlVersionRulesAreSilent() throws {
        let repo = try TemporaryRepository.release(cargo: false)
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("7.0.0"))
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "chore: bump the frontend", environment: probe())
        #expect(accepted.status == 0, "\(accepted)")
        #expect(accepted.diagnostics.isEmpty, "\(accepted)")
        #expect(try repo.commitCount() == 2)
    }

    @Test func versionGoingDownIsRefused() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.1.0"))
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.1.0"))
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: downgrade")
        refused.expectCommitRefused("version/no-decrease", at: ReleaseFiles.cargoVersion, message: "1.2.0")
        #expect(try repo.commitCount() == 1)
    }

    /// Only release tags in the baseline's history count: a hotfix to 1.2.1 while `v1.3.0-rc.1`
    /// waits on an unmerged release branch is fine, an older release commit still checks clean
    /// after later releases, and a version below a tag in the history is refused.
    @Test func releaseTagsCountOnlyInTheBaselinesHistory() throws {
        let repo = try TemporaryRepository.release()
        try repo.git("tag", "-a", "v1.2.0", "-m", "Release v1.2.0").expectSuccess()
        try repo.git("checkout", "-q", "-b", "release/v1.3.0").expectSuccess()
        try repo.writeRelease("1.3.0-rc.1")
        try repo.git("commit", "-q", "-am", "chore: prepare release v1.3.0-rc.1").expectSuccess()
        try repo.git("tag", "-a", "v1.3.0-rc.1", "-m", "Release v1.3.0-rc.1").expectSuccess()
        try repo.git("checkout", "-q", "-b", "hotfix/v1.2.1", "main").expectSuccess()
        try repo.writeRelease("1.2.1")
        let hotfix = try repo.git("commit", "-am", "fix: hotfix v1.2.1")
        #expect(hotfix.status == 0, "v1.3.0-rc.1 is not in the hotfix's history\n\(hotfix)")
        let old = try repo.lockstep("check", "tree", "--rev", "main")
        #expect(old.status == 0, "\(old)")

        try repo.git("checkout", "-q", "release/v1.3.0").expectSuccess()
        try repo.writeRelease("1.2.5")
        try repo.git("add", "-A").expectSuccess()
        let below = try repo.lockstep("check", "versions", "--index")
        #expect(below.status == 1, "\(below)")
        #expect(below.output.contains("lower than the release tag v1.3.0-rc.1"), "\(below)")
        #expect(below.output.contains("goes down from 1.3.0-rc.1 (HEAD) to 1.2.5"), "\(below)")
        let named = try repo.lockstep("check", "versions", "--rev", "HEAD")
        #expect(named.status == 0, "\(named)")
    }

    @Test func nonSemVerSourceIsRefused() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3")
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3")
        refused.expectCommitRefused("version/source-semver", at: ReleaseFiles.cargoVersion, fix: "write \"1.3.0\": MAJOR.MINOR.PATCH")
        #expect(try repo.commitCount() == 1)
    }

    /// The hotfix fast track: `LOCKSTEP_SKIP=version/changelog-section` lets a bump through once,
    /// and says so; the other rules still run.
    @Test func skipLetsAHotfixBumpThroughAndSaysSo() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.2.1", changelogDate: nil)
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "fix: hotfix 1.2.1",
                                    environment: ["LOCKSTEP_SKIP": "version/changelog-section"])
        #expect(accepted.status == 0, "\(accepted)")
        #expect(accepted.stderr.contains("version/changelog-section") && accepted.stderr.lowercased().contains("skip"),
                "a skip is never silent\n\(accepted)")
        #expect(try repo.commitCount() == 2)
        #expect(try repo.stored(ReleaseFiles.cargoPath) == ReleaseFiles.cargo("1.2.1"))

        // The skip covers that rule only: a forgotten package.json is still caught.
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.2.2"))
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "fix: hotfix 1.2.2", environment: ["LOCKSTEP_SKIP": "version/changelog-section"])
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
        #expect(!refused.errorRules.contains("version/changelog-section"), "\(refused)")
        #expect(try repo.commitCount() == 2)
    }

    /// `--no-verify` is git's escape hatch and skips the hook.
    @Test func noVerifyBypassesTheHook() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.git("add", "-A").expectSuccess()
        let result = try repo.git("commit", "-q", "--no-verify", "-m", "chore: bump")
        #expect(result.status == 0, "\(result)")
        #expect(result.diagnostics.isEmpty, "\(result)")
        #expect(try repo.commitCount() == 2)
    }
}
