import LockstepCore
import LockstepGitChecks
import LockstepSystem

/// The steps of `check migrations` on one scratch database: the released migrations applied in
/// sqlx's order, then for each new migration: dump, up, dump, down, dump (compared with the first),
/// up again, dump (compared with the second). It stops at the first failure: the database is then
/// in a state no later step can be judged from.
struct MigrationRoundTrip {
    let folders: MigrationFolders
    let database: MigrationDatabase
    /// Progress and schema diffs, for the log.
    let log: (String) -> Void

    /// The migrations new since the release: up (and simple) files whose name the release lacks.
    var newMigrations: [SqlxMigration] {
        let released = Set(folders.released.map(\.fileName))
        return folders.current.filter { $0.kind != .down && !released.contains($0.fileName) }
    }

    func run() -> [Diagnostic] {
        let start = Clock.now
        do throws(MigrationDatabase.Refusal) {
            try database.createMigrationsTable()
        } catch {
            return [Diagnostic("migration/postgres", "cannot create _sqlx_migrations: \(error.message)")]
        }
        let base = folders.released.filter { $0.kind != .down }
        do throws(MigrationDatabase.Refusal) {
            try database.apply(base)
        } catch {
            guard let migration = error.migration else { return [Diagnostic("migration/postgres", error.message)] }
            return [refused(migration, error, doing: "applying the migrations of \(folders.since ?? "the release")")]
        }
        log("applied \(base.count) migration\(base.count == 1 ? "" : "s") of \(folders.since ?? "no release (none tagged)") in \(Clock.since(start))\n")
        var found: [Diagnostic] = []
        for migration in newMigrations {
            let (diagnostics, goOn) = roundTrip(migration)
            found += diagnostics
            if !goOn {
                let rest = newMigrations.drop { $0.fileName != migration.fileName }.dropFirst()
                if !rest.isEmpty { log("not checked (after that failure): \(rest.map(\.fileName).joined(separator: ", "))\n") }
                break
            }
        }
        if newMigrations.isEmpty { log("no migration is new since \(folders.since ?? "the start")\n") }
        return found
    }

    /// One new migration; whether the next can be checked on top of it.
    private func roundTrip(_ up: SqlxMigration) -> ([Diagnostic], Bool) {
        let start = Clock.now
        let path = Path.join(folders.path, up.fileName)
        let down = folders.current.first { $0.kind == .down && $0.version == up.version && $0.description == up.description }
        do throws(MigrationDatabase.Refusal) {
            let before = try database.dump()
            do throws(MigrationDatabase.Refusal) { try database.apply(up) } catch { return ([refused(up, error, doing: "applying it")], false) }
            let applied = try database.dump()
            guard let down else {
                log("\(up.fileName): applied; not revertible (no .down.sql)\n")
                let fix = up.kind == .simple ? "recreate it as a pair: `git mv \(ShellQuoting.quote(path)) \(ShellQuoting.quote(Path.join(folders.path, String(up.stem) + ".up.sql")))`, then write \(Path.join(folders.path, String(up.stem) + ".down.sql")) that undoes it" : "add \(Path.join(folders.path, String(up.stem) + ".down.sql")) that undoes it"
                return ([Diagnostic("migration/reversible", "\(path) applies but cannot be reverted: `sqlx migrate revert` needs a .down.sql",
                                    fix: fix, file: path, line: 1, column: 1)], true)
            }
            let downPath = Path.join(folders.path, down.fileName)
            do throws(MigrationDatabase.Refusal) { try database.revert(down) } catch { return ([refused(down, error, doing: "reverting \(up.fileName)")], false) }
            let reverted = try database.dump()
            if reverted != before {
                log("\(down.fileName): the schema after down differs from the schema before up:\n")
                log(UnifiedDiff.render(before.lines, reverted.lines, oldName: "schema before \(up.fileName)", newName: "schema after \(down.fileName)"))
                return ([Diagnostic("migration/down-restores", "\(downPath) does not undo \(up.fileName): the schema after it differs from the schema before (diff in the log)",
                                    fix: "drop or restore in the down file what the diff shows", file: downPath, line: 1, column: 1)], false)
            }
            do throws(MigrationDatabase.Refusal) { try database.apply(up) } catch { return ([refused(up, error, doing: "applying it again after its down file")], false) }
            let again = try database.dump()
            if again != applied {
                log("\(up.fileName): applied again, the schema differs from its first application:\n")
                log(UnifiedDiff.render(applied.lines, again.lines, oldName: "schema after \(up.fileName)", newName: "schema after down and up again"))
                return ([Diagnostic("migration/reapplies", "\(path) applied after \(down.fileName) gives a different schema from its first application (diff in the log)",
                                    fix: "make the down file remove everything the up file creates", file: path, line: 1, column: 1)], false)
            }
            log("\(up.fileName): applied, reverted cleanly, re-applied (\(Clock.since(start)))\n")
            return ([], true)
        } catch {
            return ([Diagnostic("migration/postgres", "cannot dump the schema: \(error.message)")], false)
        }
    }

    private func refused(_ migration: SqlxMigration, _ refusal: MigrationDatabase.Refusal, doing what: String) -> Diagnostic {
        let path = Path.join(folders.path, migration.fileName)
        log("\(migration.fileName): PostgreSQL refused it (\(what)):\n\(refusal.message)\n")
        let firstLine = refusal.message.split(separator: "\n").first.map(String.init) ?? refusal.message
        return Diagnostic("migration/applies", "\(path) fails on PostgreSQL (\(what)): \(firstLine)",
                          fix: migration.runsInTransaction ? "fix the statement; sqlx runs the file as one query in one transaction"
                                                           : "fix the statement; with -- no-transaction sqlx still sends the file as one query",
                          file: path, line: refusal.line ?? 1, column: 1)
    }
}

/// Wall-clock seconds, for the log.
enum Clock {
    static var now: Double { SystemClock.monotonic }

    static func since(_ start: Double) -> String {
        let tenths = Int(((now - start) * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) s"
    }
}
