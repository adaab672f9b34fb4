struct UniqueVersion: Rule {
    static let info = RuleInfo(
        id: "migration/unique-version",
        summary: "a new migration's version number is not used by another migration",
        rationale: """
            sqlx identifies a migration by its version alone. A database that ran the other file with \
            that version counts the new one as applied and modified (`sqlx migrate run` stops: "migration \
            … was previously applied but has been modified"); a fresh one runs only one of the two. An \
            `.up.sql` and its `.down.sql` share their version, as they should.
            """,
        configKeys: ["migration.path"],
        passing: [Example("-- backend/migrations/20251110120000_a.up.sql --\nX\n-- backend/migrations/20251110120000_a.down.sql --\nX\n-- backend/migrations/20251110120001_b.sql --\nX\n"),
                  Example("-- backend/migrations/1_a.sql --\nX\n-- backend/migrations/1_b.sql --\nX\n-- HEAD:backend/migrations/1_a.sql --\nX\n-- HEAD:backend/migrations/1_b.sql --\nX\n")],
        failing: [Example("-- backend/migrations/20251110120000_a.sql --\nX\n-- backend/migrations/20251110120000_b.down.sql --\n↓X\n-- backend/migrations/20251110120000_b.up.sql --\n↓X\n-- HEAD:backend/migrations/20251110120000_a.sql --\nX\n"),
                  Example("-- backend/migrations/0002_b.sql --\n↓X\n-- backend/migrations/2_c.sql --\n↓X\n")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        let all = input.migrations(in: input.tree, config: config)
        let folder = config.migration.path + "/"
        return input.newMigrations(config: config).compactMap { path, name -> Diagnostic? in
            guard let migration = all.first(where: { $0.path == path }) else { return nil }
            let stem = name.dropLast(migration.kind.suffix.utf8.count)
            guard let other = all.first(where: { other in
                other.version == migration.version && other.path.dropFirst(folder.count).dropLast(other.kind.suffix.utf8.count) != stem
            }) else { return nil }
            return Diagnostic(Self.info.id, "\(path) has version \(migration.version), as \(other.path) has: sqlx takes one for the other",
                              fix: "give it a new version: `lockstep migration new \(ShellQuoting.quote(migration.description))` makes a pair with the next one, for its SQL",
                              file: path, line: 1, column: 1)
        }
    }
}
