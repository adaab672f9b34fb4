import ArgumentParser
import LockstepCore
import LockstepGitChecks

/// `lockstep release prepare`: the release process's steps 1–3 and 5 in one command.
struct ReleasePrepareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prepare",
        abstract: "Set the release's version in every file and move Unreleased into its CHANGELOG section.",
        discussion: """
            VERSION is X.Y.Z (or X.Y.Z-rc.N), major, minor or patch (of the previous final release tag in \
            HEAD's history), or auto (what `lockstep next-version` says). Every file is computed, parsed \
            again and judged by the version and changelog rules before any is written; then each is \
            replaced by a rename, and a failure puts back those already replaced. The date is today's \
            where you are (TZ), `--date utc` for UTC, or `--date YYYY-MM-DD`. A pre-release copies \
            Unreleased into its section and leaves it in place for the final release, unless \
            --consume-unreleased. See docs/release.md.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "X.Y.Z, X.Y.Z-rc.N, major, minor, patch or auto.") var version: String
    @Option(help: ArgumentHelp("Make a pre-release: the next <name>.N of the version (`--pre rc`).", valueName: "name"))
    var pre: String?
    @Option(help: ArgumentHelp("The release date: YYYY-MM-DD, local (default: today where you are) or utc.", valueName: "date"))
    var date: String?
    @Flag(help: "Print the changes as a unified diff and write nothing.") var dryRun = false
    @Flag(help: "Go on although files other than the release files have changes.") var allowDirty = false
    @Flag(help: "Release although Unreleased lists no change.") var allowEmpty = false
    @Flag(help: "A pre-release moves Unreleased into its section (by default it copies it).") var consumeUnreleased = false
    @Flag(help: "Create release/vX.Y.Z from develop (hotfix/vX.Y.Z for a patch on main) and switch to it.") var branch = false
    @Flag(help: "Commit the release files: `chore: prepare release vX.Y.Z`, through git's hooks.") var commit = false
    @Flag(help: "Make the annotated tag vX.Y.Z; its message is the release section.") var tag = false

    func run() throws {
        try options.enterDirectory()
        var entry = ReleasePrepareEntry(version: version, format: options.format, configPath: options.config,
                                        commandLine: commandLine)
        entry.pre = pre
        entry.date = date
        entry.dryRun = dryRun
        entry.allowDirty = allowDirty
        entry.allowEmpty = allowEmpty
        entry.consumeUnreleased = consumeUnreleased
        entry.branch = branch
        entry.commit = commit
        entry.tag = tag
        throw ExitCode(entry.run().rawValue)
    }

    /// The command as typed (options in a fixed order), for fixes that rerun it with one more option.
    private var commandLine: String {
        var words = ["lockstep"]
        if let directory = options.directory { words += ["-C", directory] }
        if let config = options.config { words += ["--config", config] }
        words += ["release", "prepare", version]
        if let pre { words += ["--pre", pre] }
        if let date { words += ["--date", date] }
        let flags: [(Bool, String)] = [(allowDirty, "--allow-dirty"), (allowEmpty, "--allow-empty"),
                                       (consumeUnreleased, "--consume-unreleased"), (branch, "--branch"), (commit, "--commit"),
                                       (tag, "--tag"), (dryRun, "--dry-run")]
        words += flags.filter(\.0).map(\.1)
        return words.map(ShellQuoting.quote).joined(separator: " ")
    }
}
