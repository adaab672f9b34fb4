import Foundation
import Testing

/// Which content the pre-commit hook judges: the index being committed (`GIT_INDEX_FILE`), never
/// the work tree nor a stale `.git/index` (HOOKS.md §2.1, §8 scenarios 1–7, 9–10).
@Suite struct PreCommitIndexTests {
    // MARK: git commit <paths> (temporary index next-index-<pid>.lock)

    /// The temporary index is HEAD plus the named paths from the work tree: package.json bumped in
    /// the work tree (even staged) but not named is not in the commit.
    @Test func partialCommitOfCargoTomlIsRefusedThoughTheWorkTreeIsConsistent() throws {
        let repo = try TemporaryRepository.release()
        try repo.recordIndexFile()
        try repo.writeRelease("1.3.0")
        try repo.git("add", ReleaseFiles.packagePath).expectSuccess()
        let head = try repo.headID()

        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3.0", ReleaseFiles.cargoPath)
        #expect(repo.indexFileSeenByHook.contains("next-index-") && repo.indexFileSeenByHook.hasSuffix(".lock"),
                "the scenario is a partial commit: \(repo.indexFileSeenByHook)")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion, fix: "1.3.0")
        refused.expectCommitRefused("version/changelog-section", at: ReleaseFiles.cargoVersion)
        #expect(try repo.headID() == head)
    }

    /// The reverse: the named paths are consistent, the rest of the work tree is not.
    @Test func partialCommitOfConsistentPathsIsAcceptedThoughTheWorkTreeIsNot() throws {
        let repo = try TemporaryRepository.release()
        try repo.recordIndexFile()
        try repo.writeRelease("1.3.0")
        try repo.write("frontend/package-lock.json", ReleaseFiles.packageLock("0.0.1"))   // untracked, never named
        try repo.write("backend/Cargo.lock", "[[package]]\nname = \"api\"\nversion = \"0.9.0\"\n")
        let accepted = try repo.git("commit", "-q", "-m", "chore: prepare release v1.3.0",
                                    ReleaseFiles.cargoPath, ReleaseFiles.packagePath, ReleaseFiles.changelogPath)
        #expect(repo.indexFileSeenByHook.contains("next-index-"), "\(repo.indexFileSeenByHook)")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.commitCount() == 2)
        #expect(try repo.stored(ReleaseFiles.packagePath) == ReleaseFiles.packageJSON("1.3.0"))
        #expect(try repo.stored("backend/Cargo.lock") == nil)
    }

    /// HOOKS.md §8 scenario 1 as written: HEAD has package.json 1.2.0 and Cargo.toml 1.1.0,
    /// Cargo.toml is staged at 1.1.5 and 1.2.0 in the work tree.
    @Test func hooksScenarioOnePartialCommitReadsTheTemporaryIndex() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.1.0"))
        try repo.git("commit", "-q", "--no-verify", "-a", "-m", "chore: history where Cargo.toml lagged").expectSuccess()
        try repo.recordIndexFile()

        try repo.stage(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.1.5"))
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.2.0"))
        let accepted = try repo.git("commit", "-q", "-m", "chore: align Cargo.toml", ReleaseFiles.cargoPath)
        #expect(repo.indexFileSeenByHook.contains("next-index-"), "\(repo.indexFileSeenByHook)")
        #expect(accepted.status == 0, "the temporary index holds 1.2.0, matching package.json\n\(accepted)")
        #expect(try repo.stored(ReleaseFiles.cargoPath) == ReleaseFiles.cargo("1.2.0"))

        // Work tree 1.1.5, staged 1.2.0: the commit takes the work tree's 1.1.5.
        try repo.git("reset", "-q", "--soft", "HEAD~1").expectSuccess()
        try repo.git("reset", "-q", ReleaseFiles.cargoPath).expectSuccess()
        try repo.stage(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.2.0"))
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.1.5"))
        let head = try repo.headID()
        let refused = try repo.git("commit", "-m", "chore: align Cargo.toml", ReleaseFiles.cargoPath)
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion,
                                    message: "frontend/package.json version is 1.2.0, but backend/Cargo.toml says 1.1.5")
        #expect(try repo.headID() == head)
    }

    // MARK: plain git commit (.git/index)

    /// package-lock.json with `count` more packages: over the size whose work tree copy the hook
    /// reads when it is the staged blob (`Repository.workTreeCopy`).
    private static func largeLock(_ version: String, count: Int = 400) -> String {
        let packages = (0..<count).map { ",\n    \"node_modules/dep\($0)\": {\n      \"version\": \"1.0.\($0)\"\n    }" }.joined()
        return ReleaseFiles.packageLock(version).replacingOccurrences(of: "\n    }\n  }\n}", with: "\n    }" + packages + "\n  }\n}")
    }

    /// The work tree's copy of a large file stands in for its blob only when it is that blob:
    /// a copy of the same size with another version is never what is judged.
    @Test func aLargeStagedFileIsJudgedNotItsWorkTreeCopyOfTheSameSize() throws {
        #expect(Self.largeLock("1.2.0").utf8.count > 16384)
        let repo = try TemporaryRepository.release(extraFiles: ["frontend/package-lock.json": Self.largeLock("1.2.0")])
        try repo.writeRelease("1.3.0")
        // Staged long ago: git records the file's size rather than 0 for an entry that may have
        // changed in the second it was staged (racy git), so the hook does look at the copy.
        let lock = repo.path.appendingPathComponent("frontend/package-lock.json").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: lock)
        try repo.git("add", "-A").expectSuccess()
        // Staged at 1.2.0; fixed to 1.3.0 in the work tree only.
        try repo.write("frontend/package-lock.json", Self.largeLock("1.3.0"))
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("version/mirror-match", at: "frontend/package-lock.json:3:14", fix: "1.3.0")
        #expect(try repo.commitCount() == 1)
        // Staged at 1.3.0 (another date, or git, which compares whole seconds, would not look at
        // the file again); broken again in the work tree only.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_100)], ofItemAtPath: lock)
        try repo.git("add", "frontend/package-lock.json").expectSuccess()
        try repo.write("frontend/package-lock.json", Self.largeLock("1.2.0"))
        let accepted = try repo.git("commit", "-q", "-m", "chore: prepare release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.stored("frontend/package-lock.json") == Self.largeLock("1.3.0"))
    }

    @Test func stagedMismatchIsRefusedThoughTheWorkTreeIsConsistent() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3.0")
        try repo.git("add", ReleaseFiles.cargoPath, ReleaseFiles.changelogPath).expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
        #expect(refused.errorRules == ["version/mirror-match"], "\(refused)")
        #expect(try repo.commitCount() == 1)
    }

    @Test func stagedConsistentIsAcceptedThoughTheWorkTreeIsNot() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3.0")
        try repo.git("add", "-A").expectSuccess()
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("9.9.9"))
        try repo.write(ReleaseFiles.cargoPath, "this is not TOML [[[")
        let accepted = try repo.git("commit", "-q", "-m", "chore: prepare release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.stored(ReleaseFiles.packagePath) == ReleaseFiles.packageJSON("1.3.0"))
    }

    // MARK: git commit -a (index.lock)

    @Test func commitAllReadsTheLockedIndexNotTheStaleOne() throws {
        let repo = try TemporaryRepository.release()
        try repo.recordIndexFile()
        // Staged: 1.2.0 everywhere (HEAD). Work tree: a consistent 1.3.0.
        try repo.writeRelease("1.3.0")
        let accepted = try repo.git("commit", "-q", "-a", "-m", "chore: prepare release v1.3.0")
        #expect(repo.indexFileSeenByHook.hasSuffix("/index.lock"), "\(repo.indexFileSeenByHook)")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.stored(ReleaseFiles.cargoPath) == ReleaseFiles.cargo("1.3.0"))
        #expect(try repo.stored(ReleaseFiles.packagePath) == ReleaseFiles.packageJSON("1.3.0"))
    }

    /// `.git/index` holds nothing new: a hook that read it would see no change and pass.
    @Test func commitAllWithOnlyCargoTomlChangedIsRefused() throws {
        let repo = try TemporaryRepository.release()
        try repo.recordIndexFile()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        let refused = try repo.git("commit", "-a", "-m", "chore: prepare release v1.3.0")
        #expect(repo.indexFileSeenByHook.hasSuffix("/index.lock"), "\(repo.indexFileSeenByHook)")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
        refused.expectCommitRefused("version/changelog-section", at: ReleaseFiles.cargoVersion)
        #expect(try repo.commitCount() == 1)
        #expect(try repo.stored(ReleaseFiles.cargoPath, at: "") == ReleaseFiles.cargo("1.2.0"), "the real index is untouched")
    }

    /// `.git/index` holds a mismatch, the work tree (what `-a` commits) does not.
    @Test func commitAllIsAcceptedWhenOnlyTheStaleIndexIsInconsistent() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3.0")
        try repo.git("add", ReleaseFiles.cargoPath).expectSuccess()
        let accepted = try repo.git("commit", "-q", "-a", "-m", "chore: prepare release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.commitCount() == 2)
    }

    // MARK: partially staged files (git add -p, git commit -p)

    @Test func indexContentIsJudgedWhenItDiffersFromTheWorkTree() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3.0")
        try repo.git("add", ReleaseFiles.cargoPath, ReleaseFiles.changelogPath).expectSuccess()
        // The index gets package.json's description change but not its version; the work tree has both.
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.3.0", description: "KoproGo"))
        try repo.stage(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.2.0", description: "KoproGo"))
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion,
                                    message: "frontend/package.json version is 1.2.0")
        #expect(try repo.commitCount() == 1)

        // The other way round: the index has the version, the work tree went back.
        try repo.stage(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.3.0", description: "KoproGo"))
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.2.0", description: "KoproGo"))
        let accepted = try repo.git("commit", "-q", "-m", "chore: prepare release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.stored(ReleaseFiles.packagePath) == ReleaseFiles.packageJSON("1.3.0", description: "KoproGo"))
    }

    /// `git add -p` answering the hunks from a script: the description hunk staged, the version hunk not.
    @Test func addPatchStagingOneHunk() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3.0")
        try repo.git("add", ReleaseFiles.cargoPath, ReleaseFiles.changelogPath).expectSuccess()
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.3.0", description: "KoproGo"))
        try repo.git("add", "-p", ReleaseFiles.packagePath, stdin: Data("n\ny\n".utf8)).expectSuccess()
        #expect(try repo.stored(ReleaseFiles.packagePath, at: "") == ReleaseFiles.packageJSON("1.2.0", description: "KoproGo"),
                "only the description hunk is staged")
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
        #expect(try repo.commitCount() == 1)
    }

    /// `git commit -p` (HOOKS.md §8 scenario 4): the hook sees only the hunks chosen.
    @Test func commitPatchSeesOnlyTheChosenHunk() throws {
        let repo = try TemporaryRepository.release()
        try repo.recordIndexFile()
        try repo.writeRelease("1.3.0")
        try repo.git("add", ReleaseFiles.cargoPath, ReleaseFiles.changelogPath).expectSuccess()
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.3.0", description: "KoproGo"))

        // Version hunk declined, description hunk taken.
        let refused = try repo.git("commit", "-p", "-m", "chore: prepare release v1.3.0", stdin: Data("n\ny\n".utf8))
        #expect(repo.indexFileSeenByHook.hasSuffix("index.lock"), "\(repo.indexFileSeenByHook)")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
        #expect(try repo.commitCount() == 1)

        // Version hunk taken, description hunk declined.
        let accepted = try repo.git("commit", "-q", "-p", "-m", "chore: prepare release v1.3.0", stdin: Data("y\nn\n".utf8))
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.stored(ReleaseFiles.packagePath) == ReleaseFiles.packageJSON("1.3.0"))
    }

    // MARK: git commit -i <paths> (index.lock, staged content of the other paths)

    @Test func commitIncludeSeesTheStagedCargoTomlNotTheWorkTree() throws {
        let repo = try TemporaryRepository.release()
        try repo.recordIndexFile()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.3.0"))
        try repo.git("add", ReleaseFiles.cargoPath, ReleaseFiles.packagePath).expectSuccess()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.4.0"))   // edited, not staged, not named
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog(("1.3.0", "2025-12-01")))
        let accepted = try repo.git("commit", "-q", "-i", ReleaseFiles.changelogPath, "-m", "chore: prepare release v1.3.0")
        #expect(repo.indexFileSeenByHook.hasSuffix("/index.lock"), "\(repo.indexFileSeenByHook)")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.stored(ReleaseFiles.cargoPath) == ReleaseFiles.cargo("1.3.0"))
    }

    @Test func commitIncludeRefusesAStagedCargoBumpWhosePackageJsonIsOnlyInTheWorkTree() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3.0")
        try repo.git("add", ReleaseFiles.cargoPath).expectSuccess()
        let refused = try repo.git("commit", "-i", ReleaseFiles.changelogPath, "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
        #expect(refused.errorRules == ["version/mirror-match"], "the named CHANGELOG.md has its section\n\(refused)")
        #expect(try repo.commitCount() == 1)
    }

    // MARK: a chained hook that restages (koprogo's `git add -u`)

    /// HOOKS.md §6.4 and §8 scenario 7: the previous hook's `git add -u` pulls the unnamed
    /// Cargo.toml bump into a partial commit; Lockstep runs after it and sees the final index.
    @Test func chainedHookRestagingIntoAPartialCommitIsCaught() throws {
        let repo = try TemporaryRepository.release()
        try repo.chainPreCommit("git add -u\n")
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog(("1.3.0", "2025-12-01")))
        let refused = try repo.git("commit", "-m", "docs: changelog for 1.3.0", ReleaseFiles.changelogPath)
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion,
                                    message: "backend/Cargo.toml says 1.3.0")
        #expect(try repo.commitCount() == 1)
    }

    @Test func failingChainedHookStopsTheCommitBeforeLockstep() throws {
        let repo = try TemporaryRepository.release()
        try repo.chainPreCommit("echo 'their lint failed' >&2\nexit 7\n")
        try repo.writeRelease("1.3.0")
        let refused = try repo.git("commit", "-a", "-m", "chore: prepare release v1.3.0")
        #expect(refused.status != 0, "\(refused)")
        #expect(refused.stderr.contains("their lint failed"), "\(refused)")
        #expect(try repo.commitCount() == 1)
    }

    // MARK: where git is run from

    @Test func fromASubdirectoryPathsAreRepositoryRelative() throws {
        let repo = try TemporaryRepository.release()
        let backend = repo.path.appendingPathComponent("backend")
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.git("add", "Cargo.toml", in: backend).expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3.0", in: backend)
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
        refused.expectCommitRefused("version/changelog-section", at: ReleaseFiles.cargoVersion)
        #expect(!refused.stderr.contains("../"), "no path relative to backend/\n\(refused)")
        #expect(try repo.commitCount() == 1)

        try repo.writeRelease("1.3.0")
        let accepted = try repo.git("commit", "-q", "-a", "-m", "chore: prepare release v1.3.0", in: backend)
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.commitCount() == 2)
    }

    @Test func gitDirAndWorkTreeFromAnotherDirectory() throws {
        let repo = try TemporaryRepository.release()
        let elsewhere = repo.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let options = ["--git-dir=\(repo.path.path)/.git", "--work-tree=\(repo.path.path)"]

        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        let refused = try repo.git(options + ["commit", "-a", "-m", "chore: prepare release v1.3.0"], in: elsewhere)
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
        refused.expectCommitRefused("version/changelog-section", at: ReleaseFiles.cargoVersion)
        #expect(!refused.stderr.contains("unimplemented"), "\(refused)")
        #expect(!refused.stderr.contains(repo.path.path + "/frontend"), "paths are repository-relative\n\(refused)")
        #expect(try repo.commitCount() == 1)

        try repo.writeRelease("1.3.0")
        let accepted = try repo.git(options + ["commit", "-q", "-a", "-m", "chore: prepare release v1.3.0"], in: elsewhere)
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.commitCount() == 2)
    }

    @Test func fromALinkedWorktreeTheWorktreesIndexIsRead() throws {
        let repo = try TemporaryRepository.release()
        let worktree = repo.root.appendingPathComponent("wt")
        try repo.git("worktree", "add", "-q", "-b", "release/v1.3.0", worktree.path).expectSuccess()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"), in: worktree)
        let refused = try repo.git("commit", "-a", "-m", "chore: prepare release v1.3.0", in: worktree)
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
        #expect(try repo.commitCount(in: worktree) == 1)

        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.3.0"), in: worktree)
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog(("1.3.0", "2025-12-01")), in: worktree)
        let accepted = try repo.git("commit", "-q", "-a", "-m", "chore: prepare release v1.3.0", in: worktree)
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.commitCount(in: worktree) == 2)
    }
}
