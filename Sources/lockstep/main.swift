import LockstepChecks
import LockstepCore
import LockstepSystem

// The front door. A commit-msg hook runs on every commit, so its path stays free of libgit2
// (3.5× `git rev-parse HEAD` just to load) and of the argument parser (2.6×): the message
// check and git's configuration files are read here directly. Everything else, and any
// configuration that only libgit2 reads exactly (includes), goes to `lockstep-hook` or `lockstep-cli`.
let arguments = Array(CommandLine.arguments.dropFirst())

let entry: MessageEntry?
if arguments.count == 3, arguments[0] == "hook", arguments[1] == "commit-msg" {
    entry = MessageEntry(path: arguments[2], isHook: true)
} else if arguments.count == 3, arguments[0] == "check", arguments[1] == "message", !arguments[2].hasPrefix("-") || arguments[2] == "-" {
    entry = MessageEntry(path: arguments[2], isHook: false)
} else {
    entry = nil
}

if let entry, case .finished(let status) = entry.run(settingsReader: FileGitSettingsReader()) {
    exitProcess(status)
}
if arguments.count >= 2, arguments[0] == "hook",
   ["pre-commit", "pre-merge-commit", "pre-push", "pre-receive", "reference-transaction"].contains(arguments[1]) {
    FullExecutable.handOver(Array(arguments.dropFirst()), to: FullExecutable.hookName)
}
// The tree checks are the pre-commit hook's, on any tree: `lockstep-hook` runs them without the
// argument parser, and hands anything it does not recognise on to `lockstep-cli`.
if let check = arguments.firstIndex(of: "check"), check + 1 < arguments.count,
   ["tree", "versions", "changelog"].contains(arguments[check + 1]) {
    FullExecutable.handOver(arguments, to: FullExecutable.hookName)
}
// `release prepare` too: on a large repository the CLI's start-up would cost more than its work.
if let release = arguments.firstIndex(of: "release"), release + 1 < arguments.count, arguments[release + 1] == "prepare" {
    FullExecutable.handOver(arguments, to: FullExecutable.hookName)
}
FullExecutable.handOver(arguments)
