import ArgumentParser
import LockstepCore
import LockstepGitChecks

/// `lockstep check release [VERSION]`: the pre-release checklist rules.
struct CheckReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Run the pre-release checklist rules (release/…) on HEAD.",
        discussion: """
            Judges the release of VERSION (default: the release or hotfix branch's version, else the \
            source of truth's when the changelog has its section and no tag names it yet, else the \
            Unreleased section) against the highest earlier release tag in HEAD's history: the commits \
            since it, the paths they changed and the release's changelog section.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The version being released (1.3.0 or v1.3.0).") var version: String?
    @Option(help: ArgumentHelp("Judge this commit instead of HEAD.", valueName: "rev")) var rev: String = "HEAD"

    func run() throws {
        try options.enterDirectory()
        let entry = ReleaseCheckEntry(version: version, revision: rev, format: options.format, configPath: options.config)
        throw ExitCode(entry.run().rawValue)
    }
}
