import LockstepChecks
import LockstepCore
import LockstepGit
import LockstepSystem

extension CheckFailure {
    /// A repository read that failed: exit 3, or 2 for a revision that names nothing. A shallow
    /// clone gets its own rule id so that CI logs say plainly why.
    package init(_ error: GitError, shallowFix: String? = nil) {
        switch error.kind {
        case .badRevision:
            self.init(.usage, Diagnostic("repo/bad-revision", error.message, fix: error.fix))
        case .shallow:
            self.init(.unreadable, Diagnostic("repo/shallow", "this is a shallow clone and the check needs history it does not have: \(error.message)",
                                              fix: shallowFix ?? error.fix))
        default:
            self.init(.unreadable, Diagnostic("repo/unreadable", error.message, fix: error.fix))
        }
    }
}

/// Runs a repository read, turning libgit2's failure into a `CheckFailure`.
func reading<T>(shallowFix: String? = nil, _ body: () throws(GitError) -> T) throws(CheckFailure) -> T {
    do throws(GitError) {
        return try body()
    } catch {
        throw CheckFailure(error, shallowFix: shallowFix)
    }
}

/// `LOCKSTEP_SKIP`, parsed (an unknown id is a usage error).
func skipList() throws(CheckFailure) -> SkipList {
    do throws(ConfigError) {
        return try SkipList(ProcessContext.environment("LOCKSTEP_SKIP") ?? "")
    } catch {
        throw CheckFailure(error)
    }
}

/// Prints findings the way every repository check does: diagnostics in the chosen format, the skip notice,
/// and the exit status.
struct RefReport {
    let format: OutputFormat
    /// 2 for hooks (git shows their stderr), 1 for commands.
    let output: Int32

    func finish(_ diagnostics: [Diagnostic], skip: SkipList) -> ExitStatus {
        if let notice = skip.notice { ProcessContext.printError(notice + "\n") }
        ProcessContext.write(format.render(diagnostics, color: color), to: output)
        return ExitStatus(diagnostics: diagnostics)
    }

    func fail(_ failure: CheckFailure) -> ExitStatus {
        ProcessContext.write(format.render([failure.diagnostic], color: color), to: output)
        return failure.status
    }

    var color: Bool { format == .text && ProcessContext.wantsColor(on: output) }

    /// The rules that failed, for a `LOCKSTEP_SKIP=` line.
    static func failedRules(_ diagnostics: [Diagnostic]) -> String {
        Set(diagnostics.filter { $0.severity == .error }.map(\.rule)).sorted().joined(separator: ",")
    }
}
