import Foundation
import Testing

/// A hotfix merged back into develop: both sides wrote under `## [Unreleased]`, git marks the
/// conflict, and `git add` takes the markers. The pre-commit hook refuses them with the fix for a
/// conflict (not "start it with `- `", nor "allow summaries", which would publish them).
@Suite struct ChangelogConflictTests {
    @Test(arguments: ["1.1.0", "2.0.0"])
    func aMergeCommittedWithConflictMarkersIsRefused(_ keepAChangelog: String) throws {
        let repo = try TemporaryRepository.release()
        let start = """
            # Changelog

            The format is based on [Keep a Changelog](https://keepachangelog.com/en/\(keepAChangelog)/).

            ## [Unreleased]

            ## [1.2.0] - 2025-11-10

            ### Added

            - First release

            """
        try repo.write("CHANGELOG.md", start)
        try repo.git("commit", "-q", "--no-verify", "-am", "docs: keep a changelog \(keepAChangelog)").expectSuccess()
        try repo.git("switch", "-q", "-c", "develop").expectSuccess()
        try repo.write("CHANGELOG.md", start.replacing("## [Unreleased]\n", with: "## [Unreleased]\n\n### Added\n\n- Dashboard\n"))
        try repo.git("commit", "-q", "-am", "docs: the dashboard").expectSuccess()
        try repo.git("switch", "-q", "-").expectSuccess()
        try repo.write("CHANGELOG.md", start.replacing("## [Unreleased]\n", with: "## [Unreleased]\n\n### Fixed\n\n- Crash on an empty token\n"))
        try repo.git("commit", "-q", "-am", "docs: the crash").expectSuccess()
        try repo.git("switch", "-q", "develop").expectSuccess()
        #expect(try repo.git("merge", "-q", "--no-ff", "-").status != 0)
        try repo.git("add", "CHANGELOG.md").expectSuccess()

        let committed = try repo.git("commit", "--no-edit")
        #expect(committed.status != 0, "\(committed)")
        _ = committed.expectDiagnostic("changelog/conflict-marker", at: "CHANGELOG.md:7:1", message: "unresolved merge conflict")
        #expect(!committed.stderr.contains("changelog/entry-format"), "\(committed)")
    }

    /// The release branch merged into main after a hotfix, the conflict resolved with one side:
    /// main's released `## [1.2.1]` would be lost without a word from any other rule.
    @Test func aMergeResolvedWithTheOtherSideKeepsTheHotfixRelease() throws {
        let repo = try TemporaryRepository.release()
        let start = "# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2025-11-10\n\n### Added\n\n- First release\n"
        try repo.write("CHANGELOG.md", start)
        try repo.git("commit", "-q", "--no-verify", "-am", "docs: the changelog").expectSuccess()
        try repo.git("switch", "-q", "-c", "release/v1.3.0").expectSuccess()
        try repo.write("CHANGELOG.md", start.replacing("## [Unreleased]\n", with: "## [Unreleased]\n\n## [1.3.0] - 2025-12-01\n\n### Added\n\n- Export\n"))
        try repo.git("commit", "-q", "--no-verify", "-am", "docs: release 1.3.0").expectSuccess()
        try repo.git("switch", "-q", "-").expectSuccess()
        try repo.write("CHANGELOG.md", start.replacing("## [Unreleased]\n", with: "## [Unreleased]\n\n## [1.2.1] - 2025-11-20\n\n### Fixed\n\n- Crash\n"))
        try repo.git("commit", "-q", "--no-verify", "-am", "docs: release 1.2.1").expectSuccess()
        #expect(try repo.git("merge", "-q", "--no-ff", "release/v1.3.0").status != 0)
        try repo.git("checkout", "--theirs", "CHANGELOG.md").expectSuccess()
        try repo.git("add", "CHANGELOG.md").expectSuccess()

        let committed = try repo.git("commit", "--no-edit")
        #expect(committed.status != 0, "\(committed)")
        _ = committed.expectDiagnostic("changelog/no-removed-release", at: "CHANGELOG.md:3:1", fix: "git show HEAD:CHANGELOG.md",
                                       message: "the section of the release 1.2.1 is gone")
    }
}
