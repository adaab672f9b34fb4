import Foundation
import Testing

/// `--branch` and `--tag`: where the release branch starts, and what the annotated tag says.
extension ReleasePrepareTests {
    /// A release section with headings, a fenced `#` comment, blank lines kept by the fence and
    /// references to link definitions at the foot of the file.
    static let richUnreleased = [
        "### Added", "- New feature X ([#123])", "- An import script:", "", "  ```sh", "  # once per building", "",
        "", "  import --all", "  ```", "", "### Fixed", "- Login works again ([details][issue-9])",
    ]
    static let richDefinitions = "[#123]: https://github.com/gilmry/koprogo/pull/123\n[issue-9]: https://github.com/gilmry/koprogo/issues/9\n"

    @Test func theTagMessageIsTheReleaseNotesHeadingsIncluded() throws {
        let repo = try TemporaryRepository.preparable(changelog: PrepareFiles.changelog(unreleased: Self.richUnreleased)
            + Self.richDefinitions)
        let result = try repo.lockstep(["release", "prepare", "minor", "--commit", "--tag", "--date", "2025-12-01"],
                                       environment: probe())
        #expect(result.status == 0, "\(result)")
        let notes = try repo.lockstep("release", "notes", "1.3.0")
        #expect(notes.status == 0, "\(notes)")
        #expect(notes.stdout.contains("### Added\n") && notes.stdout.contains("  # once per building\n\n\n  import --all"), "\(notes)")
        #expect(notes.stdout.hasSuffix("\n\n" + Self.richDefinitions), "\(notes)")
        #expect(try Self.tagMessage(repo, "v1.3.0") == "Release v1.3.0\n\n" + notes.stdout)
    }

    @Test func aSecondRunTagsAPreparedCommitWithTheSameMessage() throws {
        let repo = try TemporaryRepository.preparable(changelog: PrepareFiles.changelog(unreleased: Self.richUnreleased)
            + Self.richDefinitions)
        try repo.lockstep("release", "prepare", "minor", "--commit", "--date", "2025-12-01").expectSuccess()
        let tagged = try repo.lockstep("release", "prepare", "1.3.0", "--tag")
        #expect(tagged.status == 0 && tagged.stderr.contains("nothing to do") && tagged.stderr.contains("tagged v1.3.0"), "\(tagged)")
        let notes = try repo.lockstep("release", "notes", "v1.3.0")
        #expect(try Self.tagMessage(repo, "v1.3.0") == "Release v1.3.0\n\n" + notes.stdout)
    }

    @Test func aTagThatFailsIsMadeByTheCommandTheRunPrints() throws {
        let repo = try TemporaryRepository.preparable()
        // Signing that cannot work: the commit is made, `git tag` fails.
        try repo.git("config", "tag.gpgSign", "true").expectSuccess()
        try repo.git("config", "gpg.program", "false").expectSuccess()
        let failed = try repo.lockstep("release", "prepare", "minor", "--commit", "--tag")
        #expect(failed.status == 1, "\(failed)")
        let fix = "lockstep release prepare 1.3.0 --tag"
        #expect(failed.stderr.contains("the tag failed (`git tag` exited with 128, see above); once that is cleared, tag it with `\(fix)`"), "\(failed)")
        #expect(try repo.gitOutput("log", "-1", "--format=%s") == "chore: prepare release v1.3.0")
        try repo.git("config", "--unset", "tag.gpgSign").expectSuccess()
        let tagged = try repo.paste(fix)
        #expect(tagged.status == 0, "\(tagged)")
        let notes = try repo.lockstep("release", "notes", "1.3.0")
        #expect(try Self.tagMessage(repo, "v1.3.0") == "Release v1.3.0\n\n" + notes.stdout)
    }

    /// The tag object as git stores it (`git cat-file tag`): past its headers, the message byte for byte.
    static func tagMessage(_ repo: TemporaryRepository, _ tag: String) throws -> String {
        let object = try repo.git("cat-file", "tag", tag)
        try object.expectSuccess()
        return try #require(object.stdout.range(of: "\n\n").map { String(object.stdout[$0.upperBound...]) }, "\(object)")
    }

