import LockstepCore

/// Why a check could not run at all: a usage or configuration error (exit 2) or something
/// unreadable (exit 3). Rule findings are diagnostics, never this.
package struct CheckFailure: Error, Sendable {
    package let status: ExitStatus
    package let diagnostic: Diagnostic

    package init(_ status: ExitStatus, _ diagnostic: Diagnostic) {
        self.status = status
        self.diagnostic = diagnostic
    }

    package static func unreadable(_ what: String, _ reason: String, fix: String? = nil) -> CheckFailure {
        CheckFailure(.unreadable, Diagnostic("repo/unreadable", "cannot read \(what): \(reason)", fix: fix, file: what))
    }

    package static func usage(_ message: String, fix: String? = nil) -> CheckFailure {
        CheckFailure(.usage, Diagnostic("config/usage", message, fix: fix))
    }

    package init(_ error: ConfigError) {
        self.init(.usage, error.diagnostic)
    }
}
