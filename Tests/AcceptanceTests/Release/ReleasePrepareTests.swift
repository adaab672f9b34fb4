import Foundation
import Testing

/// `lockstep release prepare`: every file that carries the version, in its own style, and the
/// changelog step; the result passes the hooks and `check tree` the first time.
@Suite struct ReleasePrepareTests {
    @Test func realWorldStylesKeepEveryByteButTheVersion() throws {
        let repo = try TemporaryRepository.preparable()
        let result = try repo.lockstep("release", "prepare", "minor", "--date", "2025-12-01")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("prepared 1.3.0"), "\(result)")
        let files = try repo.workTreeFiles()
        func text(_ path: String) -> String { String(decoding: files[path] ?? Data(), as: UTF8.self) }
        #expect(text("backend/Cargo.toml") == PrepareFiles.cargo.replacing("version = \"1.2.0\"", with: "version = \"1.3.0\""))
        // Only the api entry: serde shares the old version and keeps it.
        #expect(text("backend/Cargo.lock") == PrepareFiles.cargoLock.replacing("name = \"api\"\nversion = \"1.2.0\"", with: "name = \"api\"\nversion = \"1.3.0\""))
        #expect(text("frontend/package.json") == PrepareFiles.packageJSON.replacing("\"version\": \"1.2.0\"", with: "\"version\": \"1.3.0\""))
        #expect(text("frontend/package-lock.json") == PrepareFiles.packageLock
            .replacing("  \"version\": \"1.2.0\",\n  \"lockfileVersion\"", with: "  \"version\": \"1.3.0\",\n  \"lockfileVersion\"")
            .replacing("      \"version\": \"1.2.0\",\n      \"dependencies\"", with: "      \"version\": \"1.3.0\",\n      \"dependencies\""))
        #expect(text("deploy/compose.yml") == PrepareFiles.compose.replacing("koprogo/api:1.2.0", with: "koprogo/api:1.3.0"))
        #expect(text("CHANGELOG.md") == """
            # Changelog

            All notable changes are documented here.

            ## [Unreleased]

            ## [1.3.0] - 2025-12-01
            ### Added
            - New feature X (#123)

            ## [1.2.0] - 2025-11-10
            ### Added
            - First release of the API (#1)

            [Unreleased]: https://github.com/gilmry/koprogo/compare/v1.3.0...HEAD
            [1.3.0]: https://github.com/gilmry/koprogo/compare/v1.2.0...v1.3.0
            [1.2.0]: https://github.com/gilmry/koprogo/releases/tag/v1.2.0

            """)
        // Outside the changelog, every changed line differs from the old one by the version alone.
        let diff = try repo.gitOutput("diff", "-U0", "--", ".", ":(exclude)CHANGELOG.md")
        // (Split on every line ending: Swift reads CRLF as one character.)
        let lines = diff.split(whereSeparator: \.isNewline)
        let removed = lines.filter { $0.hasPrefix("-") && !$0.hasPrefix("---") }
        let added = lines.filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }
        #expect(removed.count == 6 && added.count == 6, "\(diff)")
        #expect(removed.map { $0.dropFirst().replacing("1.2.0", with: "1.3.0") } == added.map { $0.dropFirst() }, "\(diff)")

        let tree = try repo.lockstep("check", "tree")
        #expect(tree.status == 0, "\(tree)")
        let commit = try repo.git(["commit", "-q", "-am", "chore: prepare release v1.3.0"], environment: probe())
        #expect(commit.status == 0, "\(commit)")
        commit.expectHookRan()
    }

    @Test func aWorkspaceSetsInheritedVersionsAndLeavesMembersWithTheirOwn() throws {
        let repo = try TemporaryRepository.preparable(extraFiles: [
            "backend/Cargo.toml": "[workspace]\nmembers = [\"api\", \"crates/*\"]\nresolver = \"2\"\n\n[workspace.package]\nversion = \"1.2.0\"\nedition = \"2021\"\n",
            "backend/api/Cargo.toml": "[package]\nname = \"api\"\nversion.workspace = true\n",
            "backend/crates/jobs/Cargo.toml": "[package]\nname = \"jobs\"\nversion = { workspace = true }\n",
            "backend/crates/tool/Cargo.toml": "[package]\nname = \"tool\"\nversion = \"1.2.0\"   # its own cadence\n",
            "backend/Cargo.lock": """
                version = 3

                [[package]]
                name = "api"
                version = "1.2.0"

                [[package]]
                name = "jobs"
                version = "1.2.0"

                [[package]]
                name = "serde"
                version = "1.2.0"
                source = "registry+https://github.com/rust-lang/crates.io-index"

                [[package]]
                name = "tool"
                version = "1.2.0"

                """,
            ".lockstep.toml": "[version]\nsource = \"backend/api/Cargo.toml\"\nmirrors = [\"frontend/package.json\", \"frontend/package-lock.json\", \"backend/Cargo.lock\"]\n",
        ])
        let result = try repo.lockstep("release", "prepare", "1.3.0", "--date", "2025-12-01")
        #expect(result.status == 0, "\(result)")
        let changed = try repo.gitOutput("diff", "--name-only").split(separator: "\n").sorted()
        #expect(changed == ["CHANGELOG.md", "backend/Cargo.lock", "backend/Cargo.toml", "frontend/package-lock.json", "frontend/package.json"], "\(changed)")
        let lock = try repo.gitOutput("diff", "-U0", "backend/Cargo.lock")
        #expect(lock.contains("@@ -5 +5 @@") && lock.contains("@@ -9 +9 @@") && !lock.contains("@@ -14") && !lock.contains("@@ -18"), "\(lock)")
        let tree = try repo.lockstep("check", "tree")
        #expect(tree.status == 0, "\(tree)")
    }

    @Test func dryRunPrintsTheDiffGitAppliesAndWritesNothing() throws {
        let repo = try TemporaryRepository.preparable()
        try repo.git("switch", "-q", "-c", "develop").expectSuccess()
        let before = try repo.state()
        let files = try repo.workTreeFiles()
        let dry = try repo.lockstep("release", "prepare", "1.3.0", "--dry-run", "--date", "2025-12-01", "--branch", "--commit", "--tag")
        #expect(dry.status == 0, "\(dry)")
        #expect(try repo.state() == before && (try repo.workTreeFiles()) == files)
        #expect(dry.stdout.contains("--- a/frontend/package.json\n+++ b/frontend/package.json\n@@ -1,6 +1,6 @@\n"), "\(dry)")
        #expect(dry.stderr.contains("would tag v1.3.0"), "\(dry)")
        // The diff is exactly what the real run writes.
        let patch = try repo.write("dry.patch", dry.stdoutData, in: repo.root)
        try repo.git("apply", patch.path).expectSuccess()
        let applied = try repo.workTreeFiles()
        try repo.git("checkout", "--", ".").expectSuccess()
        try repo.lockstep("release", "prepare", "1.3.0", "--date", "2025-12-01").expectSuccess()
        #expect(try repo.workTreeFiles() == applied)
    }

    @Test func aSecondRunHasNothingToDo() throws {
        let repo = try TemporaryRepository.preparable()
        try repo.lockstep("release", "prepare", "minor", "--commit", "--tag").expectSuccess()
        let state = try repo.state()
        for version in ["minor", "1.3.0", "auto"] {
            let again = try repo.lockstep("release", "prepare", version, "--commit", "--tag")
            #expect(again.status == 0, "\(again)")
            #expect(again.stderr.contains("nothing to do"), "\(again)")
            #expect(try repo.state() == state)
        }
    }

    /// HEAD carries the release the files state (v1.3.0, over v1.2.0) and Unreleased lists new
    /// changes: a bump is the next release (1.4.0), not a re-run of v1.3.0 (which `minor` of the
    /// release before HEAD, v1.2.0, would also name).
    @Test func aBumpOnATaggedReleaseWithNewChangesIsTheNextRelease() throws {
        let repo = try TemporaryRepository.preparable()
        try repo.lockstep("release", "prepare", "minor", "--date", "2025-12-01", "--commit", "--tag").expectSuccess()
        let changelog = try String(decoding: Data(contentsOf: repo.path.appendingPathComponent("CHANGELOG.md")), as: UTF8.self).replacing("## [Unreleased]\n", with: "## [Unreleased]\n\n### Added\n- Feature Y\n", maxReplacements: 1)
        try repo.write("CHANGELOG.md", changelog)
        let next = try repo.lockstep("release", "prepare", "minor", "--date", "2025-12-02", "--dry-run")
        #expect(next.status == 0, "\(next)")
        #expect(next.stdout.contains("+## [1.4.0] - 2025-12-02"), "\(next)")
        #expect(!next.stderr.contains("nothing to do"), "\(next)")
        // An explicit version names the tagged release: that is the re-run, with nothing to do.
        let again = try repo.lockstep("release", "prepare", "1.3.0", "--dry-run")
        #expect(again.stderr.contains("nothing to do"), "\(again)")
    }

    @Test func aReleaseCandidateCopiesUnreleasedThroughTheHooksAndTheFinalReleaseMovesIt() throws {
        let repo = try TemporaryRepository.preparable()
        let candidate = try repo.lockstep(["release", "prepare", "minor", "--pre", "rc", "--commit", "--tag", "--date", "2025-12-01"],
                                          environment: probe())
        #expect(candidate.status == 0, "\(candidate)")
        candidate.expectHookRan()
        #expect(try repo.gitOutput("describe", "--tags", "--exact-match") == "v1.3.0-rc.1")
        let changelog = try #require(try repo.stored("CHANGELOG.md"))
        #expect(changelog.contains("## [Unreleased]\n### Added\n- New feature X (#123)\n\n## [1.3.0-rc.1] - 2025-12-01\n### Added\n- New feature X (#123)\n"), "\(changelog)")
        #expect(changelog.contains("[1.3.0-rc.1]: https://github.com/gilmry/koprogo/compare/v1.2.0...v1.3.0-rc.1\n"), "\(changelog)")
        #expect(try repo.paste("lockstep release prepare minor --pre rc --dry-run").stderr.contains("nothing to do"))

        let final = try repo.lockstep(["release", "prepare", "minor", "--commit", "--date", "2025-12-02"], environment: probe())
        #expect(final.status == 0, "\(final)")
        final.expectHookRan()
        let released = try #require(try repo.stored("CHANGELOG.md"))
        #expect(released.contains("## [Unreleased]\n\n## [1.3.0] - 2025-12-02\n### Added\n- New feature X (#123)\n\n## [1.3.0-rc.1]"), "\(released)")
        #expect(released.contains("[1.3.0]: https://github.com/gilmry/koprogo/compare/v1.2.0...v1.3.0\n"), "\(released)")
        #expect(try repo.lockstep("check", "tree", "--all").status == 0)
    }

    @Test func theNextReleaseFromATaggedCommitComparesWithThatTag() throws {
        let repo = try TemporaryRepository.preparable()
        try repo.git("tag", "-d", "v1.2.0").expectSuccess()
        try repo.git("tag", "-a", "v1.2.0", "-m", "Release v1.2.0").expectSuccess()
        let result = try repo.lockstep("release", "prepare", "patch", "--dry-run")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("+[1.2.1]: https://github.com/gilmry/koprogo/compare/v1.2.0...v1.2.1\n"), "\(result)")
    }

    @Test func refusalsNameAFixThatWorksWhenPasted() throws {
        // A change outside the release files.
        let dirty = try TemporaryRepository.preparable()
        try dirty.write("README.md", "# KoproGo (edited)\n")
        let refused = try dirty.lockstep("release", "prepare", "1.3.0")
        #expect(refused.status == 1 && refused.stderr.contains("nothing was written"), "\(refused)")
        #expect(refused.pastedFix == "lockstep release prepare 1.3.0 --allow-dirty", "\(refused)")
        #expect(try dirty.paste(refused.pastedFix ?? "false").status == 0)

        // Nothing under Unreleased, and the `feat` commit since v1.2.0 has no entry: not --allow-empty,
        // which would publish "no notable changes", but the entries check release names.
        let empty = try TemporaryRepository.preparable(changelog: PrepareFiles.changelog(unreleased: []))
        let unlisted = try empty.lockstep("release", "prepare", "patch")
        #expect(unlisted.status == 1, "\(unlisted)")
        #expect(unlisted.pastedFix == "lockstep check release", "\(unlisted)")
        #expect(try empty.paste("lockstep check release").stdout.contains("add `- Feature x` under `### Added`"))
        // Nothing under Unreleased and no commit that calls for a release.
        try empty.git("reset", "-q", "--hard", "HEAD~1").expectSuccess()
        let nothing = try empty.lockstep("release", "prepare", "patch")
        #expect(nothing.status == 1, "\(nothing)")
        #expect(nothing.pastedFix == "lockstep release prepare patch --allow-empty", "\(nothing)")
        #expect(try empty.paste(nothing.pastedFix ?? "false").status == 0)
        #expect(try empty.lockstep("check", "tree").status == 0)

        // The release branch exists already.
        let branched = try TemporaryRepository.preparable()
        try branched.git("switch", "-q", "-c", "develop").expectSuccess()
        try branched.git("branch", "release/v1.3.0").expectSuccess()
        let exists = try branched.lockstep("release", "prepare", "1.3.0", "--branch")
        #expect(exists.status == 1, "\(exists)")
        #expect(exists.pastedFix == "git branch -D release/v1.3.0", "\(exists)")
        #expect(try branched.paste(exists.pastedFix ?? "false").status == 0)
        #expect(try branched.lockstep("release", "prepare", "1.3.0", "--branch").status == 0)
        #expect(try branched.gitOutput("branch", "--show-current") == "release/v1.3.0")

        // The tag exists on another branch; a version not above the previous release.
        let tagged = try TemporaryRepository.preparable()
        try tagged.git("switch", "-q", "-c", "elsewhere", "HEAD~1").expectSuccess()
        try tagged.git("commit", "-q", "--allow-empty", "--no-verify", "-m", "fix: elsewhere").expectSuccess()
        try tagged.git("tag", "-a", "v1.3.0", "-m", "Release v1.3.0").expectSuccess()
        try tagged.git("switch", "-q", "main").expectSuccess()
        let taken = try tagged.lockstep("release", "prepare", "1.3.0")
        #expect(taken.status == 1, "\(taken)")
        #expect(taken.stderr.contains("release another version (`lockstep release prepare 1.3.1`)"), "\(taken)")
        #expect(taken.pastedFix == "git merge v1.3.0", "\(taken)")
        let lower = try tagged.lockstep("release", "prepare", "1.1.0")
        #expect(lower.status == 1 && lower.stderr.contains("not above the previous release v1.2.0"), "\(lower)")
        #expect(try tagged.paste("lockstep release prepare 1.3.1").status == 0)
        #expect(try tagged.lockstep("check", "tree").status == 0)
        // Or the release merged back: v1.3.0 is then the previous release.
        try tagged.git("checkout", "-q", "--", ".").expectSuccess()
        #expect(try tagged.paste("git merge -q --no-edit v1.3.0").status == 0)
        #expect(try tagged.lockstep("release", "prepare", "1.3.0").stderr.contains("not above the previous release v1.3.0"))
    }
}
