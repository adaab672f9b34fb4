import Foundation
import Testing

/// `lockstep check migrations`: new migrations run up, down and up again on a real PostgreSQL,
/// as sqlx 0.8 runs them, with the schema compared by pg_dump (issue 13). All but the
/// `--start-postgres` tests share one cluster (SharedPostgres) and get a scratch database each.
@Suite(.enabled(if: SharedPostgres.isInstalled, "skipped: PostgreSQL is not installed (scripts/test installs it with apt as root)"))
struct MigrationCheckTests {
    static let folder = "backend/migrations"
    static let released = [
        "20240101000000_init.sql": "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL, mood text);\n",
        "20240102000000_posts.sql": "CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\n",
    ]

    /// A repository whose v1.0.0 holds `released`, with `new` written (uncommitted) beside it.
    func repository(released: [String: String] = Self.released, new: [String: String]) throws -> TemporaryRepository {
        let repo = try TemporaryRepository(hook: false)
        for (name, text) in released { try repo.write("\(Self.folder)/\(name)", text) }
        try repo.git("add", "-A").expectSuccess()
        try repo.git("commit", "-q", "-m", "feat: schema").expectSuccess()
        try repo.git("tag", "-a", "v1.0.0", "-m", "v1.0.0").expectSuccess()
        for (name, text) in new { try repo.write("\(Self.folder)/\(name)", text) }
        return repo
    }

    func check(_ repo: TemporaryRepository, _ extra: String...) throws -> RunResult {
        let connection = try SharedPostgres.connection.get()
        return try repo.lockstep(["check", "migrations", "--database-url", connection] + extra)
    }

    func pair(_ name: String, up: String, down: String) -> [String: String] {
        ["20250101000000_\(name).up.sql": up, "20250101000000_\(name).down.sql": down]
    }

