import ArgumentParser
import LockstepGitChecks

struct NextVersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next-version", abstract: "The version the commits since the last release tag call for.",
        discussion: """
            The first line is the version alone; the next lines say why (the deciding commits). When \
            nothing calls for a release, stdout stays empty and stderr says why. --format json: \
            {"version": "1.3.0" or null, "bump": "minor" or null, "commits": [...]}.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The commit to release (default HEAD).") var revision: String = "HEAD"

    func run() throws {
        try options.enterDirectory()
        throw ExitCode(NextVersionEntry(revision: revision, format: options.format, configPath: options.config).run().rawValue)
    }
}
