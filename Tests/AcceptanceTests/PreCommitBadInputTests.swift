import Foundation
import Testing

/// Malformed, binary, huge, linked and missing release files staged for a commit (DESIGN.md
/// "Bad input": a clear diagnostic with the file and line, never a crash, never a hang).
@Suite struct PreCommitBadInputTests {
    /// Stages `data` at `path` (in the work tree too) and commits; returns git's result and
    /// Lockstep's own exit status on the same index.
    private func commitStaged(_ repo: TemporaryRepository, _ path: String, _ data: Data,
                              message: String = "chore: edit") throws -> (commit: RunResult, check: RunResult) {
        try repo.write(path, data)
        try repo.git("add", "-A").expectSuccess()
        let check = try repo.lockstep("check", "tree", "--index")
        let commit = try repo.git("commit", "-m", message)
        return (commit, check)
    }

    @Test func malformedCargoTomlNamesTheLine() throws {
        let repo = try TemporaryRepository.release()
        let (commit, check) = try commitStaged(repo, ReleaseFiles.cargoPath,
                                               Data("[package]\nname = \"api\"\nversion = \"1.3.0\nedition = \"2021\"\n".utf8))
        commit.expectCommitRefused("version/manifest-readable", at: "backend/Cargo.toml:3:17", fix: "syntax",
                                   message: "not valid TOML")
        #expect(check.status == 1, "a rule failed: exit 1\n\(check)")
        check.expectNoCrash()
        #expect(try repo.commitCount() == 1)
    }

    @Test func malformedPackageJsonNamesTheLine() throws {
        let repo = try TemporaryRepository.release()
        let broken = ReleaseFiles.packageJSON("1.2.0").replacingOccurrences(of: "\"KoproGo web\"", with: "\"KoproGo web\",")
        let (commit, check) = try commitStaged(repo, ReleaseFiles.packagePath, Data(broken.utf8))
        commit.expectCommitRefused("version/manifest-readable", at: "frontend/package.json:12:31", message: "not valid JSON")
        #expect(check.status == 1, "\(check)")
        #expect(try repo.commitCount() == 1)
    }

    @Test func packageJsonWithoutVersionIsReported() throws {
        let repo = try TemporaryRepository.release()
        let (commit, check) = try commitStaged(repo, ReleaseFiles.packagePath, Data("{\n  \"name\": \"web\"\n}\n".utf8))
        commit.expectCommitRefused("version/manifest-readable", at: "frontend/package.json:1:1", fix: "\"version\"")
        #expect(check.status == 1, "\(check)")
    }

    @Test func garbageBytesAsCargoToml() throws {
        let repo = try TemporaryRepository.release()
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes[0] = 0xC7   // never valid UTF-8 on its own
        bytes[1] = 0x00
        let (commit, check) = try commitStaged(repo, ReleaseFiles.cargoPath, Data(bytes))
        #expect(commit.status != 0, "\(commit)")
        #expect(commit.errorRules.contains("version/manifest-readable"), "\(commit)")
        #expect(commit.diagnostics.contains { $0.location?.hasPrefix("backend/Cargo.toml:1:") == true }, "\(commit)")
        commit.expectNoCrash()
        #expect(check.status == 1, "\(check)")
        check.expectNoCrash()
        #expect(try repo.commitCount() == 1)
    }

    @Test func nulByteInPackageJson() throws {
        let repo = try TemporaryRepository.release()
        let (commit, check) = try commitStaged(repo, ReleaseFiles.packagePath,
                                               Data("{\n  \"name\": \"web\",\0\n  \"version\": \"1.2.0\"\n}\n".utf8))
        commit.expectCommitRefused("version/manifest-readable", at: "frontend/package.json:2:17")
        #expect(check.status == 1, "\(check)")
    }

    @Test func invalidUTF8InCargoToml() throws {
        let repo = try TemporaryRepository.release()
        var bytes = Array("[package]\nname = \"api".utf8)
        bytes += [0xFF]
        bytes += Array("\"\nversion = \"1.2.0\"\n".utf8)
        let (commit, check) = try commitStaged(repo, ReleaseFiles.cargoPath, Data(bytes))
        commit.expectCommitRefused("version/manifest-readable", at: "backend/Cargo.toml:2:12", message: "utf-8")
        #expect(check.status == 1, "\(check)")
    }

