import Foundation
import Testing

/// `lockstep check tree|versions|changelog [--index|--rev REV|--worktree] [--all]`: the hook's
/// checks from the command line and CI (DESIGN.md "Command line", HOOKS.md §4, §8 scenarios 12–13).
@Suite struct TreeCommandTests {
    @Test func workTreeIsComparedWithHead() throws {
        let repo = try TemporaryRepository.release()
        let clean = try repo.lockstep("check", "tree")
        #expect(clean.status == 0, "\(clean)")
        #expect(clean.diagnostics.isEmpty, "\(clean)")

        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        for arguments in [["check", "tree"], ["check", "tree", "--worktree"]] {
            let result = try repo.lockstep(arguments)
            #expect(result.status == 1, "\(result)")
            result.expectDiagnostic("version/mirror-match", at: ReleaseFiles.packageVersion, fix: "1.3.0")
            result.expectDiagnostic("version/changelog-section", at: ReleaseFiles.cargoVersion)
            #expect(result.stdout.contains("error[version/mirror-match]"), "the command line prints on stdout\n\(result)")
            #expect(!result.output.contains("commit rejected"), "no hook advice from the command line\n\(result)")
            result.expectNoColour()
        }
    }

    @Test func indexAndWorkTreeAreDistinctSources() throws {
        let repo = try TemporaryRepository.release()
        try repo.writeRelease("1.3.0")
        try repo.git("add", "-A").expectSuccess()
        try repo.write(ReleaseFiles.packagePath, ReleaseFiles.packageJSON("1.4.0"))
        let index = try repo.lockstep("check", "tree", "--index")
        #expect(index.status == 0, "the index is consistent\n\(index)")
        let workTree = try repo.lockstep("check", "tree")
        #expect(workTree.status == 1, "the work tree is not\n\(workTree)")
        workTree.expectDiagnostic("version/mirror-match", at: ReleaseFiles.packageVersion, message: "1.4.0")
    }

    @Test func indexHonoursGitIndexFile() throws {
        let repo = try TemporaryRepository.release()
        let other = repo.root.appendingPathComponent("other-index").path
        try repo.git(["read-tree", "HEAD"], environment: ["GIT_INDEX_FILE": other]).expectSuccess()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.git(["add", ReleaseFiles.cargoPath], environment: ["GIT_INDEX_FILE": other]).expectSuccess()
        let plain = try repo.lockstep("check", "tree", "--index")
        #expect(plain.status == 0, ".git/index is untouched\n\(plain)")
        let named = try repo.lockstep(["check", "tree", "--index"], environment: ["GIT_INDEX_FILE": other])
        #expect(named.status == 1, "\(named)")
        named.expectDiagnostic("version/mirror-match", at: ReleaseFiles.packageVersion)
        // A relative value is relative to the top of the work tree, where git reads it.
        let relative = try repo.lockstep(["check", "tree", "--index"], in: repo.path.appendingPathComponent("backend"),
                                         environment: ["GIT_INDEX_FILE": "../other-index"])
        #expect(relative.status == 1, "\(relative)")
    }

    @Test func revisionIsComparedWithItsParent() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.git("commit", "-q", "--no-verify", "-a", "-m", "chore: bump").expectSuccess()
        try repo.write("docs/guide.md", "# Guide\n")
        try repo.git("add", "-A").expectSuccess()
        try repo.git("commit", "-q", "--no-verify", "-m", "docs: guide").expectSuccess()

        let bump = try repo.lockstep("check", "tree", "--rev", "HEAD~1")
        #expect(bump.status == 1, "\(bump)")
        bump.expectDiagnostic("version/mirror-match", at: ReleaseFiles.packageVersion)
        bump.expectDiagnostic("version/changelog-section", at: ReleaseFiles.cargoVersion)

        let later = try repo.lockstep("check", "tree", "--rev", "HEAD")
        #expect(later.status == 0, "HEAD changes nothing watched against its parent\n\(later)")
        let laterAll = try repo.lockstep("check", "tree", "--rev", "HEAD", "--all")
        #expect(laterAll.status == 1, "--all judges the whole tree\n\(laterAll)")
        laterAll.expectDiagnostic("version/mirror-match", at: ReleaseFiles.packageVersion)