    @Test func aReleaseBranchStartsFromDevelopAndElsewhereIsRefusedBeforeAnyWrite() throws {
        let repo = try TemporaryRepository.preparable()
        try repo.git("branch", "develop").expectSuccess()
        try repo.git("switch", "-q", "-c", "feature/login").expectSuccess()
        try repo.git("commit", "-q", "--allow-empty", "--no-verify", "-m", "feat: half a login").expectSuccess()
        let before = try repo.state()
        let files = try repo.workTreeFiles()
        for arguments in [["minor", "--branch", "--commit", "--tag"], ["minor", "--branch", "--dry-run"]] {
            let refused = try repo.lockstep(["release", "prepare"] + arguments)
            #expect(refused.status == 1 && refused.stderr.contains("nothing was written"), "\(refused)")
            #expect(refused.stderr.contains("a release branch starts from develop, but HEAD is on feature/login"), "\(refused)")
            #expect(try repo.state() == before && (try repo.workTreeFiles()) == files)
        }
        let refused = try repo.lockstep("release", "prepare", "minor", "--branch", "--commit")
        #expect(refused.pastedFix == "git switch develop && lockstep release prepare minor --branch --commit", "\(refused)")
        let pasted = try repo.paste(refused.pastedFix ?? "false")
        #expect(pasted.status == 0, "\(pasted)")
        #expect(try repo.gitOutput("branch", "--show-current") == "release/v1.3.0")
        // The release commit sits on develop's tip, without the feature branch's commit.
        #expect(try repo.gitOutput("rev-parse", "HEAD~1") == (try repo.gitOutput("rev-parse", "develop")))
        #expect(try repo.gitOutput("log", "-1", "--format=%s") == "chore: prepare release v1.3.0")

        // Detached HEAD, and main for a minor release: refused the same way.
        let detached = try TemporaryRepository.preparable()
        try detached.git("branch", "develop").expectSuccess()
        try detached.git("switch", "-q", "--detach", "HEAD").expectSuccess()
        let fromDetached = try detached.lockstep("release", "prepare", "minor", "--branch")
        #expect(fromDetached.status == 1 && fromDetached.stderr.contains("HEAD is detached at"), "\(fromDetached)")
        try detached.git("switch", "-q", "main").expectSuccess()
        let fromMain = try detached.lockstep("release", "prepare", "1.3.0", "--branch")
        #expect(fromMain.status == 1 && fromMain.stderr.contains("HEAD is on main"), "\(fromMain)")
        #expect(fromMain.pastedFix == "git switch develop && lockstep release prepare 1.3.0 --branch", "\(fromMain)")
        #expect(try detached.paste(fromMain.pastedFix ?? "false").status == 0)
        #expect(try detached.gitOutput("branch", "--show-current") == "release/v1.3.0")
    }

    @Test func releaseCandidatesAndTheReleaseShareTheReleaseBranch() throws {
        let repo = try TemporaryRepository.preparable()
        try repo.git("switch", "-q", "-c", "develop").expectSuccess()
        let candidate = try repo.lockstep(["release", "prepare", "minor", "--pre", "rc", "--branch", "--commit", "--tag", "--date", "2025-12-01"],
                                          environment: probe())
        #expect(candidate.status == 0, "\(candidate)")
        #expect(try repo.gitOutput("branch", "--show-current") == "release/v1.3.0")
        #expect(try repo.gitOutput("rev-parse", "HEAD~1") == (try repo.gitOutput("rev-parse", "develop")))
        let final = try repo.lockstep(["release", "prepare", "minor", "--branch", "--commit", "--tag", "--date", "2025-12-02"],
                                      environment: probe())
        #expect(final.status == 0, "\(final)")
        #expect(try repo.gitOutput("branch", "--show-current") == "release/v1.3.0")
        #expect(try repo.gitOutput("describe", "--tags", "--exact-match") == "v1.3.0")
        #expect(try repo.lockstep("check", "branch").status == 0)
    }

    @Test func aPatchOnMainMakesAHotfixBranchAndAPatchElsewhereIsToldSo() throws {
        let repo = try TemporaryRepository.preparable()
        try repo.git("branch", "develop").expectSuccess()
        let hotfix = try repo.lockstep(["release", "prepare", "patch", "--branch", "--commit", "--date", "2025-12-01"],
                                       environment: probe())
        #expect(hotfix.status == 0, "\(hotfix)")
        #expect(try repo.gitOutput("branch", "--show-current") == "hotfix/v1.2.1")
        #expect(try repo.gitOutput("rev-parse", "HEAD~1") == (try repo.gitOutput("rev-parse", "main")))

        let feature = try TemporaryRepository.preparable()
        try feature.git("branch", "develop").expectSuccess()
        try feature.git("switch", "-q", "-c", "fix/login").expectSuccess()
        let refused = try feature.lockstep("release", "prepare", "patch", "--branch")
        #expect(refused.status == 1 && refused.stderr.contains("a patch made on main gets hotfix/v1.2.1 instead"), "\(refused)")
    }

    @Test func configuredBranchNamesAreTheBases() throws {
        let config = PrepareFiles.config + "\n[branch]\nmain = \"trunk\"\ndevelop = \"dev\"\n"
        let repo = try TemporaryRepository.preparable(extraFiles: [".lockstep.toml": config])
        try repo.git("branch", "-m", "main", "trunk").expectSuccess()
        // No `dev` yet: the fix makes it from trunk.
        let missing = try repo.lockstep("release", "prepare", "minor", "--branch")
        #expect(missing.status == 1 && missing.stderr.contains("starts from dev (branch.develop), which does not exist"), "\(missing)")
        #expect(missing.pastedFix == "git switch -c dev trunk && lockstep release prepare minor --branch", "\(missing)")
        #expect(try repo.paste(missing.pastedFix ?? "false").status == 0)
        #expect(try repo.gitOutput("branch", "--show-current") == "release/v1.3.0")

        let hotfix = try TemporaryRepository.preparable(extraFiles: [".lockstep.toml": config])
        try hotfix.git("branch", "-m", "main", "trunk").expectSuccess()
        let made = try hotfix.lockstep("release", "prepare", "patch", "--branch")
        #expect(made.status == 0, "\(made)")
        #expect(try hotfix.gitOutput("branch", "--show-current") == "hotfix/v1.2.1")
    }
}
