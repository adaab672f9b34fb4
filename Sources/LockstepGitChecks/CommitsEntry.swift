import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

/// `lockstep check commits RANGE…`: every commit message in the ranges, judged as stored
/// (history is already cleaned: a `#` line there is content).
package struct CommitsEntry {
    package var revisions: [String]
    package var all: Bool
    package var includeMerges: Bool
    package var format: OutputFormat
    package var configPath: String?

    package init(revisions: [String], all: Bool, includeMerges: Bool, format: OutputFormat, configPath: String?) {
        self.revisions = revisions
        self.all = all
        self.includeMerges = includeMerges
        self.format = format
        self.configPath = configPath
    }

    package func run() -> ExitStatus {
        let color = format == .text && ProcessContext.wantsColor(on: 1)
        do throws(CheckFailure) {
            let skip: SkipList
            do throws(ConfigError) { skip = try SkipList(ProcessContext.environment("LOCKSTEP_SKIP") ?? "") } catch { throw CheckFailure(error) }
            let repository: Repository
            do throws(GitError) { repository = try Repository(discoveringFrom: nil, environment: ProcessContext.environment) } catch {
                throw CheckFailure(.unreadable, Diagnostic("repo/unreadable", error.message, fix: error.fix))
            }
            let config = try ConfigLoader.load(explicitPath: configPath, workTree: repository.workDirectory)
            var diagnostics: [Diagnostic] = []
            var checked = 0
            do {
                try repository.walkCommits(revisions, all: all) { commit in
                    guard includeMerges || commit.parentCount < 2 else { return true }
                    checked += 1
                    let message = CommitMessage(bytes: commit.message, encoding: commit.encoding,
                                                cleanup: .verbatim, commentChar: .standard)
                    let found = MessageCheck.run(message, config: config, skipping: skip)
                    guard !found.isEmpty else { return true }
                    let short = repository.shortID(of: commit.id)
                    for var diagnostic in found {
                        diagnostic.commit = short
                        diagnostic.context = commit.summary
                        diagnostics.append(diagnostic)
                    }
                    return true
                }
            } catch let error as GitError {
                throw CheckFailure(.unreadable, Diagnostic("repo/unreadable", error.message, fix: error.fix))
            } catch {
                throw CheckFailure(.unreadable, Diagnostic("repo/unreadable", "\(error)"))
            }
            if let notice = skip.notice { ProcessContext.printError(notice + "\n") }
            ProcessContext.printOut(format.render(diagnostics, color: color))
            if format == .text {
                let failing = Set(diagnostics.compactMap(\.commit)).count
                let summary = TextRenderer.summary(of: diagnostics).map { ": \($0) in \(failing) commit\(failing == 1 ? "" : "s")" } ?? ": all pass"
                ProcessContext.printError("lockstep: checked \(checked) commit\(checked == 1 ? "" : "s")\(summary)\n")
            }
            return ExitStatus(diagnostics: diagnostics)
        } catch {
            ProcessContext.write(format.render([error.diagnostic], color: color), to: format == .text ? 2 : 1)
            return error.status
        }
    }
}
