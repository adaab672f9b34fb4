struct MigrationName: Rule {
    static let info = RuleInfo(
        id: "migration/name",
        summary: "a new migration is named `<version>_<description>.up.sql` / `.down.sql`, as sqlx reads it",
        rationale: """
            sqlx reads a migration's version from its file name, up to the first `_` (a number that fits \
            in 64 bits, by convention the creation time `sqlx migrate add` writes), and applies migrations \
            in that order. A name without `_` is skipped without a word: the migration never runs; one \
            whose version is not a number stops `sqlx migrate run` at deploy time (RELEASE_PROCESS.md \
            "Database"). Existing migrations are not judged.
            """,
        configKeys: ["migration.path"],
        passing: [Example("-- backend/migrations/20251110120000_add_units.up.sql --\nCREATE TABLE units ();\n-- backend/migrations/20251110120000_add_units.down.sql --\nDROP TABLE units;\n"),
                  Example("-- backend/migrations/0001_init.sql --\nCREATE TABLE t ();\n"),
                  Example("-- backend/migrations/20251110_.up.sql --\nX\n-- backend/migrations/+20251111_b.sql --\nX\n"),
                  Example("-- backend/migrations/add_units.up.sql --\nX\n-- HEAD:backend/migrations/add_units.up.sql --\nX\n"),
                  Example("-- backend/migrations/README.md --\nHow we migrate.\n")],
        failing: [Example("-- backend/migrations/addunits.up.sql --\n↓CREATE TABLE units ();\n"),
                  Example("-- backend/migrations/add_units.down.sql --\n↓DROP TABLE units;\n-- backend/migrations/add_units.up.sql --\n↓CREATE TABLE units ();\n"),
                  Example("-- backend/migrations/2025-11-10_units.up.sql --\n↓X\n"),
                  Example("-- backend/migrations/99999999999999999999_big.up.sql --\n↓X\n")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        input.newMigrations(config: config).compactMap { path, name -> Diagnostic? in
            guard let problem = Self.problem(in: name) else { return nil }
            // Its description (what follows the bad version, or the whole stem), for a command that works when pasted.
            let stem = name.hasSuffix(".up.sql") ? name.dropLast(7) : name.hasSuffix(".down.sql") ? name.dropLast(9) : name.dropLast(4)
            let described = stem.firstIndex(of: "_").map { stem[stem.index(after: $0)...] } ?? stem
            let description = described.isEmpty ? "migration" : String(described)
            return Diagnostic(Self.info.id, "\(name): \(problem)",
                              fix: "sqlx names migrations VERSION_DESCRIPTION: `lockstep migration new \(ShellQuoting.quote(description))` makes the pair, for its SQL",
                              file: path, line: 1, column: 1)
        }
    }

    /// What is wrong with a migration's file name, as sqlx reads it; nil when nothing is.
    private static func problem(in name: Substring) -> String? {
        guard let underscore = name.firstIndex(of: "_") else {
            return "no `<version>_` before the description: sqlx skips the file and the migration never runs"
        }
        let version = name[..<underscore]
        guard version.dropFirst(version.first == "+" || version.first == "-" ? 1 : 0).allSatisfy(\.isASCIIDigit),
              Int64(version) != nil else {
            return "`\(version)` is not a 64-bit version number: `sqlx migrate run` stops on it"
        }
        return nil
    }
}
