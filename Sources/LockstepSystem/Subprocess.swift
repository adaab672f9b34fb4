#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs another program and waits for it: PostgreSQL's client and server tools for `check
/// migrations`. Output goes to files, not pipes, so a chatty child never blocks on a full pipe.
package struct Subprocess: Sendable {
    package struct Outcome: Sendable {
        /// The exit status; 128 + the signal number when a signal ended it.
        package let status: Int32
        package let output: [UInt8]
        package let error: [UInt8]

        package init(status: Int32, output: [UInt8], error: [UInt8]) {
            self.status = status
            self.output = output
            self.error = error
        }

        package var errorText: String { String(decoding: error, as: UTF8.self) }
    }

    package let executable: String
    package let arguments: [String]
    /// Extra variables on top of this process's environment.
    package var environment: [String: String] = [:]
    /// A file to read as standard input; /dev/null when nil.
    package var input: String?
    /// Start in a session of its own (a watchdog that must outlive Ctrl-C).
    package var detached = false

    package init(_ executable: String, _ arguments: [String], environment: [String: String] = [:], input: String? = nil) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.input = input
    }

    /// Starts the program and returns its process id without waiting.
    package func start(output: String = "/dev/null", error: String = "/dev/null") throws(SystemError) -> pid_t {
        var actions = CLibrary.emptySpawnFileActions()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, error, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = CLibrary.emptySpawnAttributes()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if detached { posix_spawnattr_setflags(&attributes, CLibrary.spawnNewSession) }
        var merged = ProcessContext.environment
        merged.merge(environment) { _, new in new }
        let cArguments = ([executable] + arguments).map { strdup($0) } + [nil]
        let cEnvironment = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        Self.closeInheritedDescriptors()
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, executable, &actions, &attributes, cArguments, cEnvironment)
        guard code == 0 else { throw SystemError(path: executable, code: code) }
        return pid
    }

    /// Runs the program to its end, its output captured in files under `scratch`.
    package func run(scratch: String) throws(SystemError) -> Outcome {
        let output = Path.join(scratch, "stdout"), error = Path.join(scratch, "stderr")
        let pid = try start(output: output, error: error)
        let status = Self.wait(pid)
        return Outcome(status: status, output: (try? FileSystem.read(output)) ?? [], error: (try? FileSystem.read(error)) ?? [])
    }

    /// Marks every descriptor above 2 close-on-exec. What this process inherited (the pipe or
    /// socket a parent watches to see it end) must not pass to a PostgreSQL server that outlives
    /// us, or the parent waits for the server instead of for us.
    private static func closeInheritedDescriptors() {
        for name in FileSystem.names(in: openDescriptorsFolder) {
            guard let fd = Int32(name), fd > 2 else { continue }
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0, flags & FD_CLOEXEC == 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    /// A folder that lists this process's open descriptors by number.
    #if os(Linux)
    private static let openDescriptorsFolder = "/proc/self/fd"
    #else
    private static let openDescriptorsFolder = "/dev/fd"
    #endif

    /// Waits for a child; its exit status, or 128 + signal.
    package static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 { if errno != EINTR { return 127 } }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Where a program is on PATH (or `name` itself when it holds a slash and is executable).
    package static func find(_ name: String, extraDirectories: [String] = []) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let path = (ProcessContext.environment("PATH") ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        return (path + extraDirectories).map { Path.join($0, name) }.first { access($0, X_OK) == 0 && FileSystem.isFile($0) }
    }
}
