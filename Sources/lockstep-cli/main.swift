import ArgumentParser
import LockstepCore
import LockstepSystem

// Global options may come before the command (`lockstep --format json check message F`), as
// DESIGN.md writes them; swift-argument-parser reads them only on the subcommand.
let arguments = GlobalOptions.movedAfterCommand(Array(CommandLine.arguments.dropFirst()))

do {
    var command = try LockstepCommand.parseAsRoot(arguments)
    try command.run()
} catch {
    let code = LockstepCommand.exitCode(for: error)
    if code == .validationFailure {
        // swift-argument-parser exits 64 on a usage error; Lockstep's contract says 2.
        ProcessContext.printError(LockstepCommand.fullMessage(for: error) + "\n")
        exitNow(ExitStatus.usage.rawValue)
    }
    // --help and --version go to stdout, other outcomes keep their codes.
    LockstepCommand.exit(withError: error)
}
