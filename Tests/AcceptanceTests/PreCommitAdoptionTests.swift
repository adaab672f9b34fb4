import Foundation
import Testing

/// Adopting Lockstep in a repository whose CHANGELOG.md and migrations already break rules:
/// the hook judges what a commit introduces; `--all` judges everything.
@Suite struct PreCommitAdoptionTests {
    /// Four old problems: an unknown `## Notes` section (line 5), `### Added (backend)` (line 9),
    /// a second 1.2.0 section (line 12), and 2025-02-30 (line 16).
    static let oldChangelog = """
        # Changelog

        ## [Unreleased]

        ## Notes
        Read the upgrade guide first.

        ## [1.2.0] - 2025-11-10
        ### Added (backend)
        - Buildings API (#12)

        ## [1.2.0] - 2025-11-09
        ### Added
        - Units API (#11)

        ## [1.1.0] - 2025-02-30
        ### Fixed
        - Rounding of shares (#10)

        """

    private func adoptingRepository() throws -> TemporaryRepository {
        let repo = try TemporaryRepository.release()
        try repo.write(ReleaseFiles.changelogPath, Self.oldChangelog)
        try repo.git("commit", "-q", "--no-verify", "-a", "-m", "docs: the changelog as it was").expectSuccess()
        return repo
    }

