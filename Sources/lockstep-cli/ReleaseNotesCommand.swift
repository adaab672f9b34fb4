import ArgumentParser
import LockstepChecks
import LockstepCore
import LockstepGitChecks
import LockstepSystem

/// `lockstep release notes [VERSION|--latest|--unreleased]`: a changelog section for a release page.
struct ReleaseNotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "Print a changelog section as release notes (Markdown, or --format json).",
        discussion: """
            The section's body without its heading, with the link reference definitions its text uses \
            ([x], [x][], [text][x]) and without the file's footer; headings inside code fences are \
            not sections. Without VERSION, the newest release. --format json: {"version", "date", \
            "yanked", "summary", "categories": [{"name", "entries": [{"text", "breaking", "line"}]}], \
            "markdown"}. Exit 1 when the changelog has no such section.
            Example: lockstep release notes 1.3.0 | gh release create v1.3.0 --notes-file -
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The version (1.3.0 or v1.3.0); default: the newest release.") var version: String?
    @Flag(help: "The newest release section.") var latest = false
    @Flag(help: "The Unreleased section.") var unreleased = false
    @Option(help: ArgumentHelp("Read the changelog at this commit instead of the work tree.", valueName: "rev"))
    var rev: String?

    func validate() throws {
        if [version != nil, latest, unreleased].filter({ $0 }).count > 1 {
            throw ValidationError("name one of VERSION, --latest and --unreleased")
        }
        if options.format == .github { throw ValidationError("--format must be text (Markdown) or json") }
    }

    var selection: ReleaseNotes.Selection {
        if unreleased { return .unreleased }
        return version.map { .version($0) } ?? .latest
    }

    func run() throws {
        try options.enterDirectory()
        do throws(CheckFailure) {
            let notes = try ReleaseFiles.open(configPath: options.config, revision: rev).notes(selection)
            ProcessContext.printOut(options.format == .json ? notes.json : notes.markdown)
        } catch {
            fail(error, format: options.format)
        }
    }
}

/// Prints why a command could not do its work (as the checks do) and ends with its status.
func fail(_ failure: CheckFailure, format: OutputFormat) -> Never {
    let output: Int32 = format == .json ? 1 : 2
    ProcessContext.write(format.render([failure.diagnostic], color: format == .text && ProcessContext.wantsColor(on: output)),
                         to: output)
    exitNow(failure.status.rawValue)
}
