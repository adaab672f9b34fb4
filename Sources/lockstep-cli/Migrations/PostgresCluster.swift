import LockstepChecks
import LockstepCore
import LockstepSystem

/// A throwaway PostgreSQL cluster in a temporary folder: `initdb --no-sync -A trust`, then a
/// server on a Unix socket in that folder only (no TCP port, no system service touched). As root
/// it runs as the `postgres` user, since the server refuses root.
///
/// It is stopped and its folder removed by `stop()`, and also when this process dies any other
/// way (Ctrl-C, SIGTERM, a crash): a watchdog in a session of its own waits for this process to
/// go, then stops the server with `pg_ctl stop -m immediate` and removes the folder.
final class PostgresCluster {
    let folder: String
    let port = 5432
    private let tools: PostgresTools
    private var running = false

    var dataDirectory: String { Path.join(folder, "data") }
    /// libpq keyword/value connection string for a database of this cluster.
    func connection(database: String = "postgres") -> String {
        "host=\(folder) port=\(port) user=postgres dbname=\(database)"
    }

    init(tools: PostgresTools) throws(CheckFailure) {
        guard let initdb = tools.initdb, let pgCtl = tools.pgCtl else {
            throw CheckFailure(.unreadable, Diagnostic("migration/postgres", "--start-postgres needs initdb and pg_ctl (PostgreSQL's server), which are not installed",
                                                       fix: "install it (sudo apt-get install -y postgresql), or give --database-url URL"))
        }
        self.tools = tools
        do throws(SystemError) {
            folder = try TemporaryDirectory.make(prefix: "lockstep-pg-")
            if TemporaryDirectory.isRoot { try TemporaryDirectory.giveOwnership(of: folder, toUser: "postgres") }
        } catch {
            throw postgresFailure("cannot make a folder for the cluster", error: error)
        }
        try startWatchdog(pgCtl: pgCtl)
        let scratch = folder
        try run(initdb, ["-D", dataDirectory, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C", "--no-instructions"],
                scratch: scratch, what: "initdb failed")
        try run(pgCtl, ["-D", dataDirectory, "-l", Path.join(folder, "server.log"), "-w", "-t", "60",
                        "-o", "-p \(port) -k \(folder) -c listen_addresses= -c fsync=off -c full_page_writes=off -c synchronous_commit=off",
                        "start"], scratch: scratch, what: "the PostgreSQL server did not start")
        running = true
    }

    func stop() {
        guard let pgCtl = tools.pgCtl else { return }
        if running {
            _ = try? command(pgCtl, ["-D", dataDirectory, "-m", "immediate", "-w", "stop"]).run(scratch: folder)
            running = false
        }
        TemporaryDirectory.remove(folder)
    }

    deinit { stop() }

    /// util-linux's runuser lives in /usr/sbin, which a CI job's or a hook's PATH may lack.
    private static let runuser = Subprocess.find("runuser", extraDirectories: ["/usr/sbin", "/sbin"]) ?? "/usr/sbin/runuser"

    /// As root, the server's programs run as `postgres` through runuser.
    private func command(_ tool: String, _ arguments: [String]) -> Subprocess {
        TemporaryDirectory.isRoot ? Subprocess(Self.runuser, ["-u", "postgres", "--", tool] + arguments) : Subprocess(tool, arguments)
    }

    private func run(_ tool: String, _ arguments: [String], scratch: String, what: String) throws(CheckFailure) {
        let outcome: Subprocess.Outcome
        do throws(SystemError) {
            outcome = try command(tool, arguments).run(scratch: scratch)
        } catch {
            throw postgresFailure(what, error: error)
        }
        guard outcome.status == 0 else {
            let log = (try? FileSystem.read(Path.join(folder, "server.log"))).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) } ?? ""
            throw postgresFailure(what, Subprocess.Outcome(status: outcome.status, output: outcome.output,
                                                           error: Array((outcome.errorText + log).utf8)))
        }
    }

    private func startWatchdog(pgCtl: String) throws(CheckFailure) {
        let stop = (TemporaryDirectory.isRoot ? ShellQuoting.quote(Self.runuser) + " -u postgres -- " : "") + ShellQuoting.quote(pgCtl)
            + " -D " + ShellQuoting.quote(dataDirectory) + " -m immediate -w stop"
        let script = "while kill -0 \(SystemClock.processID) 2>/dev/null; do sleep 0.2; done; \(stop) >/dev/null 2>&1; rm -rf " + ShellQuoting.quote(folder)
        var watchdog = Subprocess("/bin/sh", ["-c", script])
        watchdog.detached = true
        do throws(SystemError) {
            _ = try watchdog.start()
        } catch {
            throw postgresFailure("cannot start the cluster's watchdog", error: error)
        }
    }
}
