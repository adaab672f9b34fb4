import Foundation
import Testing

/// `changelog/entry-format` refuses `*`, `+` and `1.` entries. A changelog written that way before
/// Lockstep keeps working: the hooks judge what a commit adds, so only new entries must be `- `.
@Suite struct EntryMarkerAdoptionTests {
    static let starChangelog = """
        # Changelog

        ## [Unreleased]
        ### Added
        * Dashboard (#20)

        ## [1.2.0] - 2025-11-10
        ### Added
        * Buildings API (#12)
        + Units API (#11)
        ### Fixed
        1. Rounding of shares (#10)

        """

    private func adoptingRepository() throws -> TemporaryRepository {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.changelogPath, Self.starChangelog)
        try repo.git("commit", "-q", "--no-verify", "-a", "-m", "docs: the changelog as it was").expectSuccess()
        return repo
    }

    @Test func oldEntriesDoNotBlockOrdinaryCommitsNorTheRelease() throws {
        let repo = try adoptingRepository()
        let all = try repo.lockstep("check", "changelog", "--all")
        #expect(all.status == 1 && all.errorRules == Array(repeating: "changelog/entry-format", count: 4), "\(all)")

        try repo.write("docs/guide.md", "# Guide\n")
        try repo.git("add", "-A").expectSuccess()
        let ordinary = try repo.git("commit", "-q", "-m", "docs: add a guide")
        #expect(ordinary.status == 0, "\(ordinary)")

        // A `- ` entry added beside the old ones passes.
        try repo.write(ReleaseFiles.changelogPath, Self.starChangelog.replacing("* Dashboard (#20)\n", with: "* Dashboard (#20)\n- Reports (#21)\n"))
        let entry = try repo.git("commit", "-q", "-a", "-m", "docs: list the reports")
        #expect(entry.status == 0, "\(entry)")

        // The release moves the old `*` entry out of Unreleased: still the same finding, carried.
        let prepared = try repo.lockstep("release", "prepare", "minor", "--commit", "--date", "2025-12-01")
        #expect(prepared.status == 0, "\(prepared)")
        #expect(try repo.gitOutput("log", "-1", "--format=%s") == "chore: prepare release v1.3.0")
    }

    @Test func aNewStarEntryIsRefusedWithTheLineToWrite() throws {
        let repo = try adoptingRepository()
        try repo.write(ReleaseFiles.changelogPath, Self.starChangelog.replacing("* Dashboard (#20)\n", with: "* Dashboard (#20)\n+ Reports (#21)\n"))
        let refused = try repo.git("commit", "-a", "-m", "docs: list the reports")
        refused.expectCommitRefused("changelog/entry-format", at: "CHANGELOG.md:6:1", fix: "write it `- Reports (#21)`")
        #expect(refused.errorRules == ["changelog/entry-format"] && refused.diagnostics.count == 1, "\(refused)")
        // The line the fix gives, written in its place, is accepted.
        try repo.write(ReleaseFiles.changelogPath, Self.starChangelog.replacing("* Dashboard (#20)\n", with: "* Dashboard (#20)\n- Reports (#21)\n"))
        let accepted = try repo.git("commit", "-q", "-a", "-m", "docs: list the reports")
        #expect(accepted.status == 0, "\(accepted)")
    }
}
