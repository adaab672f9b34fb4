import ArgumentParser
import LockstepChecks
import LockstepCore
import LockstepGitChecks
import LockstepSystem
import Mustache

/// `lockstep release announce VERSION --template email|status|PATH`.
struct ReleaseAnnounceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "announce",
        abstract: "Fill a release announcement (email, status page, or your own Mustache template).",
        discussion: """
            The release process's communication templates, filled from the version's changelog \
            section: a subject, one line per notable entry (✨ Added, ⚡ Changed entries about \
            performance, 🐛 Fixed, 🔒 Security, ⚠️ breaking), and the documentation and release pages \
            from [announce] in .lockstep.toml. PATH is a Mustache template of your own (values: \
            docs/release-notes.md); a template that does not parse stops with exit 2.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The version (1.3.0 or v1.3.0).") var version: String
    @Option(help: ArgumentHelp("email, status, or the path of a Mustache template.", valueName: "email|status|path"))
    var template: String = "email"
    @Option(help: ArgumentHelp("When the announcement is posted (default: now, UTC).", valueName: "text"))
    var posted: String?
    @Option(help: ArgumentHelp("Read the changelog at this commit instead of the work tree.", valueName: "rev"))
    var rev: String?

    func run() throws {
        try options.enterDirectory()
        do throws(CheckFailure) {
            let parsed = try Self.parse(template: try Self.text(of: template), name: template)
            let files = try ReleaseFiles.open(configPath: options.config, revision: rev)
            let notes = try files.notes(.version(version))
            let project = files.workTree.map { String($0.split(separator: "/").last ?? "") } ?? "the project"
            let announcement = Announcement(notes, changelog: files.changelog, config: files.config, project: project,
                                            posted: posted ?? SystemClock.utcMinute())
            ProcessContext.printOut(parsed.render(AnnouncementTemplates.values(announcement)))
        } catch {
            fail(error, format: options.format == .json ? .json : .text)
        }
    }

    /// A built-in template's text, or the file's.
    static func text(of template: String) throws(CheckFailure) -> String {
        if let builtIn = AnnouncementTemplates.builtIn[template] { return builtIn }
        let bytes: [UInt8]?
        do throws(SystemError) {
            bytes = try FileSystem.read(template, limit: 1 << 20)
        } catch {
            throw CheckFailure.unreadable(template, error.reason)
        }
        guard let bytes else {
            throw CheckFailure.usage("no template file \(template)", fix: "name a Mustache file, or a built-in template: email, status")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses a template as plain text (no HTML escaping); a syntax error names its line and column.
    static func parse(template text: String, name: String) throws(CheckFailure) -> MustacheTemplate {
        let pragma = "{{% CONTENT_TYPE: TEXT}}"
        do {
            return try MustacheTemplate(string: pragma + text)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber
            let column = line == 1 ? max(1, error.context.columnNumber - pragma.count) : error.context.columnNumber
            let excerpt = line == 1 && error.context.line.hasPrefix(pragma) ? String(error.context.line.dropFirst(pragma.count)) : error.context.line
            throw CheckFailure(.usage, Diagnostic("config/template", "the template does not parse: \(Self.describe(error.error))",
                                                  fix: "see https://mustache.github.io/mustache.5.html for the syntax",
                                                  file: name, line: line, column: column, excerpt: excerpt))
        } catch {
            throw CheckFailure(.usage, Diagnostic("config/template", "the template does not parse: \(error)", file: name))
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a section closes with another name than it opened with"
        case .unfinishedName?: return "a tag is not closed with }}"
        case .expectedSectionEnd?: return "a section is never closed ({{/name}})"
        case .invalidSetDelimiter?: return "a set-delimiter tag is malformed"
        default: return "\(error)"
        }
    }
}
