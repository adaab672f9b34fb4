import LockstepChecks
import LockstepCore
import LockstepSystem

/// PostgreSQL's own programs, found on PATH or in Debian's /usr/lib/postgresql/<major>/bin (the
/// newest major): initdb and pg_ctl are not on PATH after `apt-get install postgresql`. psql and
/// pg_dump come from the same folder when it has them, so the client is never older than the
/// server it starts.
struct PostgresTools {
    let initdb: String?
    let pgCtl: String?
    let psql: String
    let pgDump: String

    static func find() throws(CheckFailure) -> PostgresTools {
        let debian = FileSystem.names(in: "/usr/lib/postgresql").compactMap(Int.init).sorted().reversed()
            .map { "/usr/lib/postgresql/\($0)/bin" }
        func tool(_ name: String) -> String? {
            debian.map { Path.join($0, name) }.first(where: FileSystem.isFile) ?? Subprocess.find(name)
        }
        guard let psql = tool("psql"), let pgDump = tool("pg_dump") else {
            throw CheckFailure(.unreadable, Diagnostic("migration/postgres", "psql and pg_dump (PostgreSQL's client programs) are not installed",
                                                       fix: "install them: sudo apt-get install -y postgresql-client (postgresql for --start-postgres)"))
        }
        return PostgresTools(initdb: tool("initdb"), pgCtl: tool("pg_ctl"), psql: psql, pgDump: pgDump)
    }
}

/// A failure to run PostgreSQL itself (not a migration's fault): exit 3 with the tool's words.
func postgresFailure(_ what: String, _ outcome: Subprocess.Outcome? = nil, error: SystemError? = nil, fix: String? = nil) -> CheckFailure {
    let detail = outcome.map { $0.errorText.isEmpty ? String(decoding: $0.output, as: UTF8.self) : $0.errorText } ?? error.map(\.description) ?? ""
    let text = detail.split(separator: "\n").prefix(12).joined(separator: "\n")
    return CheckFailure(.unreadable, Diagnostic("migration/postgres", "\(what)\(text.isEmpty ? "" : ": " + text)", fix: fix))
}
