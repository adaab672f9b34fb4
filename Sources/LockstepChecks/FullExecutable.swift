import LockstepCore
import LockstepSystem

/// `lockstep` runs the hot hook paths itself and hands every other command to `lockstep-cli`,
/// installed beside it, which carries libgit2 and the argument parser.
package enum FullExecutable {
    package static let name = "lockstep-cli"

    /// Replaces this process with `lockstep-cli` and the same arguments; returns only on failure.
    package static func handOver(_ arguments: [String]) -> Never {
        let directory = ProcessContext.executablePath().map(Path.parent) ?? "."
        let path = Path.join(directory, name)
        let error = ProcessContext.exec(path, arguments: arguments)
        ProcessContext.printError(TextRenderer(color: false).render(
            CheckFailure.unreadable(path, error.reason, fix: "reinstall Lockstep: `\(name)` must sit beside `lockstep`").diagnostic))
        exitProcess(.unreadable)
    }
}

package func exitProcess(_ status: ExitStatus) -> Never {
    exitNow(status.rawValue)
}