        let root = try repo.lockstep("check", "tree", "--rev", "HEAD~2")
        #expect(root.status == 0, "the root commit has no parent and a consistent layout\n\(root)")
    }

    /// `--all` reports everything, so never less than the default: a bump without its changelog
    /// section is a finding of the tree, whatever it is compared with.
    @Test func allReportsAtLeastWhatTheDefaultReports() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        let plain = try repo.lockstep("check", "tree")
        let all = try repo.lockstep("check", "tree", "--all")
        #expect(all.status == 1, "\(all)")
        for rule in plain.errorRules {
            #expect(all.errorRules.contains(rule), "`check tree` reports \(rule), `check tree --all` does not\n\(plain)\n\(all)")
        }
    }

    @Test func unknownRevisionIsAUsageError() throws {
        let repo = try TemporaryRepository.release()
        let result = try repo.lockstep("check", "tree", "--rev", "nonexistent")
        #expect(result.status == 2, "\(result)")
        #expect(result.output.contains("nonexistent"), "\(result)")
        result.expectNoCrash()
    }

    /// `lockstep-hook` reads these commands without the argument parser; every spelling the CLI
    /// takes gives the same answer, and what it does not read goes on to `lockstep-cli`.
    @Test func everySpellingOfTheOptionsGivesTheSameAnswer() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.git("add", "-A").expectSuccess()
        try repo.write(".lockstep.toml", "# the defaults\n")
        let top = repo.path.path
        let spellings: [[String]] = [
            ["check", "versions", "--index", "--format", "json"],
            ["check", "versions", "--format=json", "--index"],
            ["--format", "json", "check", "versions", "--index"],
            ["-C", top, "--format=json", "check", "versions", "--index"],
            ["check", "versions", "--index", "-C", top, "--format", "json", "--config", ".lockstep.toml"],
        ]
        let answers = try spellings.map { try repo.lockstep($0, in: repo.path.appendingPathComponent("backend")) }
        for (spelling, answer) in zip(spellings, answers) {
            #expect(answer.status == 1, "\(spelling)\n\(answer)")
            #expect(answer.stdout == answers[0].stdout, "\(spelling)\n\(answer)")
            #expect(answer.stdout.hasPrefix("{"), "JSON on stdout for \(spelling)\n\(answer)")
        }
        // Help and usage errors come from the argument parser, with its exit codes.
        let help = try repo.lockstep("check", "changelog", "--help")
        #expect(help.status == 0 && help.stdout.contains("--all"), "\(help)")
        for wrong in [["check", "changelog", "--bogus"], ["check", "tree", "--format", "xml"], ["check", "tree", "--config="],
                      ["--config=", "check", "tree"], ["check", "tree", "--rev="], ["hook", "pre-commit", "check"],
                      ["check", "tree", "extra"], ["-C", "/nonexistent/dir", "check", "tree"]] {
            let result = try repo.lockstep(wrong)
            #expect(result.status == 2, "\(wrong)\n\(result)")
            result.expectNoCrash()
        }
    }

    @Test func sourcesAreExclusive() throws {
        let repo = try TemporaryRepository.release()
        let result = try repo.lockstep("check", "tree", "--index", "--rev", "HEAD")
        #expect(result.status == 2, "\(result)")
    }

    @Test func versionsAndChangelogCheckOnlyTheirArea() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.write(ReleaseFiles.changelogPath, ReleaseFiles.changelog() + "## [1.1.0] - 2025-02-30\n### Fixed\n- Z\n")
        try repo.write(PreCommitAdoptionTests.up, "CREATE TABLE units ();\n")

        let versions = try repo.lockstep("check", "versions")
        #expect(versions.status == 1, "\(versions)")
        #expect(!versions.errorRules.isEmpty && versions.errorRules.allSatisfy { $0.hasPrefix("version/") }, "\(versions)")
        versions.expectDiagnostic("version/mirror-match", at: ReleaseFiles.packageVersion)

        let changelog = try repo.lockstep("check", "changelog")
        #expect(changelog.status == 1, "\(changelog)")
        #expect(changelog.errorRules == ["changelog/date"], "\(changelog)")
        changelog.expectDiagnostic("changelog/date", at: "CHANGELOG.md:8:14")

        let tree = try repo.lockstep("check", "tree")
        #expect(Set(tree.errorRules).isSuperset(of: ["version/mirror-match", "version/changelog-section",
                                                    "changelog/date", "migration/reversible"]), "\(tree)")
    }

    @Test func jsonOutputCarriesFileAndLine() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        for arguments in [["check", "tree", "--format", "json"], ["--format", "json", "check", "tree"], ["check", "tree", "--format=json"]] {
            let result = try repo.lockstep(arguments)
            #expect(result.status == 1, "\(result)")
            let object = try #require(try? JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any],
                                      "stdout is one JSON object\n\(result)")
            #expect(object["ok"] as? Bool == false)
            let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
            let mirror = try #require(diagnostics.first { $0["rule"] as? String == "version/mirror-match" }, "\(result)")
            #expect(mirror["file"] as? String == ReleaseFiles.packagePath)
            #expect(mirror["line"] as? Int == 3)
            #expect(mirror["column"] as? Int == 14)
            #expect(mirror["severity"] as? String == "error")
            #expect((mirror["fix"] as? String)?.contains("1.3.0") == true)
            let section = try #require(diagnostics.first { $0["rule"] as? String == "version/changelog-section" }, "\(result)")
            #expect(section["file"] as? String == ReleaseFiles.cargoPath)
            #expect(section["line"] as? Int == 3)
        }
        try repo.writeRelease("1.3.0")
        let passing = try repo.lockstep("check", "tree", "--format", "json")
        #expect(passing.status == 0, "\(passing)")
        let object = try #require(try? JSONSerialization.jsonObject(with: passing.stdoutData) as? [String: Any], "\(passing)")
        #expect(object["ok"] as? Bool == true)
        #expect((object["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func githubFormat() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        let result = try repo.lockstep("check", "tree", "--format", "github")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("::error file=frontend/package.json,line=3"), "\(result)")
    }

    @Test func bareRepositoryWithRev() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.git("commit", "-q", "--no-verify", "-a", "-m", "chore: bump").expectSuccess()
        let bare = repo.root.appendingPathComponent("server.git")
        try repo.git("clone", "-q", "--bare", repo.path.path, bare.path).expectSuccess()

        let head = try repo.lockstep(["check", "tree", "--rev", "HEAD"], in: bare)
        #expect(head.status == 1, "\(head)")
        head.expectDiagnostic("version/mirror-match", at: ReleaseFiles.packageVersion)
        let parent = try repo.lockstep(["check", "tree", "--rev", "HEAD~1"], in: bare)
        #expect(parent.status == 0, "\(parent)")
        let viaC = try repo.lockstep(["-C", bare.path, "check", "versions", "--rev", "main"], in: repo.root)
        #expect(viaC.status == 1, "\(viaC)")

        let noWorkTree = try repo.lockstep(["check", "tree"], in: bare)
        #expect(noWorkTree.status == 2, "a bare repository has no work tree to check\n\(noWorkTree)")
        #expect(noWorkTree.output.contains("--rev"), "the fix names --rev\n\(noWorkTree)")
    }

    @Test func fromASubdirectoryPathsAreRepositoryRelative() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        let result = try repo.lockstep(["check", "tree"], in: repo.path.appendingPathComponent("backend"))
        #expect(result.status == 1, "\(result)")
        result.expectDiagnostic("version/mirror-match", at: ReleaseFiles.packageVersion)
        result.expectDiagnostic("version/changelog-section", at: ReleaseFiles.cargoVersion)
    }

    @Test func outsideARepositoryIsExitThree() throws {
        let repo = try TemporaryRepository.release()
        let outside = repo.root.appendingPathComponent("not-a-repo")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let result = try repo.lockstep(["check", "tree"], in: outside,
                                       environment: ["GIT_CEILING_DIRECTORIES": repo.root.path])
        #expect(result.status == 3, "\(result)")
        result.expectNoCrash()
    }

    // MARK: index formats and locks

    @Test func splitIndexIsExitThreeWithTheFix() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.git("add", "-A").expectSuccess()
        try repo.git("update-index", "--split-index").expectSuccess()
        let result = try repo.lockstep("check", "tree", "--index")
        #expect(result.status == 3, "\(result)")
        #expect(result.output.contains("--no-split-index"), "the fix is named\n\(result)")
        result.expectNoCrash()

        let commit = try repo.git("commit", "-m", "chore: bump")
        #expect(commit.status != 0, "the hook cannot read the index and says so\n\(commit)")
        #expect(commit.stderr.contains("--no-split-index"), "\(commit)")
        #expect(try repo.commitCount() == 1)
    }

    /// A sparse index (`index.sparse`, which libgit2 1.5.1 refuses) is read as git reads it: the
    /// watched files inside a directory entry come from that directory's tree.
    @Test func sparseIndexIsReadThroughItsDirectoryEntries() throws {
        let repo = try TemporaryRepository.release(extraFiles: ["docs/guide.md": "# Guide\n",
                                                                "backend/migrations/20250101_a.up.sql": "SELECT 1;\n"])
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.git("commit", "-q", "--no-verify", "-am", "chore: bump the backend alone").expectSuccess()
        try repo.git("sparse-checkout", "init", "--cone", "--sparse-index").expectSuccess()
        try repo.git("sparse-checkout", "set", "docs").expectSuccess()
        let sparse = try repo.gitOutput("ls-files", "--sparse").split(separator: "\n")
        #expect(sparse.contains("backend/") && sparse.contains("frontend/"), "the manifests are behind directory entries\n\(sparse)")

        let all = try repo.lockstep("check", "tree", "--index", "--all")
        #expect(all.status == 1, "\(all)")
        all.expectDiagnostic("version/mirror-match", at: ReleaseFiles.packageVersion)
        #expect(all.errorRules.contains { $0.hasPrefix("migration/") }, "the migrations folder is listed from its tree\n\(all)")

        // An ordinary commit in the sparse checkout: nothing watched changed, the hook accepts it.
        try repo.write("docs/guide.md", "# Guide\n\nMore.\n")
        let commit = try repo.git("commit", "-am", "docs: more guide")
        try commit.expectSuccess()
    }

    /// In a sparse checkout, the files left out of the work tree are, for git, unchanged: the work
    /// tree's check reads them from the index and agrees with `--index`.
    @Test func sparseCheckoutWorkTreeAgreesWithTheIndex() throws {
        for sparseIndex in [false, true] {
            let repo = try TemporaryRepository.release()
            try repo.git(["sparse-checkout", "init", "--cone"] + (sparseIndex ? ["--sparse-index"] : [])).expectSuccess()
            try repo.git("sparse-checkout", "set", "backend").expectSuccess()
            #expect(!FileManager.default.fileExists(atPath: repo.path.appendingPathComponent(ReleaseFiles.packagePath).path))
            let clean = try repo.lockstep("check", "tree")
            #expect(clean.status == 0, "\(clean)")
            try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
            let workTree = try repo.lockstep("check", "versions")
            #expect(workTree.status == 1, "sparse index: \(sparseIndex)\n\(workTree)")
            workTree.expectDiagnostic("version/mirror-match", at: ReleaseFiles.packageVersion)
            try repo.git("add", ReleaseFiles.cargoPath).expectSuccess()
            let index = try repo.lockstep("check", "versions", "--index")
            #expect(index.stdout == workTree.stdout, "\(index)\n\(workTree)")
        }
    }

    /// A stale `.git/index.lock` (a crashed git): the check still reads `.git/index`, and leaves
    /// the lock exactly as it found it.
    @Test func staleIndexLockIsNeitherTakenNorRemoved() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.cargoPath, ReleaseFiles.cargo("1.3.0"))
        try repo.git("add", ReleaseFiles.cargoPath).expectSuccess()
        let lock = repo.path.appendingPathComponent(".git/index.lock")
        let lockBytes = Data("stale lock from a crashed git\n".utf8)
        try lockBytes.write(to: lock)
        let index = try Data(contentsOf: repo.path.appendingPathComponent(".git/index"))

        let result = try repo.lockstep("check", "tree", "--index")
        #expect(result.status == 1, "the staged bump in .git/index is judged\n\(result)")
        result.expectDiagnostic("version/mirror-match", at: ReleaseFiles.packageVersion)
        #expect(try Data(contentsOf: lock) == lockBytes, "index.lock kept as it was")
        #expect(try Data(contentsOf: repo.path.appendingPathComponent(".git/index")) == index)

        try FileManager.default.removeItem(at: lock)
        let clean = try repo.lockstep("check", "tree", "--index")
        #expect(clean.status == 1, "\(clean)")
        #expect(!FileManager.default.fileExists(atPath: lock.path), "no index.lock created")
    }

    @Test func configRedirectsTheWatchedFiles() throws {
        let repo = try TemporaryRepository.release()
        try repo.write("api/Cargo.toml", ReleaseFiles.cargo("2.0.0"))
        try repo.write("web/package.json", ReleaseFiles.packageJSON("2.0.0"))
        try repo.write("docs/CHANGES.md", ReleaseFiles.changelog(("2.0.0", "2025-12-01")))
        try repo.write(".lockstep.toml", """
            [version]
            source = "api/Cargo.toml"
            mirrors = ["web/package.json"]

            [changelog]
            path = "docs/CHANGES.md"

            """)
        try repo.git("add", "-A").expectSuccess()
        try repo.git("commit", "-q", "--no-verify", "-m", "chore: move things").expectSuccess()
        try repo.write("api/Cargo.toml", ReleaseFiles.cargo("2.1.0"))
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: prepare release v2.1.0")
        refused.expectCommitRefused("version/mirror-match", at: "web/package.json:3:14")
        refused.expectCommitRefused("version/changelog-section", at: "api/Cargo.toml:3:11", message: "docs/CHANGES.md")
        // backend/Cargo.toml (still 1.2.0) and frontend/package.json are no longer watched.
        #expect(!refused.output.contains("frontend/package.json"), "\(refused)")
    }

    @Test func invalidConfigIsExitTwo() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(".lockstep.toml", "[version]\nsourse = \"backend/Cargo.toml\"\n")
        let result = try repo.lockstep("check", "tree")
        #expect(result.status == 2, "\(result)")
        #expect(result.output.contains("source"), "the closest key is suggested\n\(result)")
    }
}
