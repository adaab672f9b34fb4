import LockstepCore
import LockstepSystem

/// The configuration files git 2.39 reads, lowest precedence first (config.c
/// `do_git_config_sequence`), without libgit2: for the commit-msg hook's settings and for
/// `core.hooksPath` with the file it comes from.
enum GitConfigFiles {
    /// system, global (`GIT_CONFIG_GLOBAL`, or XDG then `~/.gitconfig`) and local, each with its
    /// scope as `git config --show-scope` names it. `config.worktree` follows the local file when
    /// that file turns it on (see `worktreeFile`).
    static func standard(for repository: RepositoryLocation?, environment: (String) -> String?) -> [(path: String, scope: String)] {
        var files: [(path: String, scope: String)] = []
        if !["1", "true", "yes", "on"].contains(environment("GIT_CONFIG_NOSYSTEM")?.lowercased() ?? "") {
            files.append((environment("GIT_CONFIG_SYSTEM") ?? "/etc/gitconfig", "system"))
        }
        if let global = environment("GIT_CONFIG_GLOBAL") {
            files.append((global, "global"))
        } else {
            let home = environment("HOME")
            if let xdg = environment("XDG_CONFIG_HOME"), !xdg.isEmpty {
                files.append((Path.join(xdg, "git/config"), "global"))
            } else if let home {
                files.append((Path.join(home, ".config/git/config"), "global"))
            }
            if let home { files.append((Path.join(home, ".gitconfig"), "global")) }
        }
        if let repository { files.append((localFile(of: repository), "local")) }
        return files.filter { !$0.path.isEmpty && $0.path != "/dev/null" }
    }

    static func localFile(of repository: RepositoryLocation) -> String {
        Path.join(repository.commonDirectory, "config")
    }

    /// `config.worktree` of the repository's git directory, when its local file sets
    /// `extensions.worktreeConfig`.
    static func worktreeFile(of repository: RepositoryLocation, local: GitConfigFile) -> String? {
        (local.value("extensions.worktreeconfig") ?? nil)?.lowercased() == "true"
            ? Path.join(repository.gitDirectory, "config.worktree") : nil
    }
}
