import ArgumentParser
import LockstepChecks
import LockstepCore
import LockstepGitChecks
import LockstepSystem

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Run Lockstep's rules.",
        subcommands: [CheckMessageCommand.self, CheckCommitsCommand.self, CheckTreeCommand.self,
                      CheckVersionsCommand.self, CheckChangelogCommand.self, CheckBranchCommand.self, CheckTagCommand.self,
                      CheckPushCommand.self, CheckCICommand.self, CheckMigrationsCommand.self])
}

struct CheckMessageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "message",
        abstract: "Check a commit message as git hands it to commit-msg (before cleanup).",
        discussion: """
            Comment lines and the scissors line are removed as git would remove them: with \
            commit.cleanup if set, else as for a commit made in an editor (GIT_EDITOR=: means \
            -m/-F: comments are kept). Reads standard input when FILE is -.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The message file, or - for standard input.") var file: String

    func run() throws {
        try options.enterDirectory()
        let entry = MessageEntry(path: file, format: options.format, configPath: options.config, isHook: false)
        try finish(entry.run(settingsReader: LibgitSettingsReader()))
    }
}

struct CheckCommitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commits",
        abstract: "Check the message of every commit in git-style ranges.",
        discussion: "Ranges: A..B, A...B, ^A B, a single revision (its whole history), or --all.")

    @OptionGroup var options: GlobalOptions
    @Flag(help: "Every commit reachable from any ref.") var all = false
    @Flag(help: "Check merge commits too (skipped by default).") var includeMerges = false
    @Argument(help: "Revision ranges.") var ranges: [String] = []

    func validate() throws {
        if ranges.isEmpty, !all { throw ValidationError("name a range (e.g. origin/main..HEAD) or --all") }
    }

    func run() throws {
        try options.enterDirectory()
        let check = CommitsEntry(revisions: ranges, all: all, includeMerges: includeMerges,
                                 format: options.format, configPath: options.config)
        throw ExitCode(check.run().rawValue)
    }
}

/// Ends the command with the outcome's exit status.
func finish(_ outcome: MessageEntry.Outcome) throws {
    switch outcome {
    case .finished(let status): throw ExitCode(status.rawValue)
    case .needsFullReader: throw ExitCode(ExitStatus.unreadable.rawValue)  // the libgit2 reader always answers
    }
}
