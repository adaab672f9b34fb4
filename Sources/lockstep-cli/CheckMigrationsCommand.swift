import ArgumentParser
import LockstepChecks
import LockstepCore
import LockstepGitChecks
import LockstepSystem

struct CheckMigrationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrations",
        abstract: "Run the new migrations up, down and up again on a real PostgreSQL, comparing schemas.",
        discussion: """
            Applies the migrations of the previous release tag (or --since REV) as sqlx 0.8 does, then \
            for each migration added since: dump, up, dump, down, dump (must equal the first), up again, \
            dump (must equal the second), with pg_dump --schema-only. Progress and schema diffs go to \
            standard error. Needs psql and pg_dump; --start-postgres also needs initdb and pg_ctl.
            """)

    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp("A PostgreSQL server (libpq URL); a scratch database is created there and dropped.", valueName: "url"))
    var databaseURL: String?
    @Flag(help: "Start a throwaway PostgreSQL in a temporary folder (no TCP port); always stopped.") var startPostgres = false
    @Option(help: ArgumentHelp("Compare with this revision instead of the previous release tag.", valueName: "rev")) var since: String?

    func validate() throws {
        if (databaseURL == nil) == !startPostgres { throw ValidationError("give one of --database-url URL or --start-postgres") }
    }

    func run() throws {
        try options.enterDirectory()
        let status: ExitStatus
        do throws(CheckFailure) {
            let (folders, _) = try MigrationFolders.read(since: since, configPath: options.config)
            let tools = try PostgresTools.find()
            let scratch: String
            do throws(SystemError) { scratch = try TemporaryDirectory.make(prefix: "lockstep-migrations-") } catch {
                throw postgresFailure("cannot make a scratch folder", error: error)
            }
            defer { TemporaryDirectory.remove(scratch) }
            var cluster: PostgresCluster?
            defer { cluster?.stop() }
            let server: String
            if let databaseURL { server = databaseURL } else {
                let clock = Clock.now
                let started = try PostgresCluster(tools: tools)
                ProcessContext.printError("started PostgreSQL (initdb, pg_ctl start) in \(Clock.since(clock))\n")
                cluster = started
                server = started.connection()
            }
            let database = try ScratchDatabase.create(on: server, tools: tools, scratch: scratch)
            defer { database.drop() }
            let roundTrip = MigrationRoundTrip(folders: folders, database: MigrationDatabase(tools: tools, connection: database.connection, scratch: scratch),
                                               log: { ProcessContext.printError($0) })
            let found = roundTrip.run()
            database.drop()
            cluster?.stop()
            TemporaryDirectory.remove(scratch)
            ProcessContext.printOut(options.format.render(found, color: options.format == .text && ProcessContext.wantsColor(on: 1)))
            status = ExitStatus(diagnostics: found)
            if options.format == .text, status == .passed { ProcessContext.printOut("lockstep: the new migrations pass up, down and up again\n") }
        } catch {
            ProcessContext.printOut(options.format.render([error.diagnostic], color: options.format == .text && ProcessContext.wantsColor(on: 1)))
            status = error.status
        }
        throw ExitCode(status.rawValue)
    }
}
