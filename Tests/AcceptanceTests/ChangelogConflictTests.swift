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
}
