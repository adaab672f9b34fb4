import Foundation
import Testing

/// One PostgreSQL cluster for every migration test in this run, started the way `check
/// migrations --start-postgres` starts its own (initdb --no-sync -A trust, a Unix socket in a
/// temporary folder, no TCP), so that each test pays for a scratch database, not a cluster. A
/// watchdog stops it when the test process ends. `scripts/test` installs PostgreSQL when missing;
/// without it these tests are skipped, saying so.
enum SharedPostgres {
    static let binaries: String? = {
        let base = "/usr/lib/postgresql"
        let majors = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).compactMap(Int.init).sorted()
        return majors.reversed().map { "\(base)/\($0)/bin" }.first { FileManager.default.isExecutableFile(atPath: "\($0)/initdb") }
    }()

    static var isInstalled: Bool { binaries != nil }

    /// The libpq connection string of the shared cluster's `postgres` database.
    static let connection: Result<String, Error> = Result { try start() }

    private static func start() throws -> String {
        guard let binaries else { throw SkipReason.notInstalled }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lockstep-pg-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let isRoot = getuid() == 0
        let prefix = isRoot ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []
        if isRoot { _ = try run("/bin/chown", ["postgres", folder], in: URL(fileURLWithPath: "/"), environment: ProcessInfo.processInfo.environment) }
        let data = folder + "/data"
        let environment = ProcessInfo.processInfo.environment
        let initdb = try run(prefix.first ?? "\(binaries)/initdb", Array(prefix.dropFirst()) + (isRoot ? ["\(binaries)/initdb"] : [])
                             + ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"],
                             in: URL(fileURLWithPath: "/"), environment: environment)
        guard initdb.status == 0 else { throw SkipReason.failed("\(initdb)") }
        let pgCtl = "\(binaries)/pg_ctl"
        let stop = (isRoot ? "/usr/sbin/runuser -u postgres -- " : "") + "\(pgCtl) -D \(data) -m immediate -w stop"
        let watchdog = Process()
        watchdog.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        watchdog.arguments = ["/bin/sh", "-c", "while kill -0 \(getpid()) 2>/dev/null; do sleep 0.5; done; \(stop) >/dev/null 2>&1; rm -rf \(folder)"]
        watchdog.standardOutput = FileHandle.nullDevice
        watchdog.standardError = FileHandle.nullDevice
        try watchdog.run()
        // The server must not inherit this test process's descriptors (Foundation's Process waits
        // for the socket it gives each child to close): bash closes them before starting it.
        let start = prefix + [pgCtl, "-D", data, "-l", folder + "/server.log", "-w", "-o", "-p 5432 -k \(folder) -c listen_addresses= -c fsync=off", "start"]
        let quoted = start.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let started = try run("/bin/bash", ["-c", "for fd in $(ls /proc/$$/fd); do [ \"$fd\" -gt 2 ] && eval \"exec $fd>&-\"; done; exec \(quoted)"],
                              in: URL(fileURLWithPath: "/"), environment: environment, timeout: 120)
        guard started.status == 0 else { throw SkipReason.failed("\(started)") }
        return "host=\(folder) port=5432 user=postgres dbname=postgres"
    }

    enum SkipReason: Error, CustomStringConvertible {
        case notInstalled
        case failed(String)
        var description: String {
            switch self {
            case .notInstalled: "PostgreSQL is not installed (scripts/test installs it with apt as root)"
            case .failed(let why): "the shared PostgreSQL did not start: \(why)"
            }
        }
    }
}
