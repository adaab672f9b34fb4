import ArgumentParser
import LockstepChecks
import LockstepCore
import LockstepGitChecks
import LockstepSystem

/// `lockstep release checklist [VERSION] --format markdown|json`: the whole pre-release checklist.
struct ReleaseChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Print the release process's pre-release checklist, with what the rules proved ticked.",
        discussion: """
            Every item of RELEASE_PROCESS.md's pre-release checklist as a Markdown task list (ready for \
            the release pull request) or JSON. Items the release/… rules judge are ticked with their \
            evidence, or marked ❌ with the findings; the others (tests, QA, backups, load tests) stay \
            open for people. The release is chosen as for `lockstep check release`. Exit 1 when a rule \
            found an error. JSON: {"version", "previous", "commit", "ok", "groups": [{"title", \
            "items": [{"text", "state": "proven|failed|open", "rules", "evidence"}]}]}.
            """)

    enum Format: String, ExpressibleByArgument { case markdown, json }

    @Option(name: .customShort("C"), help: ArgumentHelp("Run as if started in <path>.", valueName: "path"))
    var directory: String?
    @Option(name: .long, help: ArgumentHelp("Read this configuration instead of .lockstep.toml.", valueName: "file"))
    var config: String?
    @Option(help: "markdown or json.") var format: Format = .markdown
    @Argument(help: "The version being released (1.3.0 or v1.3.0).") var version: String?
    @Option(help: ArgumentHelp("Judge this commit instead of HEAD.", valueName: "rev")) var rev: String = "HEAD"

    func run() throws {
        if let directory, !FileSystem.changeDirectory(directory) { throw ValidationError("cannot change to directory \(directory)") }
        let entry = ReleaseCheckEntry(version: version, revision: rev, format: format == .json ? .json : .text, configPath: config)
        let passing: Bool
        do throws(CheckFailure) {
            let skip: SkipList
            do throws(ConfigError) { skip = try SkipList(ProcessContext.environment("LOCKSTEP_SKIP") ?? "") } catch { throw CheckFailure(error) }
            let judgement = try entry.judge(skipping: skip)
            let checklist = PreReleaseChecklist(judgement.input, diagnostics: judgement.diagnostics, config: judgement.config,
                                                commit: judgement.commit)
            ProcessContext.printOut(format == .json ? checklist.json : checklist.markdown(tagPrefix: judgement.config.version.tagPrefix))
            passing = checklist.isPassing
        } catch {
            fail(error, format: format == .json ? .json : .text)
        }
        throw ExitCode(passing ? 0 : 1)
    }
}
