/// The documented exit codes. Scripts and CI rely on them.
package enum ExitStatus: Int32, Sendable {
    /// Every rule passed (warnings allowed).
    case passed = 0
    /// A rule failed.
    case ruleFailed = 1
    /// Usage or configuration error.
    case usage = 2
    /// The repository or a required file could not be read.
    case unreadable = 3

    package init(diagnostics: [Diagnostic]) {
        self = diagnostics.contains { $0.severity == .error } ? .ruleFailed : .passed
    }
}
