import ArgumentParser
import LockstepCore
import LockstepGitChecks

/// Where `check tree`, `check versions` and `check changelog` read files from.
struct TreeSourceOptions: ParsableArguments {
    @Flag(help: "The index (what the next commit would hold; honours GIT_INDEX_FILE).") var index = false
    @Option(help: ArgumentHelp("A commit's tree, compared with its parent.", valueName: "rev")) var rev: String?
    @Flag(help: "The work tree (the default), compared with HEAD.") var worktree = false
    @Flag(help: "Judge every finding, not only what changed against the baseline.") var all = false

    func validate() throws {
        if [index, rev != nil, worktree].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --index, --rev REV, --worktree")
        }
    }

    var source: TreeEntryPoint.Source {
        if index { return .index }
        if let rev { return .revision(rev) }
        return .workTree
    }

    /// Runs the rules of `scope` on the chosen tree and ends with their exit status.
    func check(_ scope: ReleaseCheck.Scope, _ options: GlobalOptions) throws -> Never {
        try options.enterDirectory()
        throw ExitCode(TreeEntryPoint(source: source, scope: scope, wholeTree: all, format: options.format,
                                      configPath: options.config, hook: nil).run().rawValue)
    }
}

struct CheckTreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tree", abstract: "Version, changelog and migration rules on one tree.",
        discussion: """
            By default only what changed against the baseline is reported (HEAD for the index and \
            the work tree, the parent for --rev), as the pre-commit hook does; --all reports everything.
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var tree: TreeSourceOptions

    func run() throws { try tree.check(.all, options) }
}

struct CheckVersionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "versions", abstract: "Only the version rules.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var tree: TreeSourceOptions

    func run() throws { try tree.check(.versions, options) }
}

struct CheckChangelogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changelog", abstract: "Only the changelog rules; --all judges the whole file.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var tree: TreeSourceOptions

    func run() throws { try tree.check(.changelog, options) }
}
