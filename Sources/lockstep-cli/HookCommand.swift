import ArgumentParser
import LockstepChecks
import LockstepCore
import LockstepGitChecks
import LockstepSystem

struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "The entry point the installed git hooks call, with git's arguments.",
        discussion: "Hooks: commit-msg FILE, pre-commit, pre-merge-commit, pre-push REMOTE URL, reference-transaction STATE, pre-receive.")

    @Argument(help: "The hook's name.") var name: String
    @Argument(parsing: .captureForPassthrough, help: "git's arguments to the hook.") var arguments: [String] = []

    func run() throws {
        switch name {
        case "commit-msg":
            guard arguments.count == 1 else { throw ValidationError("commit-msg takes the message file") }
            try finish(MessageEntry(path: arguments[0], isHook: true).run(settingsReader: LibgitSettingsReader()))
        case "pre-commit", "pre-merge-commit":
            // A merge into main is exactly when versions and CHANGELOG must agree: same checks.
            guard arguments.isEmpty else { throw ValidationError("\(name) takes no arguments") }
            throw ExitCode(TreeEntryPoint(source: .index, scope: .all, wholeTree: false, format: .text,
                                          configPath: nil, hook: name).run().rawValue)
        case "pre-push":
            guard arguments.count == 2 else { throw ValidationError("pre-push takes the remote's name and URL") }
            let entry = PushEntry(side: .client(remote: arguments[0], url: arguments[1]), isHook: true)
            throw ExitCode(entry.run(input: (try? FileSystem.readStandardInput()) ?? []).rawValue)
        case "pre-receive":
            guard arguments.isEmpty else { throw ValidationError("pre-receive takes no arguments") }
            throw ExitCode(PushEntry(side: .server, isHook: true).run(input: (try? FileSystem.readStandardInput()) ?? []).rawValue)
        case "reference-transaction":
            guard arguments.count == 1 else { throw ValidationError("reference-transaction takes the transaction's state") }
            throw ExitCode(TagGateEntry(state: arguments[0]).run().rawValue)
        default:
            throw ValidationError("unknown hook '\(name)'; Lockstep provides: commit-msg, pre-commit, pre-merge-commit, "
                                  + "pre-push, reference-transaction, pre-receive")
        }
    }
}
