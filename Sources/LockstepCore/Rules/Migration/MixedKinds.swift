struct MixedKinds: Rule {
    static let info = RuleInfo(
        id: "migration/mixed-kinds",
        summary: "no simple migration is newer than a reversible one",
        rationale: """
            `sqlx migrate revert` reverts the newest applied migration that has a `.down.sql`: it skips \
            newer simple (`.sql`) migrations, so the rollback of RELEASE_PROCESS.md "Rollback Procedure" \
            undoes an older migration and leaves the newest in place. Old simple migrations before the \
            first reversible one are fine.
            """,
        configKeys: ["migration.path"],
        passing: [Example("-- backend/migrations/1_init.sql --\nX\n-- backend/migrations/2_more.up.sql --\nX\n-- backend/migrations/2_more.down.sql --\nX\n"),
                  Example("-- backend/migrations/1_a.up.sql --\nX\n-- backend/migrations/3_old.sql --\nX\n-- HEAD:backend/migrations/1_a.up.sql --\nX\n-- HEAD:backend/migrations/3_old.sql --\nX\n")],
        failing: [Example("-- backend/migrations/1_a.up.sql --\nX\n-- backend/migrations/1_a.down.sql --\nX\n-- backend/migrations/2_b.sql --\n↓X\n"),
                  Example("-- backend/migrations/5_simple.sql --\nX\n-- backend/migrations/4_rev.down.sql --\n↓X\n-- backend/migrations/4_rev.up.sql --\n↓X\n-- HEAD:backend/migrations/5_simple.sql --\nX\n")])

    func check(_ input: ReleaseInput, config: Config) -> [Diagnostic] {
        let all = input.migrations(in: input.tree, config: config)
        guard let oldestReversible = all.filter(\.kind.isReversible).min(by: { $0.version < $1.version }),
              let newestSimple = all.filter({ !$0.kind.isReversible }).max(by: { $0.version < $1.version }),
              newestSimple.version > oldestReversible.version else { return [] }
        func fix(_ description: String) -> String {
            "make every new migration reversible, with a version above the simple ones: `lockstep migration new \(ShellQuoting.quote(description))` creates the pair"
        }
        let new = input.newMigrations(config: config)
        let newPaths = Set(new.map(\.path))
        let oldSimple = all.filter { !$0.kind.isReversible && !newPaths.contains($0.path) }.max { $0.version < $1.version }
        return new.compactMap { path, _ -> Diagnostic? in
            guard let migration = all.first(where: { $0.path == path }) else { return nil }
            if !migration.kind.isReversible, migration.version > oldestReversible.version {
                return Diagnostic(Self.info.id, "\(path) is a simple migration newer than the reversible \(oldestReversible.path): `sqlx migrate revert` skips it and reverts an older one",
                                  fix: fix(migration.description), file: path, line: 1, column: 1)
            }
            if migration.kind.isReversible, let oldSimple, migration.version < oldSimple.version {
                return Diagnostic(Self.info.id, "\(path) is reversible but older than the simple \(oldSimple.path): `sqlx migrate revert` reverts it while the newer one stays",
                                  fix: fix(migration.description), file: path, line: 1, column: 1)
            }
            return nil
        }
    }
}
