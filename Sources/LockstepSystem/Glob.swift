#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shell wildcards (`*`, `?`, `[…]`) on one path component, as Cargo's `members = ["crates/*"]`.
package enum Glob {
    package static func matches(_ pattern: String, _ name: String) -> Bool {
        fnmatch(pattern, name, 0) == 0
    }
}
