import Foundation
import Testing

/// The static migration rules as the pre-commit hook applies them (issue 13 item 3, issue 10 item
/// 12), and `lockstep migration new`.
@Suite struct MigrationHookTests {
    static let released = "backend/migrations/20240101000000_init.sql"

    /// A release repository whose v1.2.0 tag holds one migration.
    func releasedRepository() throws -> TemporaryRepository {
        let repo = try TemporaryRepository.release()
        try repo.write(Self.released, "CREATE TABLE buildings (id bigint PRIMARY KEY);\n")
        try repo.git("add", "-A").expectSuccess()
        try repo.git("commit", "-q", "--no-verify", "-m", "feat: buildings").expectSuccess()
        try repo.git("tag", "-a", "v1.2.0", "-m", "v1.2.0").expectSuccess()
        return repo
    }

    @Test func editingAReleasedMigrationIsRefused() throws {
        let repo = try releasedRepository()
        try repo.write(Self.released, "CREATE TABLE buildings (id bigint PRIMARY KEY);\nALTER TABLE buildings ADD name text;\n")
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "fix: name buildings")
        refused.expectCommitRefused("migration/immutable", at: "\(Self.released):2:1", fix: "git checkout v1.2.0 -- \(Self.released)", withExcerpt: false)
        #expect(try repo.commitCount() == 2)

        // The fix text, pasted into a shell, restores the file, and the commit then goes through.
        try run("/bin/sh", ["-c", "git checkout v1.2.0 -- \(Self.released)"], in: repo.path, environment: repo.environment).expectSuccess()
        try repo.write("docs/notes.md", "notes\n")
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "docs: notes")
        #expect(accepted.status == 0, "\(accepted)")
    }

    @Test func deletingAReleasedMigrationIsRefused() throws {
        let repo = try releasedRepository()
        try repo.git("rm", "-q", Self.released).expectSuccess()
        let refused = try repo.git("commit", "-m", "chore: tidy")
        #expect(refused.status != 0, "\(refused)")
        #expect(refused.stderr.contains("error[migration/immutable]") && refused.stderr.contains("is gone"), "\(refused)")
    }

    @Test func reusingAVersionIsRefused() throws {
        let repo = try releasedRepository()
        try repo.write("backend/migrations/20240101000000_units.up.sql", "CREATE TABLE units ();\n")
        try repo.write("backend/migrations/20240101000000_units.down.sql", "DROP TABLE units;\n")
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "feat: units")
        refused.expectCommitRefused("migration/unique-version", at: "backend/migrations/20240101000000_units.up.sql:1:1", withExcerpt: false)
        #expect(try repo.commitCount() == 2)
    }

    @Test func misplacedMarkerIsRefusedAndOwnCommitWarns() throws {
        let repo = try releasedRepository()
        try repo.write("backend/migrations/20250101000000_idx.up.sql", "\n-- no-transaction\nCREATE INDEX CONCURRENTLY b ON buildings (id);\n")
        try repo.write("backend/migrations/20250101000000_idx.down.sql", "DROP INDEX b;\n")
        try repo.git("add", "-A").expectSuccess()
        let refused = try repo.git("commit", "-m", "feat: index")
        refused.expectCommitRefused("migration/no-transaction-marker", at: "backend/migrations/20250101000000_idx.up.sql:2:1", withExcerpt: false)

        try repo.write("backend/migrations/20250101000000_idx.up.sql", "CREATE TABLE a ();\nCOMMIT;\n")
        try repo.git("add", "-A").expectSuccess()
        let warned = try repo.git("commit", "-m", "feat: index")
        #expect(warned.status == 0, "a warning does not refuse the commit\n\(warned)")
        #expect(warned.stderr.contains("warning[migration/transaction-control]"), "\(warned)")
    }

    @Test func migrationNewCreatesAPairTheHookAccepts() throws {
        let repo = try releasedRepository()
        let created = try repo.lockstep("migration", "new", "add units")
        #expect(created.status == 0, "\(created)")
        let names = try FileManager.default.contentsOfDirectory(atPath: repo.path.appendingPathComponent("backend/migrations").path).sorted()
        #expect(names.count == 3, "\(names)")
        let up = try #require(names.first { $0.hasSuffix("_add_units.up.sql") }, "\(names)")
        #expect(names.contains(up.replacingOccurrences(of: ".up.sql", with: ".down.sql")))
        #expect(up.count == "20260101000000_add_units.up.sql".count, "a 14-digit UTC timestamp, as sqlx writes it: \(up)")
        try repo.git("add", "-A").expectSuccess()
        let accepted = try repo.git("commit", "-q", "-m", "feat: units")
        #expect(accepted.status == 0, "\(accepted)")
    }
}