    @Test func aCommitThatDoesNotTouchTheChangelogPasses() throws {
        let repo = try adoptingRepository()
        try repo.write("docs/guide.md", "# Guide\n")
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "docs: add a guide")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.commitCount() == 3)
    }

    @Test func editingAnUnrelatedLinePasses() throws {
        let repo = try adoptingRepository()
        try repo.write(ReleaseFiles.changelogPath,
                       Self.oldChangelog.replacingOccurrences(of: "- Units API (#11)", with: "- Units API (#11, #14)"))
        let accepted = try repo.git("commit", "-q", "-a", "-m", "docs: credit #14")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.commitCount() == 3)
    }

    /// Lines move down under every old problem: they are still the same problems.
    @Test func addingUnreleasedEntriesAboveOldProblemsPasses() throws {
        let repo = try adoptingRepository()
        try repo.write(ReleaseFiles.changelogPath,
                       Self.oldChangelog.replacingOccurrences(of: "## [Unreleased]\n",
                                                              with: "## [Unreleased]\n### Added\n- Meetings API (#15)\n- Votes API (#16)\n"))
        let accepted = try repo.git("commit", "-q", "-a", "-m", "docs: changelog entries")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.commitCount() == 3)
    }

    @Test func aNewBrokenSectionIsRefusedForThatSectionOnly() throws {
        let repo = try adoptingRepository()
        try repo.write(ReleaseFiles.changelogPath,
                       Self.oldChangelog.replacingOccurrences(of: "## Notes\n",
                                                              with: "## [1.2.1] - 2025-13-01\n### Fixes\n- Crash on login (#13)\n\n## Notes\n"))
        let refused = try repo.git("commit", "-a", "-m", "docs: changelog for 1.2.1")
        refused.expectCommitRefused("changelog/date", at: "CHANGELOG.md:5:14", fix: "months run from 01 to 12")
        refused.expectCommitRefused("changelog/category", at: "CHANGELOG.md:6:5", fix: "### Fixed")
        #expect(refused.errorRules == ["changelog/category", "changelog/date"], "only the new section's problems\n\(refused)")
        #expect(try repo.commitCount() == 2)
    }

    /// A new copy of an old problem is a new problem: a second `## Notes` section is added by this commit.
    @Test func aSecondCopyOfAnOldProblemIsStillNew() throws {
        let repo = try adoptingRepository()
        try repo.write(ReleaseFiles.changelogPath,
                       Self.oldChangelog.replacingOccurrences(of: "## [Unreleased]\n",
                                                              with: "## [Unreleased]\n\n## Notes\nAlso read the FAQ.\n"))
        let refused = try repo.git("commit", "-a", "-m", "docs: more notes")
        refused.expectCommitRefused("changelog/heading-format", at: "CHANGELOG.md:5:4", message: "## Notes")
        #expect(try repo.commitCount() == 2)
    }

    @Test func checkChangelogAllListsTheOldProblemsAndPlainCheckPasses() throws {
        let repo = try adoptingRepository()
        let all = try repo.lockstep("check", "changelog", "--all")
        #expect(all.status == 1, "\(all)")
        all.expectDiagnostic("changelog/heading-format", at: "CHANGELOG.md:5:4", message: "## Notes")
        all.expectDiagnostic("changelog/category", at: "CHANGELOG.md:9:5", message: "Added (backend)")
        all.expectDiagnostic("changelog/duplicate-version", at: "CHANGELOG.md:12:5", message: "1.2.0")
        all.expectDiagnostic("changelog/date", at: "CHANGELOG.md:16:14", fix: "28 days", message: "2025-02-30")
        #expect(all.errorRules.allSatisfy { $0.hasPrefix("changelog/") }, "\(all)")
        #expect(all.errorRules.count == 4, "\(all)")

        let changed = try repo.lockstep("check", "changelog")
        #expect(changed.status == 0, "the clean work tree introduces nothing\n\(changed)")
        #expect(changed.diagnostics.isEmpty, "\(changed)")
        let tree = try repo.lockstep("check", "tree")
        #expect(tree.status == 0, "\(tree)")
    }

    // MARK: migrations (sqlx: each new .up.sql has its .down.sql)

    static let up = "backend/migrations/20251201000000_add_units.up.sql"
    static let down = "backend/migrations/20251201000000_add_units.down.sql"

    @Test func newMigrationWithoutItsDownIsRefused() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(Self.up, "CREATE TABLE units (id UUID PRIMARY KEY);\n")
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "feat: add units")
        refused.expectCommitRefused("migration/reversible", at: "\(Self.up):1:1", fix: "add \(Self.down)", withExcerpt: false)
        #expect(refused.errorRules == ["migration/reversible"], "\(refused)")
        #expect(try repo.commitCount() == 1)

        try repo.write(Self.down, "DROP TABLE units;\n")
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "feat: add units")
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.stored(Self.down) == "DROP TABLE units;\n")
    }

    @Test func downWithoutUpAndIrreversibleMigrationsAreRefused() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(Self.down, "DROP TABLE units;\n")
        try repo.write("backend/migrations/20251202000000_simple.sql", "CREATE TABLE t ();\n")
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "feat: add units")
        refused.expectCommitRefused("migration/reversible", at: "\(Self.down):1:1", fix: Self.up, withExcerpt: false)
        let simple = "backend/migrations/20251202000000_simple"
        refused.expectCommitRefused("migration/reversible", at: "\(simple).sql:1:1",
                                    fix: "make it a pair: `git mv \(simple).sql \(simple).up.sql`, then write \(simple).down.sql", withExcerpt: false)
        #expect(try repo.commitCount() == 1)
        // The fix pasted, the down file written (and the stray down file's up): the commit passes.
        try repo.paste("git mv \(simple).sql \(simple).up.sql").expectSuccess()
        try repo.write("\(simple).down.sql", "DROP TABLE t;\n")
        try repo.write(Self.up, "CREATE TABLE units ();\n")
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "feat: add units")
        #expect(accepted.status == 0, "\(accepted)")
    }

    /// A partial commit naming only the .up.sql: the temporary index lists no .down.sql.
    @Test func partialCommitOfTheUpAloneIsRefused() throws {
        let repo = try TemporaryRepository.release()
        try repo.write(Self.up, "CREATE TABLE units ();\n")
        try repo.write(Self.down, "DROP TABLE units;\n")
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "feat: add units", Self.up)
        refused.expectCommitRefused("migration/reversible", at: "\(Self.up):1:1", withExcerpt: false)
        #expect(try repo.commitCount() == 1)
    }

    @Test func anOldUnpairedMigrationDoesNotBlockLaterCommits() throws {
        let repo = try TemporaryRepository.release()
        try repo.write("backend/migrations/20240101000000_init.up.sql", "CREATE TABLE buildings ();\n")
        try repo.git("add", "-A").expectSuccess()
        try repo.git("commit", "-q", "--no-verify", "-m", "feat: init").expectSuccess()

        try repo.write(Self.up, "CREATE TABLE units ();\n")
        try repo.write(Self.down, "DROP TABLE units;\n")
        try repo.git("add", "-A").expectSuccess()
        let paired = try repo.git("commit", "-q", "-m", "feat: add units")
        #expect(paired.status == 0, "\(paired)")

        try repo.writeRelease("1.3.0")
        let release = try repo.git("commit", "-q", "-a", "-m", "chore: prepare release v1.3.0")
        #expect(release.status == 0, "\(release)")

        try repo.write("backend/migrations/20240101000000_init.up.sql", "CREATE TABLE buildings (id UUID);\n")
        let edited = try repo.git("commit", "-q", "-a", "-m", "fix: edit an old migration")
        #expect(edited.status == 0, "an existing migration is not judged\n\(edited)")
        #expect(try repo.commitCount() == 5)

        let all = try repo.lockstep("check", "tree", "--all")
        all.expectDiagnostic("migration/reversible", at: "backend/migrations/20240101000000_init.up.sql:1:1", withExcerpt: false)
    }
}