    @Test func correctPairPasses() throws {
        let repo = try repository(new: pair("units", up: """
            CREATE TYPE unit_kind AS ENUM ('flat', 'house');
            CREATE TABLE units (id bigint PRIMARY KEY, kind unit_kind NOT NULL, note text DEFAULT 'a;b');
            CREATE INDEX units_kind ON units (kind);
            CREATE FUNCTION touch() RETURNS trigger AS $$
            BEGIN
              NEW.note := 'touched; really';
              RETURN NEW;
            END;
            $$ LANGUAGE plpgsql;
            CREATE TRIGGER units_touch BEFORE UPDATE ON units FOR EACH ROW EXECUTE FUNCTION touch();

            """, down: "DROP TABLE units;\nDROP FUNCTION touch();\nDROP TYPE unit_kind;\n"))
        let result = try check(repo)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("applied 2 migrations of v1.0.0"), "\(result)")
        #expect(result.stderr.contains("20250101000000_units.up.sql: applied, reverted cleanly, re-applied"), "\(result)")
        #expect(result.stdout.contains("pass up, down and up again"), "\(result)")
    }

    @Test(arguments: [
        ("an index", "CREATE INDEX users_name ON users (name);\n", "SELECT 1;\n", "CREATE INDEX users_name"),
        ("a type", "CREATE TYPE color AS ENUM ('red');\n", "SELECT 1;\n", "CREATE TYPE public.color"),
        ("a function", "CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n", "SELECT 1;\n", "CREATE FUNCTION public.one()"),
        ("a trigger", "CREATE FUNCTION t() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;\nCREATE TRIGGER users_t BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION t();\n",
         "DROP FUNCTION t() CASCADE;\nCREATE FUNCTION t() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;\n", "CREATE FUNCTION public.t()"),
    ])
    func downThatForgetsSomethingIsReportedWithTheSchemaDiff(_ what: String, _ up: String, _ down: String, _ left: String) throws {
        let repo = try repository(new: pair("forgets", up: up, down: down))
        let result = try check(repo)
        #expect(result.status == 1, "\(what)\n\(result)")
        #expect(result.stdout.contains("error[migration/down-restores]"), "\(what)\n\(result)")
        #expect(result.stdout.contains("--> \(Self.folder)/20250101000000_forgets.down.sql"), "\(result)")
        #expect(result.stderr.contains("+++ schema after 20250101000000_forgets.down.sql"), "\(result)")
        #expect(result.stderr.split(separator: "\n").contains { $0.hasPrefix("+") && $0.contains(left) }, "the diff shows \(what)\n\(result)")
    }

    /// PostgreSQL adds a column at the end only, so a down file re-adding a dropped column cannot
    /// put it back in place: column order does not count (docs/migrations.md).
    @Test func downReaddingADroppedColumnPasses() throws {
        let repo = try repository(new: pair("drop_name", up: "ALTER TABLE users DROP COLUMN name;\n",
                                            down: "ALTER TABLE users ADD COLUMN name text NOT NULL DEFAULT '';\nALTER TABLE users ALTER COLUMN name DROP DEFAULT;\n"))
        let result = try check(repo)
        #expect(result.status == 0, "\(result)")
    }

    @Test func enumValueThatTheDownCannotRemoveIsReported() throws {
        let released = Self.released.merging(["20240103000000_mood.sql": "CREATE TYPE mood AS ENUM ('sad', 'happy');\n"]) { $1 }
        let repo = try repository(released: released, new: pair("mood", up: "ALTER TYPE mood ADD VALUE 'calm';\n", down: "SELECT 1;\n"))
        let result = try check(repo)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains(" CREATE TYPE public.mood AS ENUM ("), "\(result)")
        #expect(result.stderr.contains("+    'calm'"), "the value the down file could not remove\n\(result)")
    }

    @Test func noTransactionMarkerRunsConcurrentIndexOutsideATransaction() throws {
        let single = try repository(new: pair("idx", up: "-- no-transaction\nCREATE INDEX CONCURRENTLY users_name ON users (name);\n",
                                              down: "-- no-transaction\nDROP INDEX CONCURRENTLY users_name;\n"))
        let passed = try check(single)
        #expect(passed.status == 0, "\(passed)")
        // Without the marker sqlx wraps the file in BEGIN … COMMIT, where CONCURRENTLY is refused.
        let unmarked = try repository(new: pair("idx", up: "CREATE INDEX CONCURRENTLY users_name ON users (name);\n",
                                                down: "DROP INDEX users_name;\n"))
        let refused = try check(unmarked)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stdout.contains("cannot run inside a transaction block"), "\(refused)")
        // sqlx sends the file as ONE query: two CONCURRENTLY statements fail even when marked
        // (psql -f, which splits statements, would pass them).
        let two = try repository(new: pair("idx", up: "-- no-transaction\nCREATE INDEX CONCURRENTLY a ON users (name);\nCREATE INDEX CONCURRENTLY b ON users (mood);\n",
                                           down: "-- no-transaction\nDROP INDEX a;\nDROP INDEX b;\n"))
        let twice = try check(two)
        #expect(twice.status == 1, "\(twice)")
        #expect(twice.stdout.contains("error[migration/applies]"), "\(twice)")
    }

    @Test func syntaxErrorNamesTheFileAndLine() throws {
        let repo = try repository(new: pair("typo", up: "-- units\nCREATE TABLE units (id int);\nCREAT INDEX units_id ON units (id);\n", down: "DROP TABLE units;\n"))
        let result = try check(repo)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("error[migration/applies]"), "\(result)")
        #expect(result.stdout.contains("--> \(Self.folder)/20250101000000_typo.up.sql:3:1"), "\(result)")
        #expect(result.stdout.contains("syntax error at or near \"CREAT\""), "\(result)")
    }

    /// The first statement succeeds, the second fails: the transaction leaves nothing behind, and
    /// the next migration is not checked on a database in an unknown state.
    @Test func upFailingHalfWayStopsTheRun() throws {
        var new = pair("half", up: "CREATE TABLE half (id int);\nINSERT INTO half VALUES (1 / 0);\n", down: "DROP TABLE half;\n")
        new["20250102000000_later.up.sql"] = "CREATE TABLE later ();\n"
        new["20250102000000_later.down.sql"] = "DROP TABLE later;\n"
        let result = try check(try repository(new: new))
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("division by zero"), "\(result)")
        #expect(result.stderr.contains("not checked (after that failure): 20250102000000_later.up.sql"), "\(result)")
    }

    /// A COMMIT of its own ends sqlx's transaction early; PostgreSQL accepts it, as sqlx would
    /// (the static rule migration/transaction-control warns about it before).
    @Test func migrationWithItsOwnCommitRunsAsUnderSqlx() throws {
        let repo = try repository(new: pair("commit", up: "CREATE TABLE a ();\nCOMMIT;\nCREATE TABLE b ();\n", down: "DROP TABLE a;\nDROP TABLE b;\n"))
        let result = try check(repo)
        #expect(result.status == 0, "\(result)")
    }

    @Test func upOnlyMigrationIsNotRevertible() throws {
        let repo = try repository(new: ["20250101000000_simple.sql": "CREATE TABLE simple ();\n"])
        let result = try check(repo)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("error[migration/reversible]"), "\(result)")
        #expect(result.stdout.contains("--> \(Self.folder)/20250101000000_simple.sql"), "\(result)")
    }

    /// Over the 128 KB a single argument may hold: the file still goes as one query.
    @Test func megabyteMigration() throws {
        var up = "CREATE TABLE big (id int, note text);\n"
        var row = 0
        while up.utf8.count < 1 << 20 { up += "INSERT INTO big VALUES (\(row), 'row; \(row) with a semicolon');\n"; row += 1 }
        let repo = try repository(new: pair("big", up: up, down: "DROP TABLE big;\n"))
        let result = try check(repo)
        #expect(result.status == 0, "\(result)")
    }

    @Test func hundredReleasedMigrations() throws {
        var released: [String: String] = [:]
        for index in 1...100 { released["\(20240000000000 + index)_t\(index).sql"] = "CREATE TABLE t\(index) (id int PRIMARY KEY, note text);\n" }
        let repo = try repository(released: released, new: pair("more", up: "ALTER TABLE t100 ADD COLUMN extra int;\n", down: "ALTER TABLE t100 DROP COLUMN extra;\n"))
        let result = try check(repo)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("applied 100 migrations of v1.0.0"), "\(result)")
    }

    @Test func sinceNamesTheBaseline() throws {
        let repo = try repository(new: pair("units", up: "CREATE TABLE units ();\n", down: "DROP TABLE units;\n"))
        try repo.git("add", "-A").expectSuccess()
        try repo.git("commit", "-q", "-m", "feat: units").expectSuccess()
        let result = try check(repo, "--since", "HEAD")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("applied 3 migrations of HEAD"), "\(result)")
        #expect(result.stderr.contains("no migration is new since HEAD"), "\(result)")
    }

    @Test func githubFormatAnnotatesTheMigrationFile() throws {
        let repo = try repository(new: pair("forgets", up: "CREATE INDEX users_name ON users (name);\n", down: "SELECT 1;\n"))
        let result = try check(repo, "--format", "github")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("::error file=\(Self.folder)/20250101000000_forgets.down.sql"), "\(result)")
    }

    /// The cluster --start-postgres makes is gone after the run, whether it passes or is killed.
    @Test func startPostgresStopsItsClusterEvenWhenKilled() throws {
        let repo = try repository(new: pair("units", up: "CREATE TABLE units ();\n", down: "DROP TABLE units;\n"))
        let tmp = repo.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        _ = try run("/bin/chmod", ["1777", tmp.path], in: repo.path, environment: repo.environment)
        let passed = try repo.lockstep(["check", "migrations", "--start-postgres"], environment: ["TMPDIR": tmp.path])
        #expect(passed.status == 0, "\(passed)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty, "the cluster's folder is removed")

        // SIGTERM in the middle of a long migration: the watchdog stops the server and removes its folder.
        var slow = pair("slow", up: "SELECT pg_sleep(30);\n", down: "SELECT 1;\n")
        slow["20250101000000_slow.up.sql"] = "SELECT pg_sleep(30);\n"
        for (name, text) in slow { try repo.write("\(Self.folder)/\(name)", text) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Products.lockstepCLI)
        process.arguments = ["check", "migrations", "--start-postgres"]
        process.currentDirectoryURL = repo.path
        process.environment = repo.environment.merging(["TMPDIR": tmp.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !(try FileManager.default.contentsOfDirectory(atPath: tmp.path)).contains(where: { $0.hasPrefix("lockstep-pg-") }) {
            Thread.sleep(forTimeInterval: 0.1)
        }
        Thread.sleep(forTimeInterval: 3)
        process.terminate()
        process.waitUntilExit()
        let gone = Date().addingTimeInterval(20)
        while Date() < gone, !(try FileManager.default.contentsOfDirectory(atPath: tmp.path)).filter({ $0.hasPrefix("lockstep-pg-") }).isEmpty {
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).filter { $0.hasPrefix("lockstep-pg-") }.isEmpty,
                "the cluster's folder outlived the killed run")
        let servers = try run("/bin/sh", ["-c", "ps -eo args | grep '[p]ostgres -D \(tmp.path)' || true"], in: repo.path, environment: repo.environment)
        #expect(servers.stdout.isEmpty, "a server still runs: \(servers.stdout)")
    }
}
