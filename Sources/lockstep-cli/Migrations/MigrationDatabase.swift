import LockstepChecks
import LockstepCore
import LockstepSystem

/// One scratch database, driven through psql and pg_dump the way sqlx 0.8 drives its connection
/// (`sqlx-postgres/src/migrate.rs`): each migration file is sent as ONE simple-query message,
/// inside `BEGIN … COMMIT` with its `_sqlx_migrations` row unless it starts with `-- no-transaction`.
///
/// psql splits a script into statements (so `psql -f` is not what sqlx does), and `-c` is bounded
/// by the kernel's 128 KB per argument. So the file is read into a psql variable and sent with
/// `SELECT :'sql' \gexec`: \gexec sends the value, whole, as one query of its own.
struct MigrationDatabase {
    let tools: PostgresTools
    /// libpq connection string (keywords or URI) of the scratch database.
    let connection: String
    /// Where psql scripts, copies of the files and outputs go.
    let scratch: String

    /// A failed psql run: PostgreSQL's message, and the line in the migration file when psql names it.
    struct Refusal: Error {
        let message: String
        let line: Int?
        /// The migration psql was running, in a script of several.
        var migration: SqlxMigration? = nil
    }

    /// Runs sqlx's `ensure_migrations_table` statement, verbatim.
    func createMigrationsTable() throws(Refusal) {
        try script("""
            CREATE TABLE IF NOT EXISTS _sqlx_migrations (
                version BIGINT PRIMARY KEY,
                description TEXT NOT NULL,
                installed_on TIMESTAMPTZ NOT NULL DEFAULT now(),
                success BOOLEAN NOT NULL,
                checksum BYTEA NOT NULL,
                execution_time BIGINT NOT NULL
            );

            """)
    }

    /// `Migrate::apply`: the file, then its row (version, description, success, SHA-384 of the
    /// file, execution time), in one transaction unless the file opts out.
    func apply(_ migration: SqlxMigration) throws(Refusal) {
        try apply([migration])
    }

    /// Several migrations in order on one connection, as `sqlx migrate run` applies a folder (one
    /// psql for all: starting one per file would cost more than most migrations). A refusal names
    /// the migration that failed: psql echoes a marker before each.
    func apply(_ migrations: [SqlxMigration]) throws(Refusal) {
        var text = ""
        for (index, migration) in migrations.enumerated() {
            let checksum = SHA384.digest(migration.sql).map { byte in
                let digits = Array("0123456789abcdef")
                return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
            }.joined()
            let row = "INSERT INTO _sqlx_migrations ( version, description, success, checksum, execution_time ) VALUES ( \(migration.version), \(literal(migration.description)), TRUE, '\\x\(checksum)'::bytea, -1 );\n"
            // sqlx then records the elapsed time, outside the transaction.
            let time = "UPDATE _sqlx_migrations SET execution_time = (extract(epoch FROM clock_timestamp() - installed_on) * 1e9)::bigint WHERE version = \(migration.version);\n"
            text += try step(migration, index: index, bookkeeping: row, then: time)
        }
        try script(text, steps: migrations)
    }

    /// `Migrate::revert`: the down file, then its row removed, in one transaction unless it opts out.
    func revert(_ down: SqlxMigration) throws(Refusal) {
        try script(try step(down, index: 0, bookkeeping: "DELETE FROM _sqlx_migrations WHERE version = \(down.version);\n", then: ""), steps: [down])
    }

    /// `pg_dump --schema-only`, made comparable.
    func dump() throws(Refusal) -> SchemaDump {
        let outcome: Subprocess.Outcome
        do throws(SystemError) {
            outcome = try Subprocess(tools.pgDump, ["--schema-only", "--no-owner", "--no-privileges", "-d", connection],
                                     environment: ["PGCLIENTENCODING": "UTF8"]).run(scratch: scratch)
        } catch {
            throw Refusal(message: error.description, line: nil)
        }
        guard outcome.status == 0 else { throw Refusal(message: "pg_dump failed: " + outcome.errorText, line: nil) }
        return SchemaDump(outcome.output)
    }

    /// The psql lines that send one file as one query, between a marker and its bookkeeping.
    private func step(_ migration: SqlxMigration, index: Int, bookkeeping: String, then: String) throws(Refusal) -> String {
        let copy = Path.join(scratch, "migration-\(index).sql")
        do throws(SystemError) { try TemporaryDirectory.write(migration.sql, to: copy) } catch { throw Refusal(message: error.description, line: nil) }
        var text = "\\echo lockstep-step \(index)\n\\set lockstep_sql `cat \(ShellQuoting.quote(copy))`\n"
        if migration.runsInTransaction { text += "BEGIN;\n" }
        text += "SELECT :'lockstep_sql' \\gexec\n" + bookkeeping
        if migration.runsInTransaction { text += "COMMIT;\n" }
        return text + then
    }

    /// Runs a psql script of our own (split into statements by psql, as intended) with
    /// `ON_ERROR_STOP`; a failure carries PostgreSQL's words.
    private func script(_ text: String, steps: [SqlxMigration] = []) throws(Refusal) {
        let path = Path.join(scratch, "script.psql")
        let outcome: Subprocess.Outcome
        do throws(SystemError) {
            try TemporaryDirectory.write(Array(text.utf8), to: path)
            outcome = try Subprocess(tools.psql, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", connection, "-f", path],
                                     environment: ["PGCLIENTENCODING": "UTF8", "PGOPTIONS": "-c client_min_messages=warning"]).run(scratch: scratch)
        } catch {
            throw Refusal(message: error.description, line: nil)
        }
        guard outcome.status != 0 else { return }
        // psql prefixes its messages with `psql:<script>:<line>: `, which names our script, not the migration.
        let lines = outcome.errorText.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard line.hasPrefix("psql:"), let range = line.firstRange(of: ": ") else { return line }
            return line[range.upperBound...]
        }
        let message = lines.joined(separator: "\n").trimmingSuffixWhitespace
        // The server's position, as psql shows it: `LINE 3: …` counts lines of the query sent, the file.
        let line = lines.lazy.compactMap { text -> Int? in
            guard text.hasPrefix("LINE "), let colon = text.firstIndex(of: ":") else { return nil }
            return Int(text[text.index(text.startIndex, offsetBy: 5)..<colon])
        }.first
        let marker = String(decoding: outcome.output, as: UTF8.self).split(separator: "\n").last { $0.hasPrefix("lockstep-step ") }
        let failed = marker.flatMap { Int($0.dropFirst("lockstep-step ".count)) }.flatMap { steps.indices.contains($0) ? steps[$0] : nil }
        throw Refusal(message: message, line: line, migration: failed)
    }

    private func literal(_ text: String) -> String { "'" + text.replacing("'", with: "''") + "'" }
}

extension String {
    var trimmingSuffixWhitespace: String {
        var text = Substring(self)
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
