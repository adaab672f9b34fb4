#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ends the process with `code` (output is written unbuffered, so nothing is lost).
package func exitNow(_ code: Int32) -> Never {
    exit(code)
}
