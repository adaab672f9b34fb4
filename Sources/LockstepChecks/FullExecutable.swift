import LockstepCore
import LockstepSystem

/// `lockstep` runs the hot hook paths itself and hands every other command to the executables
/// installed beside it: `lockstep-hook` for the hooks that read the repository, `lockstep-cli`
/// (libgit2 and the argument parser) for the rest.
package enum FullExecutable {
    package static let name = "lockstep-cli"
    package static let hookName = "lockstep-hook"

    /// Replaces this process with `name` and the arguments; returns only on failure.
    package static func handOver(_ arguments: [String], to name: String = FullExecutable.name) -> Never {
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
