struct TransactionControl: Rule {
    static let info = RuleInfo(
        id: "migration/transaction-control",
        summary: "a migration that runs in sqlx's transaction has no `BEGIN`, `COMMIT` or `ROLLBACK` of its own",
        rationale: """
            sqlx runs each migration inside its own `BEGIN … COMMIT` unless the file starts with \
            `-- no-transaction`. A `COMMIT` in the file ends sqlx's transaction early: what follows, and \
            sqlx's own bookkeeping, run outside it, so a failure half-way leaves a partly applied \
            migration that sqlx records as not applied. A `BEGIN` only draws a warning from PostgreSQL.
            """,
        severity: .warning,
        configKeys: ["migration.path"],
        passing: [Example("-- backend/migrations/1_f.up.sql --\nCREATE FUNCTION f() RETURNS void AS $$\nBEGIN\n  PERFORM 1;\nEND;\n$$ LANGUAGE plpgsql;\n"),
                  Example("-- backend/migrations/2_idx.up.sql --\n-- no-transaction\nCOMMIT;\nCREATE INDEX CONCURRENTLY i ON t (a);\n"),
                  Example("-- backend/migrations/3_c.up.sql --\n-- COMMIT; in a comment\nINSERT INTO t VALUES ('COMMIT; ROLLBACK;');\n/* BEGIN; */\n"),
                  Example("-- backend/migrations/4_old.sql --\nBEGIN;\n-- HEAD:backend/migrations/4_old.sql --\nBEGIN;\n")],
        failing: [Example("-- backend/migrations/1_a.up.sql --\n↓BEGIN;\nCREATE TABLE t ();\n↓COMMIT;\n"),
                  Example("-- backend/migrations/2_b.sql --\nCREATE TABLE t (); ↓commit;\n  ↓START TRANSACTION;\n↓ROLLBACK;\n"),
                  Example("-- backend/migrations/3_c.down.sql --\nDROP TABLE t;\r\n↓END;\r\n")])

    private static let keywords: Set<String> = ["BEGIN", "COMMIT", "ROLLBACK", "END", "ABORT"]

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        input.newMigrations(config: config).flatMap { path, name -> [Diagnostic] in
            guard case .file(let sql)? = input.tree[path],
                  case .migration(let version, let description, let kind) = SqlxMigration.name(String(name)),
                  SqlxMigration(fileName: String(name), version: version, description: description, kind: kind, sql: sql).runsInTransaction
            else { return [] }
            return SQLStatements(sql).starts.compactMap { start -> Diagnostic? in
                guard let first = start.words.first,
                      Self.keywords.contains(first) || first == "START" && start.words.dropFirst().first == "TRANSACTION" else { return nil }
                // `BEGIN ATOMIC` opens an SQL-standard function body, not a transaction.
                if first == "BEGIN", start.words.dropFirst().first == "ATOMIC" { return nil }
                return Diagnostic(Self.info.id, "\(start.words.joined(separator: " ")) in \(name), which sqlx already runs in a transaction",
                                  fix: "remove it (sqlx commits the migration), or start the file with `-- no-transaction` and manage the transaction yourself",
                                  file: path, line: start.line, column: start.column)
            }
        }
    }
}
