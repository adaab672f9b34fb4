struct Reversible: Rule {
    static let info = RuleInfo(
        id: "migration/reversible",
        summary: "a new migration comes as a `.up.sql` and `.down.sql` pair",
        rationale: """
            RELEASE_PROCESS.md "Database" and "Rollback Procedure": migrations are tested up and down and \
            rolled back with `sqlx migrate revert`, which needs the `.down.sql`. Existing migrations are not judged.
            """,
        configKeys: ["migration.path"],
        passing: [Example("-- backend/migrations/20251110_add_units.up.sql --\nCREATE TABLE units ();\n-- backend/migrations/20251110_add_units.down.sql --\nDROP TABLE units;\n"),
                  Example("-- backend/migrations/20240101_old.sql --\nCREATE TABLE t ();\n-- HEAD:backend/migrations/20240101_old.sql --\nCREATE TABLE t ();\n")],
        failing: [Example("-- backend/migrations/20251110_add_units.up.sql --\n↓CREATE TABLE units ();\n"),
                  Example("-- backend/migrations/20251110_drop.down.sql --\n↓DROP TABLE units;\n"),
                  Example("-- backend/migrations/20251110_simple.sql --\n↓CREATE TABLE t ();\n")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        let present = Set(input.tree.listing)
        return input.newMigrations(config: config).compactMap { path, name -> Diagnostic? in
            let problem: (String, String)?
            if name.hasSuffix(".up.sql") {
                let down = String(path.dropLast(7)) + ".down.sql"
                problem = present.contains(down) ? nil : ("\(path) has no \(fileName(down))", "add \(down) that undoes it")
            } else if name.hasSuffix(".down.sql") {
                let up = String(path.dropLast(9)) + ".up.sql"
                problem = present.contains(up) ? nil : ("\(path) has no \(fileName(up))", "add \(up), or remove this file")
            } else {
                // The same version made a pair (a command that works when pasted, not a placeholder).
                let stem = String(path.dropLast(4))
                problem = ("\(path) cannot be reverted (sqlx reverts only `.up.sql`/`.down.sql` pairs)",
                           "make it a pair: `git mv \(ShellQuoting.quote(path)) \(ShellQuoting.quote(stem + ".up.sql"))`, "
                               + "then write \(stem).down.sql that undoes it")
            }
            return problem.map { Diagnostic(Self.info.id, $0.0, fix: $0.1, file: path, line: 1, column: 1) }
        }
    }
}

/// The last path component, for messages.
private func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
