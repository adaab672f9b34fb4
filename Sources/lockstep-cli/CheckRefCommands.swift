import ArgumentParser
import LockstepCore
import LockstepGitChecks
import LockstepSystem

struct CheckBranchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "branch", abstract: "Branch rules: release/hotfix names, hotfix base, version and content.",
        discussion: "Without NAME, the current branch (during a rebase, the branch being rebased).")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "A local branch.") var name: String?

    func run() throws {
        try options.enterDirectory()
        throw ExitCode(RefEntry(target: .branch(name), format: options.format, configPath: options.config).run().rawValue)
    }
}

struct CheckTagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Tag rules on an existing tag: name, annotation, its commit's manifests and CHANGELOG, order, bump kind.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "A tag, e.g. v1.2.0.") var name: String

    func run() throws {
        try options.enterDirectory()
        throw ExitCode(RefEntry(target: .tag(name), format: options.format, configPath: options.config).run().rawValue)
    }
}

struct CheckPushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push", abstract: "What the pre-push hook checks, for pre-push's standard input.",
        discussion: """
            Standard input: git's pre-push lines, `<local ref> <local oid> <remote ref> <remote oid>`. \
            New commits are those no ref of REMOTE has (`--not --remotes=REMOTE`) or, when the remote \
            ref is known here, those after it.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The remote's name (or its URL).") var remote: String
    @Argument(help: "The remote's URL.") var url: String?

    func run() throws {
        try options.enterDirectory()
        guard let input = try? FileSystem.readStandardInput() else {
            ProcessContext.printError("lockstep: cannot read standard input\n")
            throw ExitCode(ExitStatus.unreadable.rawValue)
        }
        let entry = PushEntry(side: .client(remote: remote, url: url ?? remote), format: options.format,
                              configPath: options.config, isHook: false)
        throw ExitCode(entry.run(input: input).rawValue)
    }
}

struct CheckCICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ci", abstract: "Everything CI should check, with the range from the environment.",
        discussion: """
            GitHub Actions (pull_request, push, tag events) and GitLab CI (merge request, branch and tag \
            pipelines): every new commit's message, the branch rules, the release files the range changes, \
            or the tag rules. Needs the history of the range: actions/checkout with fetch-depth: 0, GitLab \
            GIT_DEPTH: 0.
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try options.enterDirectory()
        throw ExitCode(CIEntry(format: options.format, configPath: options.config).run().rawValue)
    }
}
