struct NoTransactionMarker: Rule {
    static let info = RuleInfo(
        id: "migration/no-transaction-marker",
        summary: "a `-- no-transaction` marker is the file's very first bytes",
        rationale: """
            sqlx runs a migration outside a transaction only when the file starts with exactly \
            `-- no-transaction`. A byte-order mark, a blank line or another comment before it (or a \
            different spelling) and sqlx silently runs the file in a transaction, where `CREATE INDEX \
            CONCURRENTLY` and `ALTER TYPE … ADD VALUE` used in the same file fail at deploy time.
            """,
        configKeys: ["migration.path"],
        passing: [Example("-- backend/migrations/1_idx.up.sql --\n-- no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\n"),
                  Example("-- backend/migrations/2_t.up.sql --\n-- creates t\nCREATE TABLE t ();\n-- no-transaction (a comment after the SQL is not a marker)\n")],
        failing: [Example("-- backend/migrations/1_idx.up.sql --\n\n↓-- no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\n"),
                  Example("-- backend/migrations/2_idx.up.sql --\n\u{FEFF}↓-- no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\n"),
                  Example("-- backend/migrations/3_idx.sql --\n-- index for lookups\n↓--no-transaction\r\nCREATE INDEX CONCURRENTLY i ON t (a);\n"),
                  Example("-- backend/migrations/4_idx.down.sql --\n  ↓-- No-Transaction\nDROP INDEX CONCURRENTLY i;\n")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        input.newMigrations(config: config).compactMap { path, name -> Diagnostic? in
            guard case .file(let sql)? = input.tree[path], !sql.starts(with: SqlxMigration.noTransactionMarker),
                  let (line, column) = Self.misplacedMarker(in: sql) else { return nil }
            return Diagnostic(Self.info.id, "\(name) has a `-- no-transaction` marker sqlx does not see: it runs the file in a transaction",
                              fix: "make `-- no-transaction` the file's first line, with nothing before it (no blank line, byte-order mark or comment)",
                              file: path, line: line, column: column)
        }
    }

    /// The line and column (in characters) of a marker-like comment among the file's leading blank
    /// and comment lines.
    private static func misplacedMarker(in sql: [UInt8]) -> (Int, Int)? {
        for (index, bytes) in sql.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = Substring(String(decoding: bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes, as: UTF8.self))
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            if trimmed.allSatisfy(\.isWhitespace) { continue }
            guard trimmed.hasPrefix("--") else { return nil }
            let words = trimmed.dropFirst(2).drop { $0 == " " || $0 == "\t" }.lowercased()
            if words.hasPrefix("no-transaction") || words.hasPrefix("no transaction") || words.hasPrefix("notransaction") {
                return (index + 1, line.count - trimmed.count + 1)
            }
        }
        return nil
    }
}