    @Test func invalidUTF8InTheChangelog() throws {
        let repo = try TemporaryRepository.release()
        var bytes = Array(ReleaseFiles.changelog().utf8)
        bytes += Array("- Caf".utf8) + [0xE9] + Array(" (#2)\n".utf8)
        let (commit, check) = try commitStaged(repo, ReleaseFiles.changelogPath, Data(bytes))
        #expect(commit.status != 0, "\(commit)")
        commit.expectDiagnostic("changelog/readable", at: "CHANGELOG.md:8:6", message: "UTF-8")
        commit.expectNoCrash()
        #expect(check.status == 1, "\(check)")
    }

    /// npm writes no BOM, but Windows editors do; npm reads such a file, and so must Lockstep.
    @Test func packageJsonWithAByteOrderMarkPasses() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3.0")
        try repo.write(ReleaseFiles.packagePath, Data([0xEF, 0xBB, 0xBF] + Array(ReleaseFiles.packageJSON("1.3.0").utf8)))
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "chore: prepare release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.commitCount() == 2)

        // And a mismatch in such a file is still found, at the right column.
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.4.0"))
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog(("1.4.0", "2025-12-15"), ("1.3.0", "2025-12-01")))
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.4.0")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
    }

    @Test func crlfManifestsAndChangelogPass() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0", lineEnding: "\r\n"))
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.3.0", lineEnding: "\r\n"))
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog(("1.3.0", "2025-12-01"), lineEnding: "\r\n"))
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "chore: prepare release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.stored(ReleaseFiles.cargoPath) == ReleaseFiles.cargo("1.3.0", lineEnding: "\r\n"), "stored as written")

        // A CRLF mismatch is found on the right line, without a stray carriage return in the excerpt.
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.4.0", lineEnding: "\r\n"))
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.4.0")
        let found = refused.diagnostics.first { $0.rule == "version/mirror-match" }
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
        #expect(found?.excerpt == "  \"version\": \"1.3.0\",", "\(refused)")
        #expect(!refused.stderr.contains("\r"), "\(refused)")
    }

    /// `core.autocrlf=true`: CRLF in the work tree, LF in the index; both read the same.
    @Test func autocrlfRepository() throws {
        let repo = try TemporaryRepository.release()
        try repo.git("config", "core.autocrlf", "true").expectSuccess()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0", lineEnding: "\r\n"))
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.3.0", lineEnding: "\r\n"))
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog(("1.3.0", "2025-12-01"), lineEnding: "\r\n"))
        let workTree = try repo.lockstep("check", "tree")
        #expect(workTree.status == 0, "\(workTree)")
        try repo.git("add", "-A").expectSuccess()
        #expect(try repo.stored(ReleaseFiles.cargoPath, at: "") == ReleaseFiles.cargo("1.3.0"), "git normalised to LF")
        let accepted = try repo.git("commit", "-q", "-m", "chore: prepare release v1.3.0")
        #expect(accepted.status == 0, "\(accepted)")

        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.4.0", lineEnding: "\r\n"))
        let refused = try repo.git("commit", "-a", "-m", "chore: prepare release v1.4.0")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion)
        refused.expectCommitRefused("version/changelog-section", at: ReleaseFiles.cargoVersion)
    }

    /// A committed file can hold escape sequences; echoing them would let a file drive the
    /// reader's terminal (clear it, retitle it, hide lines). Lockstep must not print them raw.
    @Test func controlCharactersFromAManifestAreNotEchoedRaw() throws {
        let repo = try TemporaryRepository.release()
        let (commit, check) = try commitStaged(repo, ReleaseFiles.cargoPath,
                                               Data("[package]\nname = \"api\"\nversion = \"1.3.0\u{1B}]0;owned\u{07}\u{1B}[2J\"\n".utf8))
        #expect(commit.status != 0, "\(commit)")
        #expect(commit.errorRules.contains("version/manifest-readable"), "\(commit)")
        #expect(!commit.stderrData.contains(0x1B), "an ESC byte from the file reached the terminal\n\(commit)")
        #expect(!check.stdoutData.contains(0x1B), "an ESC byte from the file reached the terminal\n\(check)")
        commit.expectNoColour()
    }

    // MARK: size and binary

    /// A 50 MB CHANGELOG.md with a consistent bump: a clear diagnostic (too large) or a verdict,
    /// in bounded time — and never the claim that the file is missing.
    @Test func fiftyMegabyteChangelog() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.3.0"))
        var text = "# Changelog\n\n## [Unreleased]\n\n## [1.3.0] - 2025-12-01\n### Added\n"
        let entry = "- Entry " + String(repeating: "x", count: 92) + "\n"
        text += String(repeating: entry, count: 50 * 1024 * 1024 / entry.utf8.count)
        text += "\n## [1.2.0] - 2025-11-10\n### Added\n- First release of the API (#1)\n"
        try repo.write(ReleaseFiles.changelogPath, text)
        try repo.git("add", "-A").expectSuccess()

        let commit = try repo.git(["commit", "-m", "chore: prepare release v1.3.0"], environment: [:])
        commit.expectNoCrash()
        if commit.status != 0 {
            commit.expectDiagnostic("changelog/readable", at: "CHANGELOG.md")
            let readable = commit.diagnostics.first { $0.rule == "changelog/readable" }
            #expect(readable.map { $0.message.contains("bytes") || $0.message.lowercased().contains("large") } == true,
                    "the diagnostic says the file is too large\n\(commit)")
        }
        #expect(!commit.diagnostics.contains { $0.message.contains("CHANGELOG.md is missing") },
                "CHANGELOG.md is staged: it is too large, not missing\n\(commit)")
        let check = try repo.lockstep("check", "tree", "--index")
        check.expectNoCrash()
        #expect(!check.output.contains("is missing"), "\(check)")
    }

    @Test func fiftyMegabyteCargoTomlIsReportedNotRead() throws {
        let repo = try TemporaryRepository.release()
        let text = ReleaseFiles.cargo("1.2.0") + String(repeating: "# padding " + String(repeating: "p", count: 90) + "\n", count: 500_000)
        let (commit, check) = try commitStaged(repo, ReleaseFiles.cargoPath, Data(text.utf8))
        commit.expectCommitRefused("version/manifest-readable", at: "backend/Cargo.toml")
        #expect(check.status == 1, "\(check)")
    }

    @Test func binaryFileAsPackageJson() throws {
        let repo = try TemporaryRepository.release()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]
        let (commit, check) = try commitStaged(repo, ReleaseFiles.packagePath, Data(png + png + png))
        commit.expectCommitRefused("version/manifest-readable", at: "frontend/package.json:1:1")
        #expect(check.status == 1, "\(check)")
        check.expectNoCrash()
        #expect(try repo.commitCount() == 1)
    }

    // MARK: links

    /// A symlinked manifest (mode 120000) pointing outside the repository at a file that would
    /// pass: reported as a link, its target never read.
    @Test func symlinkedCargoTomlIsReportedNotFollowed() throws {
        let repo = try TemporaryRepository.release()
        let outside = try repo.write("outside/Cargo.toml", ReleaseFiles.cargo("1.2.0"), in: repo.root)
        let link = repo.path.appendingPathComponent(ReleaseFiles.cargoPath)
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: outside.path)
        try repo.git("add", "-A").expectSuccess()
        #expect(try repo.gitOutput("ls-files", "-s", ReleaseFiles.cargoPath).hasPrefix("120000"))

        let refused = try repo.git("commit", "-m", "chore: share the manifest")
        refused.expectCommitRefused("version/manifest-readable", at: ReleaseFiles.cargoPath, message: "symbolic link")
        #expect(try repo.commitCount() == 1)

        let check = try repo.lockstep("check", "tree")
        #expect(check.status == 1, "the work tree check does not follow it either\n\(check)")
        check.expectDiagnostic("version/manifest-readable", at: ReleaseFiles.cargoPath, message: "symbolic link")
    }

    @Test func symlinkedChangelogIsReportedNotFollowed() throws {
        let repo = try TemporaryRepository.release()
        let outside = try repo.write("outside/CHANGELOG.md", ReleaseFiles.changelog(), in: repo.root)
        let link = repo.path.appendingPathComponent(ReleaseFiles.changelogPath)
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: outside.path)
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "docs: link the changelog")
        refused.expectCommitRefused("changelog/readable", at: ReleaseFiles.changelogPath, message: "symbolic link")
        #expect(try repo.commitCount() == 1)
    }

    /// A bump whose CHANGELOG.md is a link: the link is reported, and nothing claims the file is missing.
    @Test func bumpWithASymlinkedChangelogDoesNotCallItMissing() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3.0")
        let outside = try repo.write("outside/CHANGELOG.md", ReleaseFiles.changelog(("1.3.0", "2025-12-01")), in: repo.root)
        let link = repo.path.appendingPathComponent(ReleaseFiles.changelogPath)
        try FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: outside.path)
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: prepare release v1.3.0")
        refused.expectCommitRefused("changelog/readable", at: ReleaseFiles.changelogPath, message: "symbolic link")
        #expect(!refused.diagnostics.contains { $0.message.contains("is missing") },
                "CHANGELOG.md is a link, not missing\n\(refused)")
    }

    /// HOOKS.md §8 scenario 15: Cargo.toml staged as a gitlink (mode 160000).
    @Test func cargoTomlAsASubmoduleIsReported() throws {
        let repo = try TemporaryRepository.release()
        let head = try #require(try repo.headID())
        try repo.git("rm", "-q", "--cached", ReleaseFiles.cargoPath).expectSuccess()
        try repo.git("update-index", "--add", "--cacheinfo", "160000,\(head),\(ReleaseFiles.cargoPath)").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: vendor the backend")
        refused.expectCommitRefused("version/manifest-readable", at: ReleaseFiles.cargoPath, message: "submodule")
        #expect(try repo.headID() == head)
        let check = try repo.lockstep("check", "tree", "--index")
        #expect(check.status == 1, "\(check)")
        check.expectNoCrash()
    }

    /// Removing the source of truth from the index: no crash, and either a pass or a diagnostic naming it.
    @Test func removingCargoTomlFromTheIndex() throws {
        let repo = try TemporaryRepository.release()
        try repo.git("rm", "-q", "--cached", ReleaseFiles.cargoPath).expectSuccess()
        let result = try repo.git("commit", "-q", "-m", "chore: stop tracking Cargo.toml")
        result.expectNoCrash()
        if result.status != 0 {
            #expect(result.diagnostics.contains { $0.location?.hasPrefix(ReleaseFiles.cargoPath) == true || $0.message.contains(ReleaseFiles.cargoPath) },
                    "a refusal names backend/Cargo.toml\n\(result)")
        }
    }

    // MARK: an unborn branch

    @Test func firstCommitWithAConsistentLayoutPasses() throws {
        let repo = try TemporaryRepository(hook: true, initialCommit: false)
        try repo.installHook("pre-commit")
        try repo.writeRelease("1.2.0", changelogDate: nil)
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog())
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "chore: start")
        #expect(accepted.status == 0, "\(accepted)")
        accepted.expectNoCrash()
        #expect(try repo.commitCount() == 1)
    }

    @Test func firstCommitWithAMismatchIsRefused() throws {
        let repo = try TemporaryRepository(hook: true, initialCommit: false)
        try repo.installHook("pre-commit")
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.2.0"))
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.1.0"))
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog())
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: start")
        refused.expectCommitRefused("version/mirror-match", at: ReleaseFiles.packageVersion, fix: "1.2.0")
        #expect(try repo.headID() == nil, "still unborn")
        let check = try repo.lockstep("check", "tree", "--index")
        #expect(check.status == 1, "\(check)")
        check.expectNoCrash()
    }

    @Test func firstCommitWithoutReleaseFilesPasses() throws {
        let repo = try TemporaryRepository(hook: true, initialCommit: false)
        try repo.installHook("pre-commit")
        try repo.write("README.md", "# x\n")
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "chore: start")
        #expect(accepted.status == 0, "\(accepted)")
        let check = try repo.lockstep("check", "tree")
        #expect(check.status == 0, "\(check)")
    }
}
