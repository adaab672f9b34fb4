internal import CLibgit2
import LockstepSystem

/// The configuration files git reads, stacked by priority in one `git_config`.
///
/// libgit2 1.5.1's own stack takes HOME from the process, ignores GIT_CONFIG_NOSYSTEM,
/// GIT_CONFIG_GLOBAL and GIT_CONFIG_SYSTEM, and never reads `config.worktree`; this one follows
/// git 2.39: system < XDG < global < local < worktree. (`git -c` values sit above all of them in
/// `GitConfigEnvironment` in LockstepCore.) Includes and `includeIf` are libgit2's.
enum ConfigStack {
    /// A new configuration for `repository`; the caller frees it.
    static func build(for repository: OpaquePointer, gitDirectory: String, commonDirectory: String,
                      files: GitEnvironment.ConfigFiles) throws(GitError) -> OpaquePointer {
        var created: OpaquePointer?
        try check(git_config_new(&created), "create the configuration")
        guard let config = created else {
            throw GitError(.failure, operation: "create the configuration", message: "libgit2 returned no configuration")
        }
        do {
            try add(files.system, GIT_CONFIG_LEVEL_SYSTEM, to: config, repository)
            try add(files.xdg, GIT_CONFIG_LEVEL_XDG, to: config, repository)
            try add(files.global, GIT_CONFIG_LEVEL_GLOBAL, to: config, repository)
            try add(commonDirectory + "/config", GIT_CONFIG_LEVEL_LOCAL, to: config, repository)
            if try bool("extensions.worktreeconfig", in: config) == true {
                // libgit2 1.5.1 has no worktree level; the application level sits right above local.
                try add(gitDirectory + "/config.worktree", GIT_CONFIG_LEVEL_APP, to: config, repository)
            }
        } catch {
            git_config_free(config)
            throw error
        }
        return config
    }

    /// The value of `name` in `config`, nil when unset; "" for a name set without `=`.
    static func string(_ name: String, in config: OpaquePointer) throws(GitError) -> String? {
        var entry: UnsafeMutablePointer<git_config_entry>?
        let code = git_config_get_entry(&entry, config, name)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "read configuration")
        guard let entry else { return nil }
        defer { git_config_entry_free(entry) }
        return entry.pointee.value.map { String(cString: $0) } ?? ""
    }

    /// `name` read as git reads a boolean; nil when unset or not a boolean.
    static func bool(_ name: String, in config: OpaquePointer) throws(GitError) -> Bool? {
        guard let value = try string(name, in: config) else { return nil }
        // A name without `=` is true in git; GitEnvironment.bool reads "" as false (git_env_bool).
        return value.isEmpty ? true : GitEnvironment.bool(value)
    }

    private static func add(_ path: String?, _ level: git_config_level_t, to config: OpaquePointer,
                            _ repository: OpaquePointer) throws(GitError) {
        guard let path, FileSystem.isFile(path) else { return }
        try check(git_config_add_file_ondisk(config, path, level, repository, 0), "read a configuration file")
    }
}
