#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs another program (`git`) and waits for it, its output read through a pipe (`Subprocess`
/// writes to files instead, for servers that outlive us): its standard error and input are this
/// process's, its standard output is captured or passed through.
package enum CommandOutput {
    package struct Result: Sendable {
        package var status: Int32
        package var output: [UInt8]

        package var succeeded: Bool { status == 0 }
        /// The output as text without its final newline.
        package var text: String {
            var bytes = output[...]
            while bytes.last == 0x0A || bytes.last == 0x0D { bytes = bytes.dropLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Runs `arguments[0]`, looked up in PATH, with the rest as its arguments. `capturing: false`
    /// lets its output through to this process's (git's hooks then speak to the user).
    package static func run(_ arguments: [String], capturing: Bool = true) -> Result {
        var actions = CLibrary.emptySpawnFileActions()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = [-1, -1]
        if capturing {
            guard pipe(&pipeEnds) == 0 else { return Result(status: 127, output: []) }
            for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        }
        var cArguments = arguments.map { strdup($0) }
        cArguments.append(nil)
        defer { for argument in cArguments { free(argument) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, cArguments, CLibrary.environment)
        if capturing { CLibrary.close(pipeEnds[1]) }
        guard spawned == 0 else {
            if capturing { CLibrary.close(pipeEnds[0]) }
            return Result(status: 127, output: [])
        }
        var output: [UInt8] = []
        if capturing {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = buffer.withUnsafeMutableBytes { CLibrary.read(pipeEnds[0], $0.baseAddress!, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                output += buffer[0..<count]
            }
            CLibrary.close(pipeEnds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return Result(status: 127, output: output) }
        }
        // WIFEXITED / WEXITSTATUS, spelled out: the macros do not reach Swift.
        let exited = status & 0x7F == 0
        return Result(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output: output)
    }
}
