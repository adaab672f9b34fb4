#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// This process: its environment, its streams, and handing over to another executable.
package enum ProcessContext {
    package static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Every variable, for code that must pass the environment on (libgit2's repository opening).
    package static var environment: [String: String] {
        var result: [String: String] = [:]
        var pointer = CLibrary.environment
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }

    package static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Colour only on a terminal, never with `NO_COLOR` (no-color.org) or `TERM=dumb`.
    package static func wantsColor(on fd: Int32) -> Bool {
        isTerminal(fd) && (environment("NO_COLOR") ?? "").isEmpty && environment("TERM") != "dumb"
    }

    package static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = CLibrary.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; return }
                offset += written
            }
        }
    }

    package static func printOut(_ text: String) { write(text, to: 1) }
    package static func printError(_ text: String) { write(text, to: 2) }

    /// The command line of the process that started this one; empty when it cannot be read.
    /// Linux: /proc/<ppid>/cmdline. macOS: the kernel's KERN_PROCARGS2 record of the parent.
    package static func parentArguments() -> [String] {
        #if os(Linux)
        guard let bytes = try? FileSystem.read("/proc/\(getppid())/cmdline", limit: 1 << 20) else { return [] }
        return bytes.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
        #elseif canImport(Darwin)
        return ProcessArguments.darwin(of: getppid())?.arguments ?? []
        #else
        return []
        #endif
    }

    /// The absolute path of the running executable, symbolic links resolved.
    /// Linux: /proc/self/exe. macOS: the path this process was started with (KERN_PROCARGS2),
    /// resolved with realpath; a relative one against the directory this process started in, not
    /// wherever `-C` has moved it since.
    package static func executablePath() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #elseif canImport(Darwin)
        guard var started = ProcessArguments.darwin(of: getpid())?.executable else { return nil }
        if !started.hasPrefix("/"), let origin = FileSystem.startingDirectory ?? FileSystem.currentDirectory() {
            started = Path.join(origin, started)
        }
        guard let resolved = realpath(started, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
        #else
        return nil
        #endif
    }

    /// Replaces this process with `path`; returns only when that fails.
    package static func exec(_ path: String, arguments: [String]) -> SystemError {
        var cArguments = ([path] + arguments).map { strdup($0) }
        cArguments.append(nil)
        execv(path, cArguments)
        return SystemError(path: path)
    }
}
