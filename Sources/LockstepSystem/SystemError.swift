#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call on a path, with the C library's words for it.
package struct SystemError: Error, Sendable, CustomStringConvertible {
    package let path: String
    package let reason: String
    package let code: Int32

    init(path: String, code: Int32 = errno) {
        self.path = path
        self.code = code
        reason = String(cString: strerror(code))
    }

    package var isMissing: Bool { code == ENOENT || code == ENOTDIR }
    package var description: String { "\(path): \(reason)" }
}
