import LockstepChecks
import LockstepCore
import LockstepSystem

/// A database made for one run and dropped after it, on the server a URL (or a throwaway cluster)
/// names. If this process dies first, a watchdog drops it (`DROP DATABASE … WITH (FORCE)`).
struct ScratchDatabase {
    let name: String
    /// Where CREATE and DROP are sent: the URL as given.
    let server: String
    let tools: PostgresTools
    let scratch: String

    var connection: String { Self.connection(server, database: name) }

    static func create(on server: String, tools: PostgresTools, scratch: String) throws(CheckFailure) -> ScratchDatabase {
        let database = ScratchDatabase(name: "lockstep_check_\(SystemClock.processID)_\(SystemClock.epochSeconds)", server: server, tools: tools, scratch: scratch)
        let outcome = try database.psql("CREATE DATABASE \"\(database.name)\"")
        guard outcome.status == 0 else {
            throw postgresFailure("cannot create a scratch database on \(redacted(server))", outcome,
                                  fix: "check the URL, and that its user may CREATE DATABASE")
        }
        let drop = [tools.psql, "-X", "-q", "-d", server, "-c", database.dropStatement].map(ShellQuoting.quote).joined(separator: " ")
        var watchdog = Subprocess("/bin/sh", ["-c", "while kill -0 \(SystemClock.processID) 2>/dev/null; do sleep 0.2; done; \(drop) >/dev/null 2>&1"])
        watchdog.detached = true
        _ = try? watchdog.start()
        return database
    }

    func drop() {
        _ = try? psql(dropStatement)
    }

    private var dropStatement: String { "DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)" }

    private func psql(_ statement: String) throws(CheckFailure) -> Subprocess.Outcome {
        do throws(SystemError) {
            return try Subprocess(tools.psql, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", server, "-c", statement],
                                  environment: ["PGOPTIONS": "-c client_min_messages=warning"]).run(scratch: scratch)
        } catch {
            throw postgresFailure("cannot run psql", error: error)
        }
    }

    /// The connection string with its database replaced: a URI's path, or a `dbname=` keyword
    /// appended (libpq takes the last of a repeated keyword).
    static func connection(_ server: String, database: String) -> String {
        guard let scheme = server.firstRange(of: "://") else { return server + " dbname=\(database)" }
        let rest = server[scheme.upperBound...]
        let pathStart = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let queryStart = rest[pathStart...].firstIndex(of: "?") ?? rest.endIndex
        return String(server[..<pathStart]) + "/" + database + String(rest[queryStart...])
    }

    /// A URL without its password, for messages and logs.
    static func redacted(_ server: String) -> String {
        guard let scheme = server.firstRange(of: "://"), let at = server[scheme.upperBound...].firstIndex(of: "@") else { return server }
        let credentials = server[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return server }
        return String(server[..<colon]) + ":***" + String(server[at...])
    }
}

private func redacted(_ server: String) -> String { ScratchDatabase.redacted(server) }
