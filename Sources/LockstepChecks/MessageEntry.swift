import LockstepCore
import LockstepSystem

/// `lockstep hook commit-msg FILE` and `lockstep check message FILE|-`: one path for both, and
/// for both executables; only the git settings reader differs (files, or libgit2).
package struct MessageEntry {
    package var path: String
    package var format: OutputFormat = .text
    package var configPath: String?
    /// As the commit-msg hook: output on stderr, the recovery command after a rejection.
    package var isHook: Bool

    package init(path: String, format: OutputFormat = .text, configPath: String? = nil, isHook: Bool) {
        self.path = path
        self.format = format
        self.configPath = configPath
        self.isHook = isHook
    }

    package enum Outcome: Equatable {
        case finished(ExitStatus)
        /// The settings need libgit2 (config includes): run the full executable instead.
        case needsFullReader
    }

    package func run(settingsReader: some GitSettingsReader) -> Outcome {
        let output: Int32 = isHook ? 2 : 1
        let color = format == .text && ProcessContext.wantsColor(on: output)
        do throws(CheckFailure) {
            let skip: SkipList
            do throws(ConfigError) { skip = try SkipList(ProcessContext.environment("LOCKSTEP_SKIP") ?? "") } catch { throw CheckFailure(error) }
            let environment = { (name: String) in ProcessContext.environment(name) }
            let repository = RepositoryLocation.find(from: FileSystem.currentDirectory() ?? ".", environment: environment)
            guard let settings = try settingsReader.settings(for: repository, environment: environment) else {
                return .needsFullReader
            }
            let config = try ConfigLoader.load(explicitPath: configPath, workTree: repository?.workTree)
            let bytes = try readMessage()
            // git exports neither `-v` nor `--cleanup`: the hook reads them from git's command line.
            let options = isHook ? GitInvocation(parentArguments: ProcessContext.parentArguments()).commitOptions : nil
            let cleanup = CleanupMode.forHook(commitCleanup: options?.cleanup ?? settings.cleanup, gitEditor: environment("GIT_EDITOR"))
            let commentChar = CommentChar(configValue: settings.commentChar)
            let message = CommitMessage(
                bytes: bytes, encoding: settings.commitEncoding, cleanup: cleanup, commentChar: commentChar,
                verbose: options.map { ($0.verbose ?? settings.verboseLevel) > 0 })
            let diagnostics = MessageCheck.run(message, config: config, skipping: skip).map { found in
                var diagnostic = found
                diagnostic.file = path == "-" ? "<stdin>" : path
                return diagnostic
            }
            if let notice = skip.notice { ProcessContext.printError(notice + "\n") }
            ProcessContext.write(format.render(diagnostics, color: color), to: output)
            let status = ExitStatus(diagnostics: diagnostics)
            if isHook, status == .ruleFailed {
                // The retry runs the editor: `scissors` from the command line or config then cuts.
                let retryCuts = (options?.cleanup ?? settings.cleanup)?.lowercased() == "scissors"
                let retry = retryCommand(options: options, cutsAtScissors: retryCuts,
                                         hasScissorsLine: GitCleanup.scissorsIndex(in: DecodedMessage(bytes: bytes), commentChar: commentChar) != nil)
                ProcessContext.printError(rejectionNote(diagnostics, retry: retry))
            }
            if isHook, let repository {
                let hooks = HooksDirectory.path(hooksPath: settings.hooksPath, in: repository, environment: environment)
                HookInventory.replacementWarning(besides: Path.join(hooks, "commit-msg")).map(ProcessContext.printError)
            }
            return .finished(status)
        } catch {
            ProcessContext.write(format.render([error.diagnostic], color: color), to: output)
            return .finished(error.status)
        }
    }

    private func readMessage() throws(CheckFailure) -> [UInt8] {
        let bytes: [UInt8]?
        do throws(SystemError) {
            bytes = path == "-" ? try FileSystem.readStandardInput() : try FileSystem.read(path)
        } catch {
            throw CheckFailure.unreadable(path, error.reason)
        }
        guard let bytes else { throw CheckFailure.unreadable(path, "no such file") }
        return bytes
    }

    /// git prints nothing when commit-msg fails, so the hook says what happened and how to go on.
    /// `git commit -e -F <file>` in the mode the rejected commit ran in: `--amend`, `-a` and
    /// `--cleanup` repeated, and `-v` when the file holds a scissors line that git would otherwise
    /// keep with the diff below it (`--cleanup=scissors` alone would keep git's `#` help lines).
    private func retryCommand(options: CommitOptions?, cutsAtScissors: Bool, hasScissorsLine: Bool) -> String {
        var words = ["git", "commit"]
        if options?.isAmend == true { words.append("--amend") }
        if options?.isAll == true { words.append("-a") }
        if let given = options?.cleanup { words.append(ShellQuoting.quote("--cleanup=" + given)) }
        if hasScissorsLine, !cutsAtScissors { words.append("-v") }
        return (words + ["-e", "-F", ShellQuoting.quote(path)]).joined(separator: " ")
    }

    private func rejectionNote(_ diagnostics: [Diagnostic], retry: String) -> String {
        let count = TextRenderer.summary(of: diagnostics) ?? "errors"
        let rules = Set(diagnostics.filter { $0.severity == .error }.map(\.rule)).sorted().joined(separator: ",")
        return """

            lockstep: commit rejected (\(count)). Your message is kept in \(path).
              edit and retry:  \(retry)
              skip these rules once:  LOCKSTEP_SKIP=\(rules) git commit …
              (or bypass every hook: git commit --no-verify)

            """
    }
}
