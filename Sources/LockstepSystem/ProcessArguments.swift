#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Another process's command line where there is no /proc: macOS's `KERN_PROCARGS2` record.
/// The parser is plain code, compiled (and tested) on Linux too; only the sysctl is Darwin's.
package enum ProcessArguments {
    package struct Record: Equatable, Sendable {
        /// The path the process was started with, as given to exec (may be relative).
        package var executable: String
        package var arguments: [String]

        package init(executable: String, arguments: [String]) {
            self.executable = executable
            self.arguments = arguments
        }
    }

    /// Reads a `KERN_PROCARGS2` record: argc (a 32-bit little-endian integer: every Mac is
    /// little-endian), the executable path and its NUL padding, then argc NUL-terminated
    /// arguments (the environment that follows is not read). Nil when it is cut short.
    package static func parse(_ bytes: [UInt8]) -> Record? {
        guard bytes.count >= 4 else { return nil }
        let count = Int(Int32(bitPattern: UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24))
        guard count >= 0 else { return nil }
        var position = 4
        func nextString() -> String? {
            guard position < bytes.count, let end = bytes[position...].firstIndex(of: 0) else { return nil }
            defer { position = end + 1 }
            return String(decoding: bytes[position..<end], as: UTF8.self)
        }
        guard let executable = nextString() else { return nil }
        while position < bytes.count, bytes[position] == 0 { position += 1 }
        var arguments: [String] = []
        for _ in 0..<count {
            guard let argument = nextString() else { return nil }
            arguments.append(argument)
        }
        return Record(executable: executable, arguments: arguments)
    }

    #if canImport(Darwin)
    /// The record of process `pid` (this user's processes only); nil when the kernel refuses.
    static func darwin(of pid: pid_t) -> Record? {
        var name: [Int32] = [CTL_KERN, KERN_PROCARGS2, pid]
        let nameLength = UInt32(name.count)
        var size = 0
        guard sysctl(&name, nameLength, nil, &size, nil, 0) == 0, size > 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: size)
        let status = bytes.withUnsafeMutableBytes { buffer in
            sysctl(&name, nameLength, buffer.baseAddress, &size, nil, 0)
        }
        guard status == 0 else { return nil }
        return parse(Array(bytes.prefix(size)))
    }
    #endif
}
