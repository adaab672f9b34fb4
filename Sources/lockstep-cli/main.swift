import ArgumentParser
import LockstepCore
import LockstepSystem

// swift-argument-parser exits 64 on a usage error; Lockstep's contract says 2.
do {
    var command = try LockstepCommand.parseAsRoot()
    try command.run()
} catch let error as CleanExit {
    LockstepCommand.exit(withError: error)
} catch let error as ExitCode {
    exitNow(error.rawValue)
} catch {
    let code = LockstepCommand.exitCode(for: error)
    ProcessContext.printError(LockstepCommand.fullMessage(for: error) + "\n")
    exitNow(code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue)
}
