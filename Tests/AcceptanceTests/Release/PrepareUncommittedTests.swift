import Foundation
import Testing

/// Release files edited before `release prepare --commit --tag` runs (a version bumped by hand, a
/// first run without `--commit` to review the diff) go into the release commit, so the tag names a
/// commit that carries the release.
@Suite struct PrepareUncommittedTests {
    @Test func aReviewedRunThenCommitAndTagCommitsTheFilesItFoundPrepared() throws {
        let repo = try TemporaryRepository.preparable()
        try repo.lockstep("release", "prepare", "1.3.0", "--date", "2025-12-01").expectSuccess()
        let tagOnly = try repo.lockstep("release", "prepare", "1.3.0", "--tag")
        #expect(tagOnly.status == 1 && tagOnly.stderr.contains("--tag needs the release commit"), "\(tagOnly)")
        #expect(try repo.gitOutput("tag", "-l", "v1.3.0") == "")

        let committed = try repo.lockstep("release", "prepare", "1.3.0", "--commit", "--tag")
        #expect(committed.status == 0, "\(committed)")
        #expect(try repo.gitOutput("status", "--porcelain", "--untracked-files=no") == "")
        #expect(try repo.stored("backend/Cargo.toml", at: "v1.3.0")?.contains("version = \"1.3.0\"") == true)
        #expect(try repo.stored("CHANGELOG.md", at: "v1.3.0")?.contains("## [1.3.0] - 2025-12-01") == true)
        let tag = try repo.lockstep("check", "tag", "v1.3.0")
        #expect(tag.status == 0, "\(tag)")
    }

    /// The source of truth bumped by hand (the pre-commit hook refused that commit): prepare edits
    /// only the mirrors and the changelog, and commits the source with them.
    @Test func aSourceBumpedByHandIsCommittedWithTheRest() throws {
        let repo = try TemporaryRepository.preparable()
        let cargo = try String(decoding: Data(contentsOf: repo.path.appendingPathComponent("backend/Cargo.toml")), as: UTF8.self)
        try repo.write("backend/Cargo.toml", cargo.replacing("version = \"1.2.0\"", with: "version = \"1.3.0\"", maxReplacements: 1))
        let prepared = try repo.lockstep("release", "prepare", "1.3.0", "--commit", "--tag", "--date", "2025-12-01")
        #expect(prepared.status == 0, "\(prepared)")
        #expect(try repo.gitOutput("show", "--name-only", "--format=", "HEAD").contains("backend/Cargo.toml"))
        #expect(try repo.gitOutput("status", "--porcelain", "--untracked-files=no") == "")
        let tag = try repo.lockstep("check", "tag", "v1.3.0")
        #expect(tag.status == 0, "\(tag)")
    }

    /// The tagged release commit amended (a typo fixed after `--commit --tag`): the pre-commit hook
    /// says the tag stays behind, and its command tags the new commit.
    @Test func amendingTheTaggedReleaseCommitSaysHowToMoveTheTag() throws {
        let repo = try TemporaryRepository.preparable()
        try repo.lockstep("release", "prepare", "1.3.0", "--commit", "--tag", "--date", "2025-12-01").expectSuccess()
        try repo.write("src.txt", "feature X, typo fixed\n")
        let amended = try repo.git("commit", "-q", "--amend", "--no-edit", "-a")
        #expect(amended.status == 0, "\(amended)")
        #expect(amended.stderr.contains("HEAD is tagged v1.3.0, the commit being amended"), "\(amended)")
        let fix = "git tag -d v1.3.0 && lockstep release prepare 1.3.0 --tag"
        #expect(amended.stderr.contains("`\(fix)`"), "\(amended)")
        try repo.paste(fix).expectSuccess()
        #expect(try repo.gitOutput("rev-parse", "v1.3.0^{commit}") == (try repo.gitOutput("rev-parse", "HEAD")))
        #expect(try repo.lockstep("check", "tag", "v1.3.0").status == 0)
    }
}
