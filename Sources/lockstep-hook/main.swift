import LockstepChecks
import LockstepCore
import LockstepGitChecks
import LockstepSystem

// The hooks that read the repository through libgit2, started directly by the hook wrappers.
// No argument parser (2.6× `git rev-parse HEAD` on its own) and libgit2 without its
// network set-up (CNoNetwork): a hook runs on every commit.
let arguments = Array(CommandLine.arguments.dropFirst())

/// A hook's standard input; unreadable input is an unreadable repository state (exit 3).
func standardInput() -> [UInt8] {
    guard let bytes = try? FileSystem.readStandardInput() else {
        ProcessContext.printError("lockstep: cannot read the hook's standard input\n")
        exitProcess(.unreadable)
    }
    return bytes
}

/// What the hook wrappers pass first; anything after one of them is the hook's own arguments.
let hookNames: Set = ["pre-commit", "pre-merge-commit", "pre-push", "pre-receive", "reference-transaction"]

switch (arguments.first, arguments.count) {
case ("pre-commit", 1), ("pre-merge-commit", 1):
    // A merge into main is exactly when versions and CHANGELOG must agree: same checks.
    exitProcess(TreeEntryPoint(source: .index, scope: .all, wholeTree: false, format: .text, configPath: nil, hook: arguments[0]).run())
case ("pre-push", 3):
    exitProcess(PushEntry(side: .client(remote: arguments[1], url: arguments[2]), isHook: true).run(input: standardInput()))
case ("pre-receive", 1):
    exitProcess(PushEntry(side: .server, isHook: true).run(input: standardInput()))
case ("reference-transaction", 2):
    // The tag gate reads its standard input only once it knows the command is `git tag`.
    exitProcess(TagGateEntry(state: arguments[1]).run())
case (let first?, _) where !hookNames.contains(first) && arguments.contains("check"):
    // `check tree|versions|changelog`, handed over by `lockstep`: the pre-commit checks, on any tree.
    guard let command = TreeCommandLine(arguments), command.directory.map(FileSystem.changeDirectory) ?? true else {
        FullExecutable.handOver(arguments)  // help, usage errors and bad directories are the CLI's to report
    }
    exitProcess(TreeEntryPoint(source: command.source, scope: command.scope, wholeTree: command.wholeTree,
                               format: command.format, configPath: command.configPath, hook: nil).run())
case (let first?, _) where !hookNames.contains(first) && arguments.contains("release"):
    // `release prepare`, handed over by `lockstep`: see ReleasePrepareCommandLine.
    guard let command = ReleasePrepareCommandLine(arguments),
          command.entry.directory.map(FileSystem.changeDirectory) ?? true else {
        FullExecutable.handOver(arguments)
    }
    exitProcess(command.entry.run())
default:
    ProcessContext.printError("usage: lockstep-hook pre-commit | pre-merge-commit | pre-push REMOTE URL | pre-receive | "
                              + "reference-transaction STATE (the installed git hooks call it) | check tree|versions|changelog … | release prepare …\n")
    exitProcess(.usage)
}
