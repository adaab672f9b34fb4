/// How git cleans a message before storing it (git-commit(1) `--cleanup`).
package enum CleanupMode: String, Sendable, CaseIterable {
    /// Trailing whitespace and surplus blank lines removed, comment lines removed, cut at the scissors line.
    case strip
    /// Like `strip`, but comment lines are kept.
    case whitespace
    /// Like `whitespace`, and everything from the scissors line down is removed.
    case scissors
    /// Nothing changed: how messages read from history are taken.
    case verbatim

    /// The mode git uses for a commit whose `--cleanup` option the hook cannot see:
    /// `commit.cleanup` if set, else `strip` when an editor was started, else `whitespace`.
    /// git exports `GIT_EDITOR=:` exactly when it starts no editor (`-m`, `-F`, `--no-edit`).
    package static func forHook(commitCleanup: String?, gitEditor: String?) -> CleanupMode {
        switch commitCleanup?.lowercased() {
        case "strip": return .strip
        case "whitespace": return .whitespace
        case "scissors": return gitEditor == ":" ? .whitespace : .scissors
        case "verbatim": return .verbatim
        default: return gitEditor == ":" ? .whitespace : .strip
        }
    }
}
