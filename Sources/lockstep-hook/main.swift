import LockstepChecks
import LockstepCore
import LockstepGitChecks
import LockstepSystem

// The hooks that read the repository through libgit2, started directly by the hook wrappers.
// No argument parser (2.6× `git rev-parse HEAD` on its own) and libgit2 without its CA-bundle
// parse (CNoCABundle): a hook runs on every commit.
let arguments = Array(CommandLine.arguments.dropFirst())

switch (arguments.first, arguments.count) {
case ("pre-commit", 1), ("pre-merge-commit", 1):
    // A merge into main is exactly when versions and CHANGELOG must agree: same checks.
    exitProcess(TreeEntryPoint(source: .index, scope: .all, wholeTree: false, format: .text, configPath: nil, isHook: true).run())
default:
    ProcessContext.printError("usage: lockstep-hook pre-commit | pre-merge-commit (the installed git hooks call it)\n")
    exitProcess(.usage)
}
