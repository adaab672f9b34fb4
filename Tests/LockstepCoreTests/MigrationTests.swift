import Testing
@testable import LockstepCore

/// How sqlx 0.8 reads a migrations folder, and the pieces `check migrations` compares with
/// (sqlx-core/src/migrate/source.rs and migration.rs; pg_dump output).
@Suite struct MigrationTests {
    func hex(_ bytes: [UInt8]) -> String { bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() }

    /// FIPS 180-4 examples and a two-block message, as `sha384sum` prints them.
    @Test func sha384MatchesTheStandard() {
        #expect(hex(SHA384.digest(Array("abc".utf8))) == "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")
        #expect(hex(SHA384.digest([])) == "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b")
        #expect(hex(SHA384.digest([UInt8](repeating: UInt8(ascii: "a"), count: 200))) == "0691b6e978614b67d60557b2a2cddd53406508522efa21c624dbbfa8ab6e726d5c586b489c7c09f24109a64c10211d48")
    }

    @Test func namesAreReadAsSqlxReadsThem() {
        #expect(SqlxMigration.name("20251110120000_add_units.up.sql") == .migration(version: 20251110120000, description: "add units", kind: .up))
        #expect(SqlxMigration.name("1_init.down.sql") == .migration(version: 1, description: "init", kind: .down))
        #expect(SqlxMigration.name("0001_first_one.sql") == .migration(version: 1, description: "first one", kind: .simple))
        #expect(SqlxMigration.name("+5_signed.sql") == .migration(version: 5, description: "signed", kind: .simple))
        #expect(SqlxMigration.name("-5_negative.sql") == .migration(version: -5, description: "negative", kind: .simple))
        #expect(SqlxMigration.name("3_x.sql.sql") == .migration(version: 3, description: "x", kind: .simple))
        #expect(SqlxMigration.name("README.md") == .ignored)
        #expect(SqlxMigration.name("init.sql") == .ignored)
        #expect(SqlxMigration.name("1_notes.txt") == .ignored)
        #expect(SqlxMigration.name("2025-11-10_units.sql") == .badVersion("2025-11-10"))
        #expect(SqlxMigration.name("99999999999999999999_big.sql") == .badVersion("99999999999999999999"))
        #expect(SqlxMigration.name("_x.sql") == .badVersion(""))
    }

    @Test func folderIsOrderedByVersionNotName() throws {
        let files: [(name: String, sql: [UInt8])] = [("10_c.sql", []), ("9_b.sql", []), ("0001_a.up.sql", []), ("0001_a.down.sql", []), ("notes.txt", [])]
        let folder = try SqlxMigration.folder(files).get()
        #expect(folder.map(\.fileName) == ["0001_a.down.sql", "0001_a.up.sql", "9_b.sql", "10_c.sql"])
        #expect(throws: BadMigrationName.self) { try SqlxMigration.folder([("x_y.sql", [])]).get() }
    }

    @Test func noTransactionOnlyAsTheFirstBytes() {
        func migration(_ text: String) -> SqlxMigration { SqlxMigration(fileName: "1_a.sql", version: 1, description: "a", kind: .simple, sql: Array(text.utf8)) }
        #expect(!migration("-- no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);").runsInTransaction)
        #expect(!migration("-- no-transactional? sqlx only compares the prefix").runsInTransaction)
        #expect(migration("\n-- no-transaction").runsInTransaction)
        #expect(migration("\u{FEFF}-- no-transaction").runsInTransaction)
        #expect(migration("--no-transaction").runsInTransaction)
    }

    @Test func statementsSkipStringsCommentsAndDollarBodies() {
        let sql = """
            CREATE FUNCTION f() RETURNS void AS $body$ BEGIN; COMMIT; $body$ LANGUAGE plpgsql;
            -- COMMIT;
            /* nested /* COMMIT; */ ROLLBACK; */ SELECT 'it''s; COMMIT', E'\\'; BEGIN', "a;b";
              commit;
            SELECT $1; END
            """
        let starts = SQLStatements(Array(sql.utf8)).starts
        #expect(starts.map { $0.words.first ?? "" } == ["CREATE", "SELECT", "COMMIT", "SELECT", "END"])
        #expect(starts[2].line == 4 && starts[2].column == 3)
    }

    @Test func dumpsDropWhatChangesBetweenRunsAndIgnoreColumnOrder() {
        let first = SchemaDump(Array("""
            --
            -- PostgreSQL database dump
            --

            \\restrict AbCdEf123

            -- Dumped from database version 15.18
            -- Dumped by pg_dump version 15.18
            CREATE TABLE public.users (
                id bigint NOT NULL,
                name text,
                age integer
            );

            \\unrestrict AbCdEf123

            """.utf8))
        let second = SchemaDump(Array("""
            --
            -- PostgreSQL database dump
            --

            \\restrict ZzZz

            -- Dumped from database version 15.18
            -- Dumped by pg_dump version 15.18
            CREATE TABLE public.users (
                id bigint NOT NULL,
                age integer,
                name text
            );

            \\unrestrict ZzZz
            """.utf8))
        #expect(first == second)
        #expect(!first.lines.contains { $0.contains("restrict") || $0.contains("Dumped") })
    }

    @Test func unifiedDiffShowsHunksWithContext() {
        let old = (1...20).map { "line \($0)" }
        var new = old
        new.insert("CREATE INDEX i ON t (a);", at: 10)
        new[18] = "changed"
        let diff = UnifiedDiff.render(old, new, oldName: "before", newName: "after")
        #expect(diff.hasPrefix("--- before\n+++ after\n@@ -8,"), "\(diff)")
        #expect(diff.contains("+CREATE INDEX i ON t (a);\n"))
        #expect(diff.contains("-line 18\n+changed\n"))
        #expect(UnifiedDiff.render(old, old, oldName: "a", newName: "b").isEmpty)
        #expect(UnifiedDiff.render([], ["x"], oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n")
    }

    @Test func newVersionFollowsTheFolder() {
        let stamp = MigrationVersion.timestamp(year: 2026, month: 3, day: 7, hour: 9, minute: 5, second: 0)
        #expect(stamp == "20260307090500")
        #expect(MigrationVersion.next(existing: [], timestamp: stamp) == stamp)
        #expect(MigrationVersion.next(existing: ["20240101000000_init.sql"], timestamp: stamp) == stamp)
        #expect(MigrationVersion.next(existing: ["0001_a.up.sql", "0001_a.down.sql", "0002_b.up.sql"], timestamp: stamp) == "0003")
        #expect(MigrationVersion.next(existing: ["1_a.sql"], timestamp: stamp) == "0002")
        // A clock behind the newest version still gives a version above it.
        #expect(MigrationVersion.next(existing: ["20990101000000_future.sql", "20990101000009_x.sql"], timestamp: stamp) == "20990101000010")
    }
}
