internal import CLibgit2
import LockstepCore

extension Repository {
    /// A configuration value as git would read it: `git -c` values inherited through
    /// `GIT_CONFIG_PARAMETERS`/`GIT_CONFIG_COUNT`, then worktree (`config.worktree`), local,
    /// global (`GIT_CONFIG_GLOBAL` or `~/.gitconfig`), XDG and system files, includes followed.
    /// Returns the last value of the highest-priority source, "" for a name written without
    /// `=`, nil when unset. `name` is `section.key` or `section.subsection.key`.
    package func configString(_ name: String) throws(GitError) -> String? {
        if let value = commandLineConfig.value(GitConfigEnvironment.canonical(name)) { return value ?? "" }
        return try ConfigStack.string(name, in: config)
    }
}
